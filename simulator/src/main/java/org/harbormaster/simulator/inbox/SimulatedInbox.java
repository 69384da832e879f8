package org.harbormaster.simulator.inbox;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.harbormaster.event.DataQualityCheck;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.Finding;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.csv.status.StatusCsvParser;
import org.harbormaster.formats.dcsa.DcsaEventParser;
import org.harbormaster.formats.events.EventMessageParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.formats.x12.X12StatusParser;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.simulator.vendors.Sender;
import org.harbormaster.simulator.vendors.VendorOutboxes;

/**
 * Harbormaster's inbound path, as the server runs it, without the database: parse the message with the
 * format's parser, match each event to shipments, run the data-quality checks, apply the event. Listeners
 * hear of every milestone a message changed, as the server's exception and prediction code will.
 */
public final class SimulatedInbox implements VendorOutboxes.MessageSink {

    /** Told of each event applied: the shipment before and after, and the milestone it set. */
    public interface AppliedListener {
        void applied(Shipment before, Shipment after, Milestone milestone, MilestoneEvent event);

        /** Told of an event that matched the shipment but reports none of its milestones (a hold, say). */
        default void signalled(Shipment shipment, MilestoneEvent event) {
        }
    }

    /** Counts of what came in and what became of it, for the report. */
    public static final class InboxCounts {
        public long messages;
        public long messagesWithFailures;
        public long parseFailures;
        public long events;
        public long unmatched;
        public final Map<String, Long> failuresByFormat = new TreeMap<>();
        public final Map<String, Long> outcomes = new TreeMap<>();
        public final Map<String, Long> findings = new TreeMap<>();
        public final Map<String, Long> withoutMilestoneByCode = new TreeMap<>();
    }

    private final Map<EventFormat, EventMessageParser> parsers = new EnumMap<>(EventFormat.class);
    private final InMemoryShipments shipments;
    private final AppliedListener listener;
    private final InboxCounts counts = new InboxCounts();
    private long messageId;

    public SimulatedInbox(InMemoryShipments shipments, AppliedListener listener) {
        this.shipments = shipments;
        this.listener = listener;
        for (EventMessageParser parser : List.of(new DcsaEventParser(), new X12StatusParser(), new StatusCsvParser())) {
            parsers.put(parser.format(), parser);
        }
    }

    public InboxCounts counts() {
        return counts;
    }

    @Override
    public void receive(Sender sender, byte[] message, Instant receivedAt) {
        counts.messages++;
        MessageContext context = new MessageContext(sender.format(), sender.code(), receivedAt, ++messageId);
        ParseOutcome outcome = parsers.get(sender.format()).parse(message, context);
        if (outcome.hasFailures()) {
            counts.messagesWithFailures++;
            counts.parseFailures += outcome.failures().size();
            counts.failuresByFormat.merge(sender.format().name(), (long) outcome.failures().size(), Long::sum);
        }
        for (MilestoneEvent event : outcome.events()) {
            counts.events++;
            List<ShipmentId> matched = shipments.match(event);
            if (matched.isEmpty()) {
                counts.unmatched++;
                continue;
            }
            for (ShipmentId id : matched) {
                apply(shipments.get(id), event);
            }
        }
    }

    private void apply(Shipment shipment, MilestoneEvent event) {
        for (Finding finding : DataQualityCheck.check(event, shipment)) {
            counts.findings.merge(finding.code().name(), 1L, Long::sum);
        }
        EventApplication.Applied result = EventApplication.apply(shipment, event);
        counts.outcomes.merge(result.outcome().name(), 1L, Long::sum);
        if (result.outcome() == EventApplication.Outcome.APPLIED) {
            shipments.save(result.shipment());
            listener.applied(shipment, result.shipment(), result.milestone(), event);
        } else if (result.outcome() == EventApplication.Outcome.NO_MILESTONE) {
            counts.withoutMilestoneByCode.merge(String.valueOf(event.sourceCode()), 1L, Long::sum);
            listener.signalled(shipment, event);
        }
    }
}
