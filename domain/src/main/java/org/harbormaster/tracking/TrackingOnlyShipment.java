package org.harbormaster.tracking;

import java.util.List;
import java.util.Optional;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;

/**
 * A shipment made from a tracking feed, as container-tracking services make them: one trip of one container,
 * keyed by the container and the bills of lading and bookings its events name, with the plan its events show.
 * It belongs to the {@link #CUSTOMER} pseudo-customer until someone books it properly; its region is the
 * country of its port of discharge.
 */
public final class TrackingOnlyShipment {

    public static final Customer CUSTOMER = new Customer("TRACKING", "Tracking only");

    private TrackingOnlyShipment() {
    }

    public static boolean isTrackingOnly(Shipment shipment) {
        return CUSTOMER.code().equals(shipment.details().customer().code());
    }

    /** The details and plan of a trip, or empty when its events show no voyage. */
    public static Optional<Trip> of(ContainerNumber container, List<MilestoneEvent> trip) {
        return TrackedRoute.plan(trip).map(plan -> new Trip(details(container, trip, plan), plan));
    }

    public record Trip(ShipmentDetails details, Plan plan) {
    }

    private static ShipmentDetails details(ContainerNumber container, List<MilestoneEvent> trip, Plan plan) {
        List<CarrierReference> references = trip.stream().flatMap(e -> e.references().stream()).distinct().sorted(
                java.util.Comparator.comparing(CarrierReference::type).thenComparing(CarrierReference::value)).toList();
        Place origin = Place.port(plan.firstLeg().from().locode());
        Place destination = Place.port(plan.lastLeg().to().locode());
        if (origin.locode().equals(destination.locode())) {
            destination = Place.port(plan.legs().stream().filter(l -> !l.from().locode().equals(origin.locode()))
                    .findFirst().orElseThrow().from().locode());
        }
        String departed = plan.firstLeg().plannedStart().toString().substring(0, 10).replace("-", "");
        return new ShipmentDetails("TRK-" + container + "-" + departed, CUSTOMER, Mode.OCEAN_FCL, Direction.IMPORT,
                null, List.of(), origin, destination, Cargo.ofContainers(List.of(new Container(container, null))),
                references, null, destination.locode().countryCode(), null, null, null);
    }
}
