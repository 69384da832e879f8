package org.harbormaster.exception;

import java.time.Duration;

/**
 * The exceptions Harbormaster raises, each with its default severity, owner, SLA to acknowledge and to
 * resolve, and suggested action. SLAs and owners can be overridden per region or customer
 * ({@code sla.acknowledge.ROLLOVER=PT1H}, {@code owner.ROLLOVER=Transpacific desk}).
 */
public enum RuleCode {
    ROLLOVER("Rolled to a later sailing", Severity.HIGH, OwningTeam.SHIPMENT_TEAM, "PT2H", "PT24H",
            "Confirm the new sailing with the carrier, ask for an earlier one, and warn the customer."),
    CONNECTION_AT_RISK("Transshipment connection at risk", Severity.HIGH, OwningTeam.SHIPMENT_TEAM, "PT2H", "PT24H",
            "Ask the carrier to protect the connection or re-book on the next sailing; re-plan on-carriage."),
    DEPARTURE_SLIPPING("Departure slipping", Severity.MEDIUM, OwningTeam.SHIPMENT_TEAM, "PT4H", "P2D",
            "Check the vessel schedule; move trucking and warn the customer if the arrival moves."),
    ARRIVAL_SLIPPING("Arrival slipping", Severity.MEDIUM, OwningTeam.SHIPMENT_TEAM, "PT4H", "P2D",
            "Re-book drayage or rail and delivery appointments; tell the customer the new date."),
    CUTOFF_AT_RISK("Cut-off at risk", Severity.HIGH, OwningTeam.SHIPMENT_TEAM, "PT1H", "PT12H",
            "Chase the shipper or trucker, file the missing documents, or ask the carrier for a late gate."),
    CUSTOMS_HOLD("Customs hold", Severity.HIGH, OwningTeam.CUSTOMS, "PT2H", "P2D",
            "Find the hold's reason, supply documents or book the exam; watch the last free day."),
    CARRIER_HOLD("Carrier hold", Severity.MEDIUM, OwningTeam.SHIPMENT_TEAM, "PT4H", "P1D",
            "Settle freight or surrender the bill of lading so the carrier releases the cargo."),
    TERMINAL_HOLD("Terminal hold", Severity.MEDIUM, OwningTeam.SHIPMENT_TEAM, "PT4H", "P1D",
            "Pay terminal fees or clear the terminal's hold before the pickup appointment."),
    MILESTONE_MISSING("Expected milestone missing", Severity.MEDIUM, OwningTeam.SHIPMENT_TEAM, "PT8H", "P2D",
            "Ask the vendor for the status; record the event by hand when confirmed."),
    DEMURRAGE_RISK("Not picked up before the last free day", Severity.HIGH, OwningTeam.SHIPMENT_TEAM, "PT2H", "P1D",
            "Book a pickup appointment before the last free day, or pre-pull to a yard."),
    DETENTION_RISK("Empty not returned within free time", Severity.MEDIUM, OwningTeam.SHIPMENT_TEAM, "PT4H", "P2D",
            "Have the consignee unload and the trucker return the empty before free time ends."),
    PROMISE_AT_RISK("Promised delivery at risk", Severity.HIGH, OwningTeam.SHIPMENT_TEAM, "PT2H", "P1D",
            "Expedite the remaining legs or agree a new date with the customer through the account manager."),
    COST_OVER_BUDGET("Cost above budget", Severity.MEDIUM, OwningTeam.SHIPMENT_TEAM, "P1D", "P5D",
            "Check the vendor invoices against the quote; dispute or re-bill what the customer owes."),
    CONTRADICTORY_DATA("Contradictory data", Severity.LOW, OwningTeam.SHIPMENT_TEAM, "P1D", "P3D",
            "Ask the source to correct the event, or correct the milestone by hand.");

    private final String title;
    private final Severity severity;
    private final OwningTeam owner;
    private final Duration acknowledgeWithin;
    private final Duration resolveWithin;
    private final String suggestedAction;

    RuleCode(String title, Severity severity, OwningTeam owner, String acknowledgeWithin, String resolveWithin,
             String suggestedAction) {
        this.title = title;
        this.severity = severity;
        this.owner = owner;
        this.acknowledgeWithin = Duration.parse(acknowledgeWithin);
        this.resolveWithin = Duration.parse(resolveWithin);
        this.suggestedAction = suggestedAction;
    }

    public String title() {
        return title;
    }

    public Severity severity() {
        return severity;
    }

    public OwningTeam owner() {
        return owner;
    }

    public Duration acknowledgeWithin() {
        return acknowledgeWithin;
    }

    public Duration resolveWithin() {
        return resolveWithin;
    }

    public String suggestedAction() {
        return suggestedAction;
    }
}
