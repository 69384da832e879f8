package org.harbormaster.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.prediction.Voyages.at;
import static org.harbormaster.prediction.Voyages.days;
import static org.harbormaster.prediction.Voyages.yantianToLongBeachDirect;

import java.time.Duration;
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
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/** Replaying history as of a cut-off: no look-ahead, and scored against the carrier's estimate or the plan. */
class BacktestTest {

    private static final EventSource CARRIER = new EventSource(EventFormat.DCSA, "MAEU");

    private static MilestoneEvent event(String key, MilestoneType type, String place, TimeKind kind, Instant time,
                                        Instant reportedAt) {
        return new MilestoneEvent(key, type, type.name(), kind, time, UnLocode.of(place), null, TransportMode.VESSEL,
                List.of(), List.of(), null, null, null, false, CARRIER, reportedAt, reportedAt, 1L);
    }

    /**
     * The planned Yantian-Long Beach voyage moved by {@code weeks}: it sails on time, the carrier keeps
     * estimating the planned arrival, and the vessel arrives two days late.
     */
    private static Backtest.Case twoDaysLate(int weeks) {
        Duration shift = days(7 * weeks);
        Shipment booked = yantianToLongBeachDirect();
        booked = booked.withMilestones(booked.milestones().stream().map(m -> new org.harbormaster.shipment.Milestone(
                m.key(), m.type(), m.location(), m.legIndex(), m.planned() == null ? null : m.planned().plus(shift),
                null, null)).toList());
        booked = Shipment.book(booked.id(), booked.details(), shifted(booked, shift), booked.createdAt());
        Instant sailed = at("2026-12-01T06:00").plus(shift);
        Instant plannedArrival = at("2026-12-16T06:00").plus(shift);
        List<MilestoneEvent> events = List.of(
                event("dep" + weeks, MilestoneType.DEPARTED, "CNYTN", TimeKind.ACTUAL, sailed, sailed),
                event("eta" + weeks, MilestoneType.ARRIVED, "USLGB", TimeKind.ESTIMATED, plannedArrival, sailed),
                event("arr" + weeks, MilestoneType.ARRIVED, "USLGB", TimeKind.ACTUAL, plannedArrival.plus(days(2)),
                        plannedArrival.plus(days(2))));
        return new Backtest.Case(EventApplication.applyAll(booked, events), events);
    }

    private static org.harbormaster.shipment.Plan shifted(Shipment s, Duration shift) {
        return new org.harbormaster.shipment.Plan(s.plan().legs().stream().map(l -> new org.harbormaster.shipment.Leg(
                l.type(), l.mode(), l.vendor(), l.from(), l.to(), l.plannedStart().plus(shift),
                l.plannedEnd().plus(shift), l.conveyance(), l.cutoffs())).toList());
    }

    private static Backtest backtest() {
        return new Backtest(days(7), TransitPriors.none(), ConnectionRules.weeklyServiceWithOneDayToConnect());
    }

    @Test
    void a_carrier_that_is_always_two_days_late_is_beaten_once_history_shows_it() {
        List<Backtest.Case> cases = new ArrayList<>();
        for (int week = 0; week < 30; week++) {
            cases.add(twoDaysLate(week));
        }

        BacktestReport report = backtest().run(cases);

        assertThat(report.scored()).hasSize(30);
        assertThat(report.baselinesFromCarrierEstimates()).isEqualTo(30);
        assertThat(report.baselineMedianAbsoluteErrorDays()).isEqualTo(2.0);
        assertThat(report.ourMedianAbsoluteErrorDays()).isLessThan(1.0);
        assertThat(report.p90Coverage()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void the_model_learns_only_from_other_shipments_finished_before_the_cut_off() {
        List<Backtest.Case> cases = List.of(twoDaysLate(0), twoDaysLate(1), twoDaysLate(10));
        Backtest.Case sameWeekAsTheFirst = twoDaysLate(0);

        BacktestReport report = backtest().run(List.of(cases.get(0), cases.get(1), cases.get(2), sameWeekAsTheFirst));

        // week 0: nothing had ended by its cut-off, not even its twin sailing the same week; week 1: week 0's two
        // voyages had (they arrived Dec 18 06:00, its cut-off); week 10: the three before it, never itself
        assertThat(report.scored()).extracting(Backtest.Scored::modelObservations).containsExactly(0L, 2L, 3L, 0L);
    }

    @Test
    void what_was_reported_after_the_cut_off_is_not_known_at_it() {
        Backtest.Case late = twoDaysLate(0);
        Backtest.Case reportedLate = new Backtest.Case(late.shipment(), late.events().stream()
                .map(e -> e.withReportedAt(e.reportedAt().plus(days(60)))).toList());

        BacktestReport report = backtest().run(List.of(reportedLate));

        assertThat(report.scored()).isEmpty();
        assertThat(report.skipped()).containsEntry(Backtest.Skip.NOTHING_KNOWN, 1);
    }

    @Test
    void a_shipment_not_yet_arrived_is_not_scored() {
        BacktestReport report = backtest().run(List.of(new Backtest.Case(yantianToLongBeachDirect(), List.of())));

        assertThat(report.skipped()).containsEntry(Backtest.Skip.NOT_ARRIVED, 1);
        assertThat(report.ourMedianAbsoluteErrorDays()).isNaN();
    }
}
