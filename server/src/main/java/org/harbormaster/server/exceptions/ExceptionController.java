package org.harbormaster.server.exceptions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.harbormaster.exception.RuleCode;
import org.harbormaster.exception.Severity;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.shipment.FieldProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operators' work queue and their actions on exception cases. */
@RestController
@RequestMapping("/api/v1/exceptions")
@Tag(name = "Exceptions", description = "The work queue of exception cases, ranked by priority, and operator actions")
class ExceptionController {

    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private final AlertService service;
    private final AlertRepository alerts;
    private final Clock clock;

    ExceptionController(AlertService service, AlertRepository alerts, Clock clock) {
        this.service = service;
        this.alerts = alerts;
        this.clock = clock;
    }

    record Page(List<AlertView> items, String next) {
    }

    @GetMapping
    @Operation(summary = "The work queue: exception cases filtered by region, team, assignee, severity, rule, "
            + "customer, vendor (carrier), shipment, status and SLA state, highest priority first")
    Page queue(@RequestParam(required = false) List<String> region, @RequestParam(required = false) List<String> team,
               @RequestParam(required = false) List<String> assignee,
               @RequestParam(required = false) List<String> severity, @RequestParam(required = false) List<String> rule,
               @RequestParam(required = false) List<String> customer, @RequestParam(required = false) List<String> vendor,
               @RequestParam(required = false) String shipment, @RequestParam(required = false) String status,
               @RequestParam(required = false) String sla, @RequestParam(required = false) String sort,
               @RequestParam(required = false) String cursor, @RequestParam(required = false) Integer limit) {
        List<FieldProblem> problems = new ArrayList<>();
        AlertQuery query = new AlertQuery(list(region), list(team), list(assignee),
                names(severity, "severity", Severity.values(), problems), names(rule, "rule", RuleCode.values(), problems),
                upper(list(customer)), upper(list(vendor)), blankToNull(shipment),
                one(status, "status", AlertQuery.Status.class, problems), one(sla, "sla", AlertQuery.SlaState.class, problems),
                one(sort, "sort", AlertQuery.Sort.class, problems));
        int size = limit == null ? DEFAULT_PAGE_SIZE : limit;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_PAGE_SIZE + ", not " + size));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        Instant now = clock.instant();
        AlertQueue.Page page = service.queue(query, blankToNull(cursor), size);
        return new Page(page.entries().stream().map(e -> AlertView.of(e.row().stored(List.of()), e.shipmentReference(),
                now, false)).toList(), page.next());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One exception case with its history and the arithmetic of its priority")
    ResponseEntity<AlertView> get(@PathVariable String id) {
        return view(service.get(id));
    }

    record Note(String comment) {
    }

    record Assignment(String assignee, String comment) {
    }

    record Snooze(String until, String comment) {
    }

    record Comment(String text) {
    }

    record Resolution(String reasonCode, String comment) {
    }

    record Bulk(List<String> ids, String assignee) {
    }

    @PostMapping("/{id}/acknowledge")
    @Operation(summary = "Acknowledge the case (stops the acknowledge SLA); If-Match with its version is optional")
    ResponseEntity<AlertView> acknowledge(@PathVariable String id, @RequestBody(required = false) Note body,
                                          @RequestHeader(value = "If-Match", required = false) String ifMatch,
                                          Principal user) {
        return view(service.acknowledge(id, user.getName(), body == null ? null : body.comment(), version(ifMatch)));
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Assign the case to an operator")
    ResponseEntity<AlertView> assign(@PathVariable String id, @RequestBody(required = false) Assignment body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch, Principal user) {
        return view(service.assign(id, user.getName(), body == null ? null : body.assignee(),
                body == null ? null : body.comment(), version(ifMatch)));
    }

    @PostMapping("/{id}/snooze")
    @Operation(summary = "Snooze the case until an instant; it returns to the queue then")
    ResponseEntity<AlertView> snooze(@PathVariable String id, @RequestBody(required = false) Snooze body,
                                     @RequestHeader(value = "If-Match", required = false) String ifMatch, Principal user) {
        return view(service.snooze(id, user.getName(), instant(body == null ? null : body.until()),
                body == null ? null : body.comment(), version(ifMatch)));
    }

    @PostMapping("/{id}/comment")
    @Operation(summary = "Add a comment to the case's history")
    ResponseEntity<AlertView> comment(@PathVariable String id, @RequestBody(required = false) Comment body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, Principal user) {
        return view(service.comment(id, user.getName(), body == null ? null : body.text(), version(ifMatch)));
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Resolve the case with a reason code (REBOOKED, EXPEDITED, CUSTOMER_INFORMED, ...)")
    ResponseEntity<AlertView> resolve(@PathVariable String id, @RequestBody(required = false) Resolution body,
                                      @RequestHeader(value = "If-Match", required = false) String ifMatch, Principal user) {
        return view(service.resolve(id, user.getName(), body == null ? null : body.reasonCode(),
                body == null ? null : body.comment(), version(ifMatch)));
    }

    @PostMapping("/acknowledge")
    @Operation(summary = "Acknowledge several cases at once (all or none)")
    List<AlertView> acknowledgeAll(@RequestBody(required = false) Bulk body, Principal user) {
        return service.acknowledgeAll(ids(body), user.getName()).stream().map(this::plain).toList();
    }

    @PostMapping("/assign")
    @Operation(summary = "Assign several cases to one operator at once (all or none)")
    List<AlertView> assignAll(@RequestBody(required = false) Bulk body, Principal user) {
        return service.assignAll(ids(body), user.getName(), body.assignee()).stream().map(this::plain).toList();
    }

    private AlertView plain(AlertRepository.Stored stored) {
        return AlertView.of(stored, alerts.shipmentReference(stored.alert().key().shipment().value()), clock.instant(),
                false);
    }

    private ResponseEntity<AlertView> view(AlertRepository.Stored stored) {
        AlertView view = AlertView.of(stored, alerts.shipmentReference(stored.alert().key().shipment().value()),
                clock.instant(), true);
        return ResponseEntity.ok().eTag("\"" + stored.version() + "\"").body(view);
    }

    private static List<String> ids(Bulk body) {
        if (body == null || body.ids() == null || body.ids().isEmpty()) {
            throw new InvalidRequestException(List.of(new FieldProblem("ids", "name at least one exception case")));
        }
        return body.ids();
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String digits = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("If-Match",
                    "'" + ifMatch + "' is not a version this server gave (an ETag like \"3\")")));
        }
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(List.of(new FieldProblem("until",
                    "'" + text + "' is not an ISO-8601 instant such as 2026-12-01T08:00:00Z")));
        }
    }

    private static List<String> list(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(out::add));
        }
        return out;
    }

    private static List<String> upper(List<String> values) {
        return values.stream().map(v -> v.toUpperCase(Locale.ROOT)).toList();
    }

    private static <E extends Enum<E>> List<String> names(List<String> values, String field, E[] allowed,
                                                          List<FieldProblem> problems) {
        List<String> out = new ArrayList<>();
        for (String v : list(values)) {
            String name = v.toUpperCase(Locale.ROOT);
            if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(name))) {
                problems.add(new FieldProblem(field, "'" + v + "' is not one of " + Arrays.toString(allowed)));
            } else {
                out.add(name);
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E one(String value, String field, Class<E> type, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "'" + value + "' is not one of "
                    + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
