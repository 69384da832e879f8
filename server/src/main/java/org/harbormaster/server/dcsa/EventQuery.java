package org.harbormaster.server.dcsa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One page's worth of {@code GET /v2/events}: the filter, the order (by eventCreatedDateTime, ascending
 * unless {@code sort=eventCreatedDateTime:DESC}), the page size and where the page starts. {@code parameters}
 * keeps the filter as it was asked, so that the links to other pages can carry it in their cursor.
 */
record EventQuery(Map<String, List<String>> parameters, EventFilter filter, boolean descending, int limit,
                  Position position) {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    private static final String CREATED = "eventCreatedDateTime";
    private static final Set<String> NOT_FILTERS = Set.of("limit", "sort", "cursor");

    EventQuery {
        parameters = Map.copyOf(parameters);
    }

    /** Reads a query string's parameters (without a cursor). */
    static EventQuery fromParameters(Map<String, String[]> raw) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        raw.forEach((name, values) -> parameters.put(name, List.of(values)));
        return read(parameters, Position.FIRST);
    }

    static EventQuery read(Map<String, List<String>> parameters, Position position) {
        EventFilterBuilder filter = new EventFilterBuilder(DcsaRequestException::invalidQuery);
        Map<String, List<String>> kept = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            List<String> values = parameter.getValue();
            if (NOT_FILTERS.contains(name)) {
                continue;
            }
            if (name.equals(CREATED) || name.startsWith(CREATED + ":")) {
                for (String value : values) {
                    filter.created(createdCondition(name, value));
                }
            } else if (!filter.accept(name, splitAtCommas(values))) {
                throw DcsaRequestException.invalidQuery("unknown query parameter '" + name + "'");
            }
            kept.put(name, values);
        }
        return new EventQuery(kept, filter.build(), descending(parameters.get("sort")), limit(parameters.get("limit")),
                position);
    }

    EventQuery at(Position newPosition) {
        return new EventQuery(parameters, filter, descending, limit, newPosition);
    }

    /** The parameters that reproduce this query, for a cursor. */
    Map<String, List<String>> withPaging() {
        Map<String, List<String>> all = new LinkedHashMap<>(parameters);
        all.put("limit", List.of(Integer.toString(limit)));
        if (descending) {
            all.put("sort", List.of(CREATED + ":DESC"));
        }
        return all;
    }

    private static EventFilter.CreatedCondition createdCondition(String name, String value) {
        String operator = name.length() == CREATED.length() ? "eq" : name.substring(CREATED.length() + 1);
        EventFilter.Comparison comparison = Arrays.stream(EventFilter.Comparison.values())
                .filter(c -> c.name().equalsIgnoreCase(operator)).findFirst()
                .orElseThrow(() -> DcsaRequestException.invalidQuery("'" + operator + "' is not an operator of "
                        + CREATED + "; use :gte, :gt, :lte, :lt or :eq"));
        try {
            return new EventFilter.CreatedCondition(comparison, OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant());
        } catch (DateTimeParseException e) {
            throw DcsaRequestException.invalidQuery(name + " must be a date-time with offset, such as "
                    + "2021-04-01T14:12:56+01:00");
        }
    }

    private static boolean descending(List<String> sort) {
        if (sort == null) {
            return false;
        }
        boolean descending = false;
        for (String field : splitAtCommas(sort)) {
            String[] parts = field.strip().split(":", 2);
            if (!parts[0].equals(CREATED)) {
                throw DcsaRequestException.invalidQuery("events can be sorted by " + CREATED + " only");
            }
            String direction = parts.length == 1 ? "ASC" : parts[1].toUpperCase(Locale.ROOT);
            if (!direction.equals("ASC") && !direction.equals("DESC")) {
                throw DcsaRequestException.invalidQuery("sort direction must be ASC or DESC");
            }
            descending = direction.equals("DESC");
        }
        return descending;
    }

    private static int limit(List<String> limit) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.get(0).strip());
            if (value < 1) {
                throw DcsaRequestException.invalidQuery("limit must be at least 1");
            }
            return Math.min(value, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw DcsaRequestException.invalidQuery("limit must be a whole number");
        }
    }

    static List<String> splitAtCommas(List<String> values) {
        List<String> items = new ArrayList<>();
        for (String value : values) {
            for (String item : value.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
        }
        return items;
    }

    /**
     * Where a page starts: at the first or the last page, or just after or before the event with this
     * (eventCreatedDateTime, published id), in the query's order.
     */
    record Position(Kind kind, Instant createdAt, String publishedId) {

        static final Position FIRST = new Position(Kind.FIRST, null, null);
        static final Position LAST = new Position(Kind.LAST, null, null);

        static Position after(Instant createdAt, String publishedId) {
            return new Position(Kind.AFTER, createdAt, publishedId);
        }

        static Position before(Instant createdAt, String publishedId) {
            return new Position(Kind.BEFORE, createdAt, publishedId);
        }

        /** Whether the page is read backwards from its end (then reversed). */
        boolean backwards() {
            return kind == Kind.BEFORE || kind == Kind.LAST;
        }

        enum Kind { FIRST, AFTER, BEFORE, LAST }
    }
}
