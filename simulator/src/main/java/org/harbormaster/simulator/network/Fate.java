package org.harbormaster.simulator.network;

import java.util.SplittableRandom;
import org.harbormaster.simulator.engine.LogNormal;
import org.harbormaster.simulator.engine.RandomStreams;
import org.harbormaster.simulator.scenario.Scenario;

/**
 * Everything chance decides about one shipment, drawn at booking from the shipment's own stream in a fixed
 * order, so that two policies run on one seed face the same rollovers, holds, dwell and missed appointments.
 *
 * @param naturalDwellDays how long after discharge the consignee is ready to take the container (truck-bound)
 *                         or the railroad moves it (rail-bound): the terminal's dwell figure
 */
record Fate(double cargoReadyDays, boolean rolled, double dischargeHours, double releaseHours, boolean held,
            String examType, double examDays, double availableHours, double naturalDwellDays,
            double rampDwellDays, double railDelayDays, boolean truckerMisses, double deliveryHours,
            double unloadDays, double returnHours) {

    static Fate draw(SplittableRandom r, Scenario.Carrier carrier, Scenario.Terminal terminal, Scenario.Terminal ramp,
                     Scenario.CustomsRegime customs, Scenario.DrayageVendor trucker, Scenario.RailVendor railroad,
                     double truckDwellAddedDays) {
        double cargoReady = RandomStreams.uniform(r, 5, 12);
        boolean rolled = r.nextDouble() < carrier.rolloverRate();
        double discharge = RandomStreams.uniform(r, 6, 30);
        double release = RandomStreams.uniform(r, 1, 8);
        boolean held = customs != null && r.nextDouble() < customs.holdRate();
        Scenario.Exam exam = held ? pickExam(r.nextDouble(), customs) : null;
        double examDays = exam == null ? 0 : RandomStreams.uniform(r, exam.minDays(), exam.maxDays());
        double available = terminal.availableAfterHours() * RandomStreams.uniform(r, 0.5, 1.5);
        double natural = railroad == null ? consigneeWait(terminal.truckDwell(), truckDwellAddedDays).sample(r)
                : fit(terminal.railDwell()).sample(r);
        double rampDwell = ramp == null ? 0 : fit(ramp.truckDwell()).sample(r);
        double railDelay = 0;
        if (railroad != null && r.nextDouble() >= railroad.onTimeShare()) {
            railDelay = 1 + LogNormal.ofMeanAndSigma(Math.max(0.1, railroad.lateDelayMeanDays() - 1), 0.6).sample(r);
        } else {
            railDelay = RandomStreams.uniform(r, -0.3, 0.7);
        }
        boolean misses = r.nextDouble() >= trucker.onTimeShare();
        double delivery = RandomStreams.uniform(r, 2, 5);
        double unload = LogNormal.ofMeanAndSigma(2.5, 0.6).sample(r);
        double returnHours = RandomStreams.uniform(r, 2, 6);
        return new Fate(cargoReady, rolled, discharge, release, held, exam == null ? null : exam.type(), examDays,
                available, natural, rampDwell, railDelay, misses, delivery, unload, returnHours);
    }

    private static Scenario.Exam pickExam(double u, Scenario.CustomsRegime customs) {
        double cumulative = 0;
        for (Scenario.Exam exam : customs.exams()) {
            cumulative += exam.share();
            if (u < cumulative) {
                return exam;
            }
        }
        return customs.exams().get(customs.exams().size() - 1);
    }

    /**
     * The consignee's own wait: the terminal's truck dwell figure is what containers really stay, missed
     * appointments and exams included, so the wait is fitted to the figure less what those add on average.
     */
    static LogNormal consigneeWait(Scenario.Dwell dwell, double addedDays) {
        double mean = Math.max(dwell.meanDays() * 0.5, dwell.meanDays() - addedDays);
        return fit(new Scenario.Dwell(mean, dwell.shareOverFiveDays()));
    }

    private static final java.util.Map<Scenario.Dwell, LogNormal> FITTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The dwell's log-normal, fitted once per distinct figure (the fit searches, so it is not cheap). */
    static LogNormal fit(Scenario.Dwell dwell) {
        return FITTED.computeIfAbsent(dwell, d -> LogNormal.fitMeanAndShareOver(d.meanDays(), 5, d.shareOverFiveDays())
                .orElseThrow(() -> new IllegalStateException("dwell " + d + " was checked to fit")));
    }
}
