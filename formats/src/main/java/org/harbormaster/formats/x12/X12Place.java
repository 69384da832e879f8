package org.harbormaster.formats.x12;

/**
 * Where in an X12 file something is, in the terms an EDI analyst searches for: the interchange control
 * number (ISA13), the group control number (GS06) and the transaction set control number (ST02), then the
 * segment and element, e.g. {@code interchange 000000001 group 1 transaction 0001, segment B4 (segment #2),
 * element 04}.
 */
record X12Place(String interchange, String group, String transaction) {

    static final X12Place START = new X12Place(null, null, null);

    X12Place inInterchange(String isa13) {
        return new X12Place(isa13, null, null);
    }

    X12Place inGroup(String gs06) {
        return new X12Place(interchange, gs06, null);
    }

    X12Place inTransaction(String st02) {
        return new X12Place(interchange, group, st02);
    }

    String describe() {
        StringBuilder text = new StringBuilder("interchange ").append(named(interchange));
        if (group != null) {
            text.append(" group ").append(named(group));
        }
        if (transaction != null) {
            text.append(" transaction ").append(named(transaction));
        }
        return text.toString();
    }

    String at(Segment segment) {
        return at(segment.tag(), segment.number(), segment.inTransaction());
    }

    String at(String tag, int number, boolean inTransaction) {
        String count = number < 1 ? "" : inTransaction ? " (segment #" + number + ")"
                : " (segment #" + number + " of the interchange)";
        return describe() + ", segment " + tag + count;
    }

    String at(Segment segment, int element) {
        return at(segment) + ", element " + elementNumber(element);
    }

    static String elementNumber(int element) {
        return element < 10 ? "0" + element : Integer.toString(element);
    }

    private static String named(String controlNumber) {
        return controlNumber == null || controlNumber.isBlank() ? "(no control number)" : controlNumber.strip();
    }
}
