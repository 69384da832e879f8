package org.harbormaster.server.exceptions;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.harbormaster.exception.ResolutionCode;
import org.harbormaster.exception.RuleCode;
import org.harbormaster.exception.Severity;
import org.harbormaster.server.security.UserService;
import org.harbormaster.server.security.WorkScope;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.server.shipments.ShipmentRepository.InvalidCursorException;
import org.harbormaster.server.web.OperatorPage;
import org.harbormaster.shipment.FieldProblem;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The operator's work queue page: cases ranked by priority in the user's scope, with their SLA countdown and the
 * money at risk; filters remembered per user; acknowledge, assign and resolve inline (htmx swaps the row), in bulk
 * for the selected rows; and live updates over server-sent events.
 */
@Controller
@OperatorPage
@RequestMapping("/queue")
class QueuePagesController {

    static final int ROWS = 100;

    private final AlertService service;
    private final AlertRepository alerts;
    private final UserService users;
    private final QueueUpdates updates;
    private final Clock clock;

    QueuePagesController(AlertService service, AlertRepository alerts, UserService users, QueueUpdates updates,
                         Clock clock) {
        this.service = service;
        this.alerts = alerts;
        this.users = users;
        this.updates = updates;
        this.clock = clock;
    }

    @ModelAttribute("choices")
    Map<String, List<String>> choices() {
        return Map.of(
                "severity", Arrays.stream(Severity.values()).map(Enum::name).toList(),
                "rule", Arrays.stream(RuleCode.values()).map(Enum::name).toList(),
                "sla", Arrays.stream(AlertQuery.SlaState.values()).map(Enum::name).toList(),
                "status", Arrays.stream(AlertQuery.Status.values()).map(Enum::name).toList(),
                "reason", Arrays.stream(ResolutionCode.values()).map(Enum::name).toList());
    }

    /**
     * The options of every row's "resolve as" list, rendered once: a hundred rows times ten reasons would otherwise
     * be a thousand template expressions per page. Reason codes are enum names and labels plain words.
     */
    @ModelAttribute("reasonOptions")
    String reasonOptions() {
        return REASON_OPTIONS;
    }

    private static final String REASON_OPTIONS = Arrays.stream(ResolutionCode.values())
            .map(r -> "<option value=\"" + r.name() + "\">" + words(r.name()) + "</option>")
            .collect(java.util.stream.Collectors.joining());

