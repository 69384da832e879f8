package org.harbormaster.kpi;

import java.util.List;

/** The facts a KPI is computed from; a caller fills only the kind its KPI needs ({@link Kpi#facts()}). */
public record KpiFacts(List<MilestoneOutcome> milestones, List<MilestoneReport> reports, List<EventReceipt> events,
                       List<MessageReceipt> messages, List<AlertCase> alerts, List<ShipmentBudget> budgets,
                       List<ContainerClock> containers) {

    public static final KpiFacts NONE = new KpiFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of());

    public KpiFacts {
        milestones = List.copyOf(milestones);
        reports = List.copyOf(reports);
        events = List.copyOf(events);
        messages = List.copyOf(messages);
        alerts = List.copyOf(alerts);
        budgets = List.copyOf(budgets);
        containers = List.copyOf(containers);
    }

    public KpiFacts withMilestones(List<MilestoneOutcome> list) {
        return new KpiFacts(list, reports, events, messages, alerts, budgets, containers);
    }

    public KpiFacts withReports(List<MilestoneReport> list) {
        return new KpiFacts(milestones, list, events, messages, alerts, budgets, containers);
    }

    public KpiFacts withEvents(List<EventReceipt> list) {
        return new KpiFacts(milestones, reports, list, messages, alerts, budgets, containers);
    }

    public KpiFacts withMessages(List<MessageReceipt> list) {
        return new KpiFacts(milestones, reports, events, list, alerts, budgets, containers);
    }

    public KpiFacts withAlerts(List<AlertCase> list) {
        return new KpiFacts(milestones, reports, events, messages, list, budgets, containers);
    }

    public KpiFacts withBudgets(List<ShipmentBudget> list) {
        return new KpiFacts(milestones, reports, events, messages, alerts, list, containers);
    }

    public KpiFacts withContainers(List<ContainerClock> list) {
        return new KpiFacts(milestones, reports, events, messages, alerts, budgets, list);
    }
}
