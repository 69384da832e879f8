package org.harbormaster.formats.dcsa;

/** Where a value sits in a JSON message, written as a JSONPath: {@code $[2].transportCall.UNLocationCode}. */
record JsonPlace(String path) {

    static final JsonPlace ROOT = new JsonPlace("$");

    JsonPlace field(String name) {
        return new JsonPlace(path + "." + name);
    }

    JsonPlace index(int position) {
        return new JsonPlace(path + "[" + position + "]");
    }

    @Override
    public String toString() {
        return path;
    }
}