    private static String words(String name) {
        String s = name.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @ModelAttribute("ruleTitles")
    Map<String, String> ruleTitles() {
        return Arrays.stream(RuleCode.values()).collect(java.util.stream.Collectors.toMap(Enum::name, RuleCode::title));
    }

    /**
     * Without a query string, the filters the user last used, else the user's region and team; with one, those
     * filters, remembered for next time.
     */
    @GetMapping
    String queue(@ModelAttribute("filter") QueueFilter filter, @RequestParam(required = false) String cursor,
                 HttpServletRequest request, Principal user, Model model) {
        WorkScope scope = users.scopeOf(user.getName());
        if (request.getQueryString() == null || request.getQueryString().isBlank()) {
            String start = scope.queueFilters() != null ? scope.queueFilters()
                    : QueueFilter.scope(scope.region(), scope.team()).queryString();
            return "redirect:/queue?" + start;
        }
        if (cursor == null && !filter.queryString().equals(scope.queueFilters())) {
            users.rememberQueueFilters(user.getName(), filter.queryString());
        }
        model.addAttribute("scope", scope);
        model.addAttribute("places", places(now()));
        rows(filter, cursor, model);
        return "exceptions/queue";
    }

    /** The rows alone, for the live update and after bulk actions. */
    @GetMapping("/rows")
    String rowsOnly(@ModelAttribute("filter") QueueFilter filter, Model model) {
        rows(filter, null, model);
        return "exceptions/queue :: rows";
    }

    @GetMapping(value = "/updates", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter updates() {
        return updates.listen();
    }

    @PostMapping("/{id}/acknowledge")
    String acknowledge(@PathVariable String id, Principal user, Model model) {
        return act(id, model, () -> service.acknowledge(id, user.getName(), null, null));
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable String id, @RequestParam(required = false) String assignee, Principal user,
                  Model model) {
        return act(id, model, () -> service.assign(id, user.getName(), assignee, null, null));
    }

    @PostMapping("/{id}/resolve")
    String resolve(@PathVariable String id, @RequestParam(required = false) String reasonCode,
                   @RequestParam(required = false) String comment, Principal user, Model model) {
        return act(id, model, () -> service.resolve(id, user.getName(), reasonCode, blankToNull(comment), null));
    }

    /** Bulk: the selected rows ({@code ids}), then the queue's rows again. */
    @PostMapping("/acknowledge")
    String acknowledgeAll(@ModelAttribute("filter") QueueFilter filter,
                          @RequestParam(name = "ids", required = false) List<String> ids, Principal user, Model model) {
        return bulk(filter, ids, model, () -> service.acknowledgeAll(ids, user.getName()));
    }

    @PostMapping("/assign")
    String assignAll(@ModelAttribute("filter") QueueFilter filter,
                     @RequestParam(name = "ids", required = false) List<String> ids,
                     @RequestParam(required = false) String assignee, Principal user, Model model) {
        return bulk(filter, ids, model, () -> service.assignAll(ids, user.getName(), assignee));
    }

    /** Makes the given region and team the user's default scope, and shows that queue. */
    @PostMapping("/scope")
    String saveScope(@RequestParam(required = false) String region, @RequestParam(required = false) String team,
                     Principal user) {
        users.setScope(user.getName(), region, team);
        QueueFilter scoped = QueueFilter.scope(region, team);
        users.rememberQueueFilters(user.getName(), scoped.queryString());
        return "redirect:/queue?" + scoped.queryString();
    }

    /**
     * The regions and teams of the filter lists, read at most every {@link #PLACES_TTL}: with tens of thousands of
     * open cases the two DISTINCTs cost more than the rows themselves, and they change with the book, not by the
     * second.
     */
    private Map<String, List<String>> places(Instant now) {
        Places known = places;
        if (known == null || known.readAt().plus(PLACES_TTL).isBefore(now)) {
            known = new Places(alerts.activeRegionsAndTeams(), now);
            places = known;
        }
        return known.lists();
    }

    private record Places(Map<String, List<String>> lists, Instant readAt) {
    }

    static final java.time.Duration PLACES_TTL = java.time.Duration.ofSeconds(30);

    private volatile Places places;

    private Instant now() {
        return clock.instant();
    }

    private void rows(QueueFilter filter, String cursor, Model model) {
        Instant now = clock.instant();
        model.addAttribute("now", now);
        model.addAttribute("rows", List.of());
        try {
            AlertQueue.Page page = service.queue(filter.toQuery(), blankToNull(cursor), ROWS);
            model.addAttribute("rows", page.entries().stream().map(e -> CaseLine.of(
                    AlertView.of(e.row().stored(List.of()), e.shipmentReference(), now, false), now)).toList());
            model.addAttribute("next", page.next());
        } catch (InvalidCursorException e) {
            model.addAttribute("problem", "That page link is out of date; showing the first page.");
        }
    }

    private interface Action {
        AlertRepository.Stored run();
    }

    private String act(String id, Model model, Action action) {
        Instant now = clock.instant();
        CaseLine line;
        try {
            line = line(action.run(), now);
        } catch (AlertConflictException e) {
            line = line(service.get(id), now).withProblem(e.getMessage());
        } catch (InvalidRequestException e) {
            line = line(service.get(id), now).withProblem(describe(e.problems()));
        }
        model.addAttribute("rows", List.of(line));
        model.addAttribute("now", now);
        return "exceptions/queue :: row";
    }

    private String bulk(QueueFilter filter, List<String> ids, Model model, Runnable action) {
        if (ids == null || ids.isEmpty()) {
            model.addAttribute("bulkProblem", "Select at least one case (x or the row's checkbox) first.");
        } else {
            try {
                action.run();
                model.addAttribute("bulkDone", ids.size() + (ids.size() == 1 ? " case" : " cases") + " updated.");
            } catch (AlertConflictException e) {
                model.addAttribute("bulkProblem", "Nothing changed: " + e.getMessage());
            } catch (InvalidRequestException e) {
                model.addAttribute("bulkProblem", "Nothing changed: " + describe(e.problems()));
            }
        }
        rows(filter, null, model);
        return "exceptions/queue :: rows";
    }

    private CaseLine line(AlertRepository.Stored stored, Instant now) {
        return CaseLine.of(AlertView.of(stored, alerts.shipmentReference(stored.alert().key().shipment().value()), now,
                false), now);
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + " " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
