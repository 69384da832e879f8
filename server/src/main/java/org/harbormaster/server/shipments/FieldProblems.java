package org.harbormaster.server.shipments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.harbormaster.identity.InvalidValueException;
import org.harbormaster.identity.Parsed;
import org.harbormaster.shipment.FieldProblem;
import org.harbormaster.shipment.InvalidShipmentException;

/** Collects what is wrong with a request, field by field, so the answer names every problem at once. */
final class FieldProblems {

    private final List<FieldProblem> problems = new ArrayList<>();

    void add(String field, String reason) {
        problems.add(new FieldProblem(field, reason));
    }

    /** Files problems reported under one path under another, where the user has to fix them. */
    void renameField(String from, String to) {
        problems.replaceAll(p -> p.field().equals(from) ? new FieldProblem(to, p.reason()) : p);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    <T> T required(String field, String text, Function<String, Parsed<T>> parser) {
        if (text == null || text.isBlank()) {
            add(field, "is required");
            return null;
        }
        return optional(field, text, parser);
    }

    <T> T optional(String field, String text, Function<String, Parsed<T>> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Parsed<T> parsed = parser.apply(text);
        parsed.problem().ifPresent(reason -> add(field, reason));
        return parsed.value().orElse(null);
    }

    <E extends Enum<E>> E requiredEnum(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            add(field, "is required");
            return null;
        }
        return optionalEnum(field, text, type);
    }

    <E extends Enum<E>> E optionalEnum(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String name = text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            add(field, "'" + text + "' is not one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    /** An instant with its offset, e.g. {@code 2026-12-01T14:00:00+08:00} or {@code ...Z}. */
    Instant instant(String field, String text, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                add(field, "is required");
            }
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            add(field, "'" + text + "' is not an ISO-8601 date-time with offset, e.g. 2026-12-01T14:00:00+08:00");
            return null;
        }
    }

    LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            add(field, "'" + text + "' is not an ISO-8601 date, e.g. 2026-12-20");
            return null;
        }
    }

    /**
     * Builds a domain object, turning the domain's own objections into problems: field paths it names are
     * kept, single-value objections are filed under {@code field}.
     */
    <T> T build(String field, Supplier<T> construct) {
        try {
            return construct.get();
        } catch (InvalidShipmentException e) {
            problems.addAll(e.problems());
        } catch (InvalidValueException e) {
            add(field, e.reason());
        } catch (IllegalArgumentException e) {
            add(field, e.getMessage() == null ? "is invalid" : e.getMessage());
        } catch (NullPointerException e) {
            add(field, "is incomplete" + (e.getMessage() == null ? "" : ": " + e.getMessage() + " is required"));
        }
        return null;
    }
}
