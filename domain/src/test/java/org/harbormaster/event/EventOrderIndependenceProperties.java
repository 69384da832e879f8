package org.harbormaster.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * Events arrive late, out of order, duplicated and corrected. Whatever the order and however many copies,
 * the shipment that results is the same.
 */
class EventOrderIndependenceProperties {

    private static final Shipment SHIPMENT = Events.viaBusan();

    @Property(tries = 300)
    void the_shipment_does_not_depend_on_arrival_order_or_duplicates(@ForAll("histories") List<MilestoneEvent> history,
                                                                     @ForAll Random random) {
        List<MilestoneEvent> arrived = new ArrayList<>(history);
        int duplicates = random.nextInt(history.size() + 1);
        for (int i = 0; i < duplicates; i++) {
            arrived.add(history.get(random.nextInt(history.size())));
        }
        Collections.shuffle(arrived, random);

        Shipment inOrder = EventApplication.applyAll(SHIPMENT, history);
        Shipment asArrived = EventApplication.applyAll(SHIPMENT, arrived);

        assertThat(asArrived.milestones()).isEqualTo(inOrder.milestones());
        assertThat(asArrived.status()).isEqualTo(inOrder.status());
    }

    @Property(tries = 100)
    void applying_a_history_twice_is_the_same_as_once(@ForAll("histories") List<MilestoneEvent> history) {
        Shipment once = EventApplication.applyAll(SHIPMENT, history);

        assertThat(EventApplication.applyAll(once, history)).isEqualTo(once);
    }

    /**
     * A realistic history: for every milestone an actual (some late, some early), estimates reported along
     * the way, occasional corrections, some reports sharing a report time, and noise (unknown codes, places
     * off the plan).
     */
    @Provide
    Arbitrary<List<MilestoneEvent>> histories() {
        return Arbitraries.longs().map(seed -> history(new Random(seed)));
    }

    private static List<MilestoneEvent> history(Random random) {
        List<MilestoneEvent> events = new ArrayList<>();
        int n = 0;
        Instant reportClock = Events.ETD.minus(Duration.ofDays(10));
        for (Milestone m : SHIPMENT.milestones()) {
            if (m.type().isCutoff() || random.nextInt(10) == 0) {
                continue;
            }
            String place = m.location().locode().toString();
            Instant actual = m.planned().plus(Duration.ofHours(random.nextInt(120) - 12));
            for (int e = random.nextInt(3); e > 0; e--) {
                reportClock = reportClock.plus(Duration.ofHours(random.nextInt(30)));
                events.add(Events.event("est-" + n++, m.type(), TimeKind.ESTIMATED,
                        actual.plus(Duration.ofHours(random.nextInt(48) - 24)), place, reportClock));
            }
            Instant reported = random.nextInt(5) == 0 ? reportClock : actual.plus(Duration.ofHours(random.nextInt(6)));
            events.add(Events.event("act-" + n++, m.type(), TimeKind.ACTUAL, actual, place, reported));
            if (random.nextInt(6) == 0) {
                events.add(Events.event("fix-" + n++, m.type(), TimeKind.ACTUAL, actual.minus(Duration.ofHours(2)),
                        place, reported.plus(Duration.ofHours(random.nextInt(3)))));
            }
            if (random.nextInt(8) == 0) {
                events.add(Events.event("pln-" + n++, m.type(), TimeKind.PLANNED, m.planned().plus(Duration.ofDays(1)),
                        place, reportClock));
            }
        }
        if (random.nextBoolean()) {
            events.add(Events.actual("noise-" + n++, null, Events.ETD, "CNYTN"));
            events.add(Events.actual("noise-" + n, MilestoneType.DISCHARGED, Events.ETA, "NLRTM"));
        }
        if (events.isEmpty()) {
            events.add(Events.actual("only", MilestoneType.DEPARTED, Events.ETD, "CNYTN"));
        }
        return events;
    }
}
