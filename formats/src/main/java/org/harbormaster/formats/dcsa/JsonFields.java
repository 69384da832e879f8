package org.harbormaster.formats.dcsa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.harbormaster.formats.events.ParseFailure;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON object, read the way a DCSA event is read: every value that is missing when
 * required, of the wrong JSON type, or unreadable becomes a {@link ParseFailure} at its own path, and the
 * caller gets an empty {@link Optional} and carries on with the rest of the event.
 */
final class JsonFields {

    private static final String DATE_TIME_EXAMPLE = "2021-01-09T14:12:56+01:00";
    private static final int MAX_QUOTED = 60;

    private final JsonNode node;
    private final JsonPlace place;
    private final List<ParseFailure> failures;

    JsonFields(JsonNode node, JsonPlace place, List<ParseFailure> failures) {
        this.node = node;
        this.place = place;
        this.failures = failures;
    }

    JsonPlace place() {
        return place;
    }

    JsonPlace placeOf(String name) {
        return place.field(name);
    }

    Collection<String> names() {
        return node.propertyNames();
    }

    boolean has(String name) {
        JsonNode value = node.get(name);
        return value != null && !value.isNull();
    }

    /** The value as it is, for the few fields whose wrong type still says something (a numeric event id). */
    JsonNode raw(String name) {
        return node.get(name);
    }

    void fail(String name, String reason) {
        failures.add(new ParseFailure(placeOf(name).toString(), reason));
    }

    void failHere(String reason) {
        failures.add(new ParseFailure(place.toString(), reason));
    }

    /** A text field that may be absent; blank counts as absent, and any other JSON type is a failure. */
    Optional<String> text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isString()) {
            fail(name, name + " must be a text, got " + describe(value));
            return Optional.empty();
        }
        String text = value.stringValue().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    Optional<String> requiredText(String name) {
        if (!has(name)) {
            fail(name, missing(name));
            return Optional.empty();
        }
        JsonNode value = node.get(name);
        if (value.isString() && value.stringValue().isBlank()) {
            fail(name, name + " is required, but empty");
            return Optional.empty();
        }
        return text(name);
    }

    /** A date-time with its UTC offset (RFC 3339), as DCSA requires, converted to an instant. */
    Optional<Instant> requiredDateTime(String name) {
        return requiredText(name).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
            } catch (DateTimeParseException e) {
                fail(name, quote(text) + " is not a date-time with offset (e.g. " + DATE_TIME_EXAMPLE + ")");
                return Optional.empty();
            }
        });
    }

    Optional<JsonFields> object(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            fail(name, name + " must be an object, got " + describe(value));
            return Optional.empty();
        }
        return Optional.of(new JsonFields(value, placeOf(name), failures));
    }

    Optional<JsonFields> requiredObject(String name) {
        if (!has(name)) {
            fail(name, missing(name));
            return Optional.empty();
        }
        return object(name);
    }

    /** The objects of an array field; an absent array is empty, and items that are not objects are failures. */
    List<JsonFields> objects(String name) {
        JsonNode value = node.get(name);
        List<JsonFields> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            fail(name, name + " must be an array, got " + describe(value));
            return items;
        }
        JsonPlace arrayPlace = placeOf(name);
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            if (item.isObject()) {
                items.add(new JsonFields(item, arrayPlace.index(i), failures));
            } else {
                failures.add(new ParseFailure(arrayPlace.index(i).toString(),
                        "an item of " + name + " must be an object, got " + describe(item)));
            }
        }
        return items;
    }

    /** A value as written, in quotes, and cut short when it is too long to be useful in a failure. */
    static String quote(String text) {
        return "'" + shorten(text) + "'";
    }

    static String shorten(String text) {
        return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
    }

    static String missing(String name) {
        return name + " is required, but missing";
    }

    /** The JSON type of a value as a reader would say it, with the value when it is short. */
    static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a text";
            case NUMBER -> "the number " + value.asString();
            case BOOLEAN -> value.asString();
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> "a " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " value";
        };
    }
}
