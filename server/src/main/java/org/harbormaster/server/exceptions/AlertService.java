package org.harbormaster.server.exceptions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.harbormaster.exception.Alert;
import org.harbormaster.exception.Priority;
import org.harbormaster.exception.ResolutionCode;
import org.harbormaster.server.exceptions.AlertRepository.Stored;
import org.harbormaster.server.exceptions.AlertRepository.Write;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.shipment.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What operators do to exception cases: acknowledge, assign, snooze, comment, resolve with a reason code. Each
 * action is one more history entry with who and when; an action the case's state does not allow is a conflict,
 * a bad value names its field.
 */
@Service
public class AlertService {

    private final AlertRepository alerts;
    private final AlertQueue queue;
    private final AlertSettings settings;
    private final Clock clock;

    AlertService(AlertRepository alerts, AlertQueue queue, AlertSettings settings, Clock clock) {
        this.alerts = alerts;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every case of a shipment, active first, with its history, as the shipment page shows them. */
    public List<CaseLine> casesOf(java.util.UUID shipmentId) {
        Instant now = clock.instant();
        List<Stored> cases = alerts.ofShipment(shipmentId);
        if (cases.isEmpty()) {
            return List.of();
        }
        String reference = alerts.shipmentReference(shipmentId);
        return cases.stream().map(s -> CaseLine.of(AlertView.of(s, reference, now, true), now)).toList();
    }

    AlertQueue.Page queue(AlertQuery query, String cursor, int limit) {
        return queue.find(query, cursor, limit, clock.instant());
    }

    Stored get(String id) {
        return alerts.find(parse(id)).orElseThrow(() -> new AlertNotFoundException(id));
    }

    @Transactional
    public Stored acknowledge(String id, String by, String comment, Long version) {
        return act(id, version, (a, now) -> a.acknowledge(by, now, comment));
    }

    @Transactional
    public Stored assign(String id, String by, String assignee, String comment, Long version) {
        if (assignee == null || assignee.isBlank()) {
            throw invalid("assignee", "is required");
        }
        return act(id, version, (a, now) -> a.assign(by, assignee.strip(), now, comment));
    }

    @Transactional
    public Stored snooze(String id, String by, Instant until, String comment, Long version) {
        if (until == null) {
            throw invalid("until", "is required (an ISO-8601 instant, e.g. 2026-12-01T08:00:00Z)");
        }
        return act(id, version, (a, now) -> a.snooze(by, until, now, comment));
    }

    @Transactional
    public Stored comment(String id, String by, String text, Long version) {
        if (text == null || text.isBlank()) {
            throw invalid("text", "is required");
        }
        return act(id, version, (a, now) -> a.comment(by, now, text.strip()));
    }

    @Transactional
    public Stored resolve(String id, String by, String reasonCode, String comment, Long version) {
        ResolutionCode reason = resolutionCode(reasonCode);
        return act(id, version, (a, now) -> a.resolve(by, now, reason, comment));
    }

    /** The same action on several cases; all or none. */
    @Transactional
    public List<Stored> acknowledgeAll(List<String> ids, String by) {
        List<Stored> done = new ArrayList<>();
        ids.forEach(id -> done.add(acknowledge(id, by, null, null)));
        return done;
    }

    @Transactional
    public List<Stored> assignAll(List<String> ids, String by, String assignee) {
        List<Stored> done = new ArrayList<>();
        ids.forEach(id -> done.add(assign(id, by, assignee, null, null)));
        return done;
    }

    private interface Action {
        Alert apply(Alert alert, Instant now);
    }

    private Stored act(String id, Long version, Action action) {
        Stored stored = get(id);
        Instant now = clock.instant();
        Alert after;
        try {
            after = action.apply(stored.alert().tick(now), now);
        } catch (IllegalStateException e) {
            throw new AlertConflictException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw invalid(fieldOf(e.getMessage()), e.getMessage());
        }
        long expected = version != null ? version : stored.version();
        if (expected != stored.version()) {
            throw new AlertConflictException("exception case " + id + " is at version " + stored.version() + ", not "
                    + expected + ": reload it and act again");
        }
        Priority priority = Priority.of(after.finding(), settings.thresholdsFor(stored.filing().customer(),
                stored.filing().region()), now);
        alerts.save(List.of(new Write(after, stored.filing(), priority, stored.storedHistory(), expected)));
        return alerts.find(after.id().value()).orElseThrow();
    }

    private static String fieldOf(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("snooze") ? "until" : m.contains("comment") ? "text" : m.contains("assign") ? "assignee" : "body";
    }

    private static ResolutionCode resolutionCode(String code) {
        if (code == null || code.isBlank()) {
            throw invalid("reasonCode", "is required: one of " + java.util.Arrays.toString(ResolutionCode.values()));
        }
        try {
            return ResolutionCode.valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("reasonCode", "'" + code + "' is not one of " + java.util.Arrays.toString(ResolutionCode.values()));
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new AlertNotFoundException(id);
        }
    }

    private static InvalidRequestException invalid(String field, String reason) {
        return new InvalidRequestException(List.of(new FieldProblem(field, reason)));
    }
}
