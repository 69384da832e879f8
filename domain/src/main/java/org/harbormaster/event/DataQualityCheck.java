package org.harbormaster.event;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;

/**
 * Checks every event for what an operator could not trust: a code we cannot place, an actual time that
 * has not happened yet, a sequence the plan makes impossible, or a place the plan does not go through.
 * Findings are kept and counted per source; they never stop an event from being stored.
 */
public final class DataQualityCheck {

    /** Clocks of carriers' systems drift; an actual this far after receipt is not yet "in the future". */
    static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(15);
    /** Reported times are often rounded or late-keyed by an hour or so; beyond this, the order is wrong. */
    static final Duration SEQUENCE_TOLERANCE = Duration.ofHours(2);

    private DataQualityCheck() {
    }

    /** Findings about the event on its own and, when it matched one, against the shipment's plan. */
    public static List<Finding> check(MilestoneEvent event, Shipment matched) {
        List<Finding> findings = new ArrayList<>();
        if (event.type() == null) {
            findings.add(new Finding(FindingCode.UNKNOWN_CODE, "code '" + event.sourceCode() + "' from "
                    + event.source() + " maps to no milestone"));
        }
        if (event.kind() == TimeKind.ACTUAL
                && event.eventTime().isAfter(event.receivedAt().plus(CLOCK_TOLERANCE))) {
            findings.add(new Finding(FindingCode.ACTUAL_IN_FUTURE, "actual " + event.eventTime()
                    + " is after the message arrived at " + event.receivedAt()));
        }
        if (matched != null && event.type() != null) {
            checkAgainstPlan(event, matched, findings);
        }
        return findings;
    }

    private static void checkAgainstPlan(MilestoneEvent event, Shipment shipment, List<Finding> findings) {
        MilestoneType type = EventApplication.effectiveType(event);
        Optional<Milestone> target = EventApplication.target(shipment, event);
        if (target.isEmpty()) {
            boolean typeInPlan = shipment.milestones().stream().anyMatch(m -> m.type() == type);
            if (typeInPlan && event.location() != null) {
                findings.add(new Finding(FindingCode.LOCATION_CONTRADICTS_PLAN, type + " reported at "
                        + event.location() + ", where the plan has none; planned at " + shipment.milestones()
                        .stream().filter(m -> m.type() == type).map(m -> m.location().locode().toString()).toList()));
            }
            return;
        }
        if (event.kind() == TimeKind.ACTUAL) {
            checkSequence(event, shipment, target.get(), findings);
        }
    }

    /** An actual must not be earlier than an actual of an earlier milestone, nor later than a later one's. */
    private static void checkSequence(MilestoneEvent event, Shipment shipment, Milestone target, List<Finding> findings) {
        List<Milestone> milestones = shipment.milestones().stream().filter(m -> !m.type().isCutoff()).toList();
        int position = milestones.indexOf(target);
        for (int i = 0; i < milestones.size(); i++) {
            Milestone other = milestones.get(i);
            if (i == position || other.actual() == null) {
                continue;
            }
            boolean otherComesFirst = i < position;
            boolean outOfOrder = otherComesFirst
                    ? event.eventTime().plus(SEQUENCE_TOLERANCE).isBefore(other.actual())
                    : other.actual().plus(SEQUENCE_TOLERANCE).isBefore(event.eventTime());
            if (outOfOrder) {
                findings.add(new Finding(FindingCode.IMPOSSIBLE_SEQUENCE, target.key() + " at " + event.eventTime()
                        + (otherComesFirst ? " is before " : " is after ") + other.key() + " at " + other.actual()));
                return;
            }
        }
    }
}
