package org.harbormaster.exception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.exception.Scenario.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;
import org.junit.jupiter.api.Test;

/** Carriers' events arrive in any order; the exceptions they raise must not depend on it. */
class EventOrderTest {

    private static final EventSource CARRIER = new EventSource(EventFormat.DCSA, "MAEU");

    private static MilestoneEvent event(String key, MilestoneType type, TimeKind kind, String at, String locode,
                                        String reported) {
        Instant reportedAt = utc(reported);
        return new MilestoneEvent(key, type, type.name(), kind, utc(at), UnLocode.of(locode), null, null,
                List.of(Scenario.BOX), List.of(), null, null, null, false, CARRIER, reportedAt, reportedAt, null);
    }

    private static final List<MilestoneEvent> EVENTS = List.of(
            event("e1", MilestoneType.LOADED, TimeKind.ACTUAL, "2026-12-01T00:00", "CNYTN", "2026-12-01T01:00"),
            event("e2", MilestoneType.DEPARTED, TimeKind.ACTUAL, "2026-12-01T06:00", "CNYTN", "2026-12-01T07:00"),
            event("e3", MilestoneType.ARRIVED, TimeKind.ESTIMATED, "2026-12-19T14:00", "USLGB", "2026-12-05T00:00"),
            event("e4", MilestoneType.ARRIVED, TimeKind.ESTIMATED, "2026-12-20T02:00", "USLGB", "2026-12-08T00:00"),
            event("e5", MilestoneType.DEPARTED, TimeKind.ESTIMATED, "2026-12-02T00:00", "CNYTN", "2026-11-25T00:00"));

    @Test
    void the_same_events_in_any_of_their_120_orders_raise_the_same_exceptions() {
        Shipment booked = Scenario.yantianToLongBeach().shipment();
        Instant now = utc("2026-12-10T00:00");
        List<RuleFinding> expected = findings(EventApplication.applyAll(booked, EVENTS), now);

        assertThat(expected).extracting(RuleFinding::code).contains(RuleCode.ARRIVAL_SLIPPING);
        assertThat(expected).filteredOn(f -> f.code() == RuleCode.ARRIVAL_SLIPPING).singleElement()
                .satisfies(f -> assertThat(f.explanation()).contains("3.5 days late"));
        for (List<MilestoneEvent> order : permutations(EVENTS)) {
            assertThat(findings(EventApplication.applyAll(booked, order), now)).as("order %s",
                    order.stream().map(MilestoneEvent::eventKey).toList()).isEqualTo(expected);
        }
    }

    private static List<RuleFinding> findings(Shipment shipment, Instant now) {
        AlertContext context = AlertContext.of(shipment, now).prediction(Scenario.predictor().predict(shipment, now)).build();
        return RuleSet.standard().evaluate(context);
    }

    private static List<List<MilestoneEvent>> permutations(List<MilestoneEvent> events) {
        if (events.isEmpty()) {
            return List.of(List.of());
        }
        List<List<MilestoneEvent>> all = new ArrayList<>();
        for (MilestoneEvent first : events) {
            List<MilestoneEvent> rest = new ArrayList<>(events);
            rest.remove(first);
            for (List<MilestoneEvent> tail : permutations(rest)) {
                List<MilestoneEvent> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }
}
