package org.harbormaster.shipment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.harbormaster.identity.Incoterm;
import org.harbormaster.identity.Scac;
import org.harbormaster.money.Budget;

/**
 * What was booked: who, what, from where to where, under which references, by when and for how much.
 * The plan says how it will move; the milestones say how it did.
 */
public record ShipmentDetails(String reference, Customer customer, Mode mode, Direction direction, Incoterm incoterm,
                              List<Party> parties, Place origin, Place destination, Cargo cargo,
                              List<CarrierReference> references, Scac carrier, String region, String team,
                              LocalDate promisedDelivery, Budget budget) {

    public ShipmentDetails {
        parties = List.copyOf(parties == null ? List.of() : parties);
        references = List.copyOf(references == null ? List.of() : references);
        budget = budget == null ? Budget.NONE : budget;
        region = Text.optional(region);
        team = Text.optional(team);
        reference = Text.optional(reference);
        List<FieldProblem> problems = check(reference, customer, mode, direction, origin, destination, cargo,
                references, region);
        if (!problems.isEmpty()) {
            throw new InvalidShipmentException(problems);
        }
    }

    private static List<FieldProblem> check(String reference, Customer customer, Mode mode, Direction direction,
                                            Place origin, Place destination, Cargo cargo,
                                            List<CarrierReference> references, String region) {
        List<FieldProblem> problems = new ArrayList<>();
        require(problems, reference, "reference");
        require(problems, customer, "customer");
        require(problems, mode, "mode");
        require(problems, direction, "direction");
        require(problems, origin, "origin");
        require(problems, destination, "destination");
        require(problems, cargo, "cargo");
        require(problems, region, "region");
        if (origin != null && destination != null && origin.locode().equals(destination.locode())) {
            problems.add(new FieldProblem("destination.locode", "is the same as the origin (" + origin.locode() + ")"));
        }
        if (mode != null && cargo != null) {
            checkCargoFitsMode(problems, mode, cargo);
        }
        Set<CarrierReference> distinct = new HashSet<>();
        for (int i = 0; i < references.size(); i++) {
            CarrierReference ref = references.get(i);
            if (!distinct.add(ref)) {
                problems.add(new FieldProblem("references[" + i + "]", ref.type() + " " + ref.value() + " is listed twice"));
            }
            if (mode == Mode.AIR && isOceanReference(ref.type())) {
                problems.add(new FieldProblem("references[" + i + "].type", ref.type() + " does not apply to an air shipment"));
            }
            if (mode != null && mode.isOcean() && isAirReference(ref.type())) {
                problems.add(new FieldProblem("references[" + i + "].type", ref.type() + " does not apply to an ocean shipment"));
            }
        }
        return problems;
    }

    private static void checkCargoFitsMode(List<FieldProblem> problems, Mode mode, Cargo cargo) {
        switch (mode) {
            case OCEAN_FCL -> {
                if (cargo.containers().isEmpty()) {
                    problems.add(new FieldProblem("cargo.containers", "an FCL shipment needs at least one container"));
                }
            }
            case OCEAN_LCL, AIR -> {
                if (cargo.pieces() == null) {
                    problems.add(new FieldProblem("cargo.pieces", "is required for " + mode));
                }
                if (cargo.weightKg() == null) {
                    problems.add(new FieldProblem("cargo.weightKg", "is required for " + mode));
                }
                if (mode == Mode.AIR && !cargo.containers().isEmpty()) {
                    problems.add(new FieldProblem("cargo.containers", "an air shipment carries no ocean containers"));
                }
            }
            default -> throw new IllegalStateException("unhandled mode " + mode);
        }
    }

    private static boolean isOceanReference(ReferenceType type) {
        return type == ReferenceType.MASTER_BILL_OF_LADING || type == ReferenceType.HOUSE_BILL_OF_LADING;
    }

    private static boolean isAirReference(ReferenceType type) {
        return type == ReferenceType.MASTER_AIR_WAYBILL || type == ReferenceType.HOUSE_AIR_WAYBILL;
    }

    private static void require(List<FieldProblem> problems, Object value, String field) {
        if (value == null) {
            problems.add(new FieldProblem(field, "is required"));
        }
    }

    public List<String> referenceValues(ReferenceType type) {
        return references.stream().filter(r -> r.type() == type).map(CarrierReference::value).toList();
    }
}
