package org.harbormaster.simulator.operations;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.exception.AlertContext;
import org.harbormaster.exception.Hold;
import org.harbormaster.exception.HoldType;
import org.harbormaster.exception.RuleFinding;
import org.harbormaster.exception.RuleSet;
import org.harbormaster.exception.ThresholdBook;
import org.harbormaster.money.demurrage.TariffBook;
import org.harbormaster.money.demurrage.WorkingCalendar;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;

/**
 * Work items from Harbormaster's own exception engine ({@code domain/exception}): every standard rule runs on the
 * shipment as Harbormaster knows it, with the tariffs, working calendars and default thresholds the server uses;
 * the findings the simulated operators can act on become their work items (a rollover, a customs hold, a last
 * free day coming: demurrage at risk). A customs hold a carrier reports (DCSA {@code CUSI}/{@code CUSS}) is held
 * until the shipment's customs release is recorded. Chosen by a policy's {@code workItems: EXCEPTION_ENGINE}.
 */
public final class ExceptionEngineWorkItems implements WorkItemSource {

    private final RuleSet rules = RuleSet.standard();
    private final TariffBook tariffs = TariffBook.standard();
    private final ThresholdBook thresholds = ThresholdBook.defaults();
    private final Map<String, WorkingCalendar> calendars = new HashMap<>();
    private final Map<ShipmentId, List<Hold>> holds = new HashMap<>();

    @Override
    public List<WorkItem> review(Shipment shipment, Instant now) {
        List<Hold> active = activeHolds(shipment);
        AlertContext context = AlertContext.of(shipment, now).tariffs(tariffs)
                .calendars(place -> calendars.computeIfAbsent(place.countryCode(), c -> WorkingCalendar.forLocation(place)))
                .thresholds(thresholds).holds(active).build();
        List<WorkItem> items = new ArrayList<>(1);
        for (RuleFinding finding : rules.evaluate(context)) {
            kindOf(finding).ifPresent(kind -> items.add(new WorkItem(shipment.id(), kind, now,
                    finding.actBy() != null && finding.actBy().isAfter(now) ? finding.actBy() : now.plus(Duration.ofDays(1)),
                    finding.explanation())));
        }
        return items;
    }

    @Override
    public List<WorkItem> signalled(Shipment shipment, MilestoneEvent event, Instant now) {
        String code = event.sourceCode() == null ? "" : event.sourceCode();
        if (!(code.startsWith("CUSI") || code.startsWith("CUSS") || code.startsWith("HOLD"))) {
            return List.of();
        }
        List<Hold> held = holds.computeIfAbsent(shipment.id(), k -> new ArrayList<>());
        event.equipment().forEach(box -> held.add(new Hold(HoldType.CUSTOMS, box, event.eventTime(), null,
                "customs hold reported (" + code + ")")));
        if (event.equipment().isEmpty()) {
            held.add(new Hold(HoldType.CUSTOMS, null, event.eventTime(), null, "customs hold reported (" + code + ")"));
        }
        return review(shipment, now);
    }

    /** Holds stand until the shipment's customs release is recorded. */
    private List<Hold> activeHolds(Shipment shipment) {
        List<Hold> held = holds.getOrDefault(shipment.id(), List.of());
        boolean released = shipment.milestones().stream()
                .anyMatch(m -> m.type() == MilestoneType.CUSTOMS_RELEASED && m.isDone());
        if (released && !held.isEmpty()) {
            holds.remove(shipment.id());
            return List.of();
        }
        return held;
    }

    private static Optional<WorkItem.Kind> kindOf(RuleFinding finding) {
        return switch (finding.code()) {
            case ROLLOVER -> Optional.of(WorkItem.Kind.ROLLOVER_SUSPECTED);
            case CUSTOMS_HOLD -> Optional.of(WorkItem.Kind.CUSTOMS_HOLD);
            case DEMURRAGE_RISK -> Optional.of(WorkItem.Kind.LAST_FREE_DAY_APPROACHING);
            default -> Optional.empty();
        };
    }
}
