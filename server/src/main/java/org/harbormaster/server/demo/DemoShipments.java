package org.harbormaster.server.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.harbormaster.server.demo.ShipmentDrafter.Draft;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;

/**
 * A realistic book of shipments for demonstrations and load tests: transpacific, all-water, Asia-Europe,
 * exports, LCL and air, on real carriers with valid container numbers, air waybills and IMO numbers,
 * departing from about 45 days ago to about 30 days ahead, so that some are still booked, most are on the
 * water or in the air, some have arrived and a few are done. Milestones that have happened by the clock's
 * now carry actual times with the lateness real schedules show (40 to 50 % of ocean arrivals late, by
 * about five days on average); late shipments carry estimates for what comes next.
 *
 * <p>Plain Java and deterministic: the same count, clock and seed give the same shipments.
 */
public final class DemoShipments {

    /** Our own references start at 1000 from the database sequence; the demo's run in the 900000s. */
    private static final int FIRST_DEMO_NUMBER = 900_001;

    public List<Shipment> generate(int count, Clock clock, long seed) {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
        Instant now = clock.instant();
        Random random = new Random(seed);
        ShipmentDrafter drafter = new ShipmentDrafter(random, now, new DemoSailings(seed));
        List<Draft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            // every lane once first, so even a small book shows every flow
            DemoLane lane = i < DemoLane.ALL.size() ? DemoLane.ALL.get(i) : DemoLane.pick(random);
            drafts.add(drafter.draft(lane));
        }
        drafts.sort(Comparator.comparing(Draft::createdAt));

        MilestoneProgress progress = new MilestoneProgress(random);
        List<Shipment> shipments = new ArrayList<>(count);
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            String reference = reference(draft.createdAt(), FIRST_DEMO_NUMBER + i);
            Shipment booked = Shipment.book(shipmentId(random), draft.details().apply(reference), draft.plan(),
                    draft.createdAt());
            shipments.add(progress.playForward(booked, draft.delays(), now));
        }
        return List.copyOf(shipments);
    }

    private static String reference(Instant createdAt, int number) {
        return String.format("HM%02d-%06d", createdAt.atZone(ZoneOffset.UTC).getYear() % 100, number);
    }

    /** A version-4 UUID drawn from the seeded generator, so ids repeat with the seed. */
    private static ShipmentId shipmentId(Random random) {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new ShipmentId(new UUID(high, low));
    }
}
