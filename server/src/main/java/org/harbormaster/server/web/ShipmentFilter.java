package org.harbormaster.server.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.server.shipments.ShipmentQuery;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.FieldProblem;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.ShipmentStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filter bar of the shipment list as typed. The search box takes either a container number or a
 * reference (ours, a booking, a bill of lading, the customer's PO): a valid ISO 6346 number searches the
 * containers, anything else the references.
 */
public record ShipmentFilter(String q, String mode, String direction, String status, String region,
                             String customer) {

    public ShipmentFilter {
        q = clean(q);
        mode = clean(mode);
        direction = clean(direction);
        status = clean(status);
        region = clean(region);
        customer = clean(customer);
    }

    public boolean isEmpty() {
        return q == null && mode == null && direction == null && status == null && region == null
                && customer == null;
    }

    /** The query this filter asks for, or every field the operator has to fix. */
    ShipmentQuery toQuery() {
        List<FieldProblem> problems = new ArrayList<>();
        Mode m = choice(problems, "Mode", mode, Mode.class);
        Direction d = choice(problems, "Direction", direction, Direction.class);
        ShipmentStatus s = choice(problems, "Status", status, ShipmentStatus.class);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        boolean container = searchesContainer();
        return new ShipmentQuery(m, d, region, s, customer, container ? ContainerNumber.of(q).toString() : null,
                container ? null : q);
    }

    /** Whether the search box holds a container number (as opposed to a reference). */
    public boolean searchesContainer() {
        return q != null && ContainerNumber.parse(q).isValid();
    }

    /** Looks like a container number but fails ISO 6346; worth a hint when nothing matched it as a reference. */
    public String containerHint() {
        if (q == null || searchesContainer() || !q.replaceAll("[\\s-]", "").matches("(?i)[A-Z]{4}\\d{7}")) {
            return null;
        }
        return ContainerNumber.parse(q).problem().orElse(null);
    }

    /** The list URL with this filter, the page size and (if given) the page to start at. */
    String url(Integer limit, String cursor) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/shipments");
        add(url, "q", q);
        add(url, "mode", mode);
        add(url, "direction", direction);
        add(url, "status", status);
        add(url, "region", region);
        add(url, "customer", customer);
        add(url, "limit", limit == null ? null : limit.toString());
        add(url, "cursor", cursor);
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, String value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }

    private static <E extends Enum<E>> E choice(List<FieldProblem> problems, String field, String text,
                                                Class<E> type) {
        if (text == null) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            Labels labels = new Labels();
            problems.add(new FieldProblem(field, "'" + text + "' is not one we know; choose "
                    + Arrays.stream(type.getEnumConstants()).map(c -> labels.of(c.name()))
                    .collect(Collectors.joining(", "))));
            return null;
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
