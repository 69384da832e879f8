package org.harbormaster.formats.csv;

import static java.util.Map.entry;
import static org.harbormaster.formats.csv.ShipmentColumn.*;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harbormaster.shipment.FieldProblem;

/**
 * Where a problem the domain names by its API field path ({@code cargo.containers},
 * {@code template.destinationDoor}, {@code plan.legs[2].plannedStart}) shows up in the spreadsheet.
 * Indices are dropped before the look-up and the longest known prefix wins, so
 * {@code destination.locode} lands on {@code destination}. Carrier references are the exception: the
 * domain numbers them in the order the row listed them, so the row says which column each came from.
 */
final class DomainFieldColumns {

    private static final Map<String, ShipmentColumn> BY_PATH = Map.ofEntries(
            entry("reference", REFERENCE),
            entry("customer", CUSTOMER_CODE),
            entry("customer.name", CUSTOMER_NAME),
            entry("mode", TEMPLATE),
            entry("direction", DIRECTION),
            entry("incoterm", INCOTERM),
            entry("origin", ORIGIN),
            entry("origin.door", ORIGIN_DOOR_STREET),
            entry("destination", DESTINATION),
            entry("destination.door", DESTINATION_DOOR_STREET),
            entry("cargo", CONTAINERS),
            entry("cargo.containers", CONTAINERS),
            entry("cargo.pieces", PIECES),
            entry("cargo.weightKg", WEIGHT_KG),
            entry("cargo.volumeCbm", VOLUME_CBM),
            entry("cargo.description", COMMODITY),
            entry("carrier", CARRIER),
            entry("region", REGION),
            entry("team", TEAM),
            entry("promisedDelivery", PROMISED_DELIVERY),
            entry("budget", BUDGET),
            entry("template", TEMPLATE),
            entry("template.originPort", ORIGIN),
            entry("template.destinationPort", DESTINATION),
            entry("template.transshipmentPorts", TRANSSHIPMENT_PORTS),
            entry("template.departure", DEPARTURE),
            entry("template.arrival", ARRIVAL),
            entry("template.carrier", CARRIER),
            entry("template.conveyance", VESSEL),
            entry("template.originDoor", ORIGIN_DOOR_STREET),
            entry("template.destinationDoor", DESTINATION_DOOR_STREET),
            entry("template.inlandRamp", INLAND_RAMP),
            entry("template.railCarrier", RAIL_CARRIER),
            entry("template.originTrucker", ORIGIN_TRUCKER),
            entry("template.destinationTrucker", DESTINATION_TRUCKER),
            // A plan the template could not draft consistently: its times come from departure and arrival,
            // its places from the ports and hubs.
            entry("plan", DEPARTURE),
            entry("plan.legs", DEPARTURE),
            entry("plan.legs.plannedStart", DEPARTURE),
            entry("plan.legs.plannedEnd", ARRIVAL),
            entry("plan.legs.from", TRANSSHIPMENT_PORTS),
            entry("plan.legs.to", TRANSSHIPMENT_PORTS));

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final Pattern REFERENCE_PATH = Pattern.compile("references\\[(\\d+)].*");

    private DomainFieldColumns() {
    }

    /**
     * The column for a domain problem.
     *
     * @param referenceColumns the column each of the row's carrier references came from, in the order given
     * @param fallback         the column to blame when the path is one this table does not know
     */
    static ShipmentColumn columnOf(FieldProblem problem, List<ShipmentColumn> referenceColumns,
                                   ShipmentColumn fallback) {
        String field = problem.field() == null ? "" : problem.field();
        Matcher reference = REFERENCE_PATH.matcher(field);
        if (reference.matches()) {
            int index = Integer.parseInt(reference.group(1));
            return index < referenceColumns.size() ? referenceColumns.get(index) : fallback;
        }
        String path = INDEX.matcher(field).replaceAll("");
        while (!path.isEmpty()) {
            ShipmentColumn column = BY_PATH.get(path);
            if (column != null) {
                return column;
            }
            int dot = path.lastIndexOf('.');
            path = dot < 0 ? "" : path.substring(0, dot);
        }
        return fallback;
    }
}
