package org.harbormaster.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harbormaster.event.EventFormat;
import org.harbormaster.exception.ResolutionCode;
import org.harbormaster.money.demurrage.TariffBook;
import org.harbormaster.server.exceptions.AlertConflictException;
import org.harbormaster.server.exceptions.AlertNotFoundException;
import org.harbormaster.server.exceptions.AlertService;
import org.harbormaster.server.inbox.EventHistory;
import org.harbormaster.server.inbox.Inbox;
import org.harbormaster.server.inbox.InboxMessage;
import org.harbormaster.server.inbox.Receipt;
import org.harbormaster.server.prediction.ShipmentPredictions;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.server.shipments.ShipmentNotFoundException;
import org.harbormaster.server.shipments.ShipmentNotes;
import org.harbormaster.server.shipments.ShipmentPage;
import org.harbormaster.server.shipments.ShipmentQuery;
import org.harbormaster.server.shipments.ShipmentRepository.InvalidCursorException;
import org.harbormaster.server.shipments.ShipmentService;
import org.harbormaster.server.shipments.ShipmentView;
import org.harbormaster.server.shipments.StaleShipmentException;
import org.harbormaster.shipment.FieldProblem;
import org.harbormaster.shipment.InvalidShipmentException;
import org.harbormaster.shipment.Shipment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shipment list with its filter bar, and the page of one shipment: its facts, a timeline of plan, prediction
 * and actuals, its exceptions, the event log with sources, costs and free time, notes; and the operator's actions
 * on it (acknowledge, resolve, re-plan a leg, record an event by hand, add a note), each answered with the page.
 */
@Controller
@OperatorPage
@RequestMapping("/shipments")
class ShipmentPagesController {

    static final int PAGE_SIZE = 100;
    static final int EVENT_ROWS = 200;
    static final int MAX_PAGE_SIZE = 500;

    private final ShipmentService shipments;
    private final ShipmentPredictions predictions;
    private final AlertService cases;
    private final EventHistory events;
    private final ShipmentNotes notes;
    private final Inbox inbox;
    private final TariffBook tariffs = TariffBook.standard();
    private final Clock clock;

    ShipmentPagesController(ShipmentService shipments, ShipmentPredictions predictions, AlertService cases,
                            EventHistory events, ShipmentNotes notes, Inbox inbox, Clock clock) {
        this.shipments = shipments;
        this.predictions = predictions;
        this.cases = cases;
        this.events = events;
        this.notes = notes;
        this.inbox = inbox;
        this.clock = clock;
    }

    @ModelAttribute("choices")
    FilterChoices choices() {
        return FilterChoices.INSTANCE;
    }

    @GetMapping
    String list(@ModelAttribute("filter") ShipmentFilter filter, @RequestParam(required = false) String cursor,
                @RequestParam(required = false) String limit, Model model) {
        model.addAttribute("rows", List.of());
        model.addAttribute("continued", cursor != null && !cursor.isBlank());
        try {
            int size = pageSize(limit);
            ShipmentQuery query = filter.toQuery();
            ShipmentPage page = shipments.list(query, cursor == null || cursor.isBlank() ? null : cursor, size);
            Instant now = clock.instant();
            model.addAttribute("rows", page.items().stream().map(s -> ShipmentRow.of(s, now)).toList());
            Integer explicitSize = size == PAGE_SIZE ? null : size;
            if (page.nextCursor() != null) {
                model.addAttribute("nextPage", filter.url(explicitSize, page.nextCursor()));
            }
            model.addAttribute("firstPage", filter.url(explicitSize, null));
        } catch (InvalidRequestException e) {
            model.addAttribute("problems", e.problems());
        } catch (InvalidCursorException e) {
            model.addAttribute("problems", List.of(new FieldProblem("Page link",
                    "is not one this server handed out (it may be from an older version); start again from the first page")));
            model.addAttribute("firstPage", filter.url(null, null));
        }
        return "shipments/list";
    }

    @GetMapping("/{idOrReference}")
    String detail(@PathVariable String idOrReference, Model model, HttpServletResponse response) {
        Shipment shipment;
        try {
            shipment = shipments.get(idOrReference);
        } catch (ShipmentNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("wanted", idOrReference);
            return "shipments/not-found";
        }
        Instant now = clock.instant();
        UUID id = shipment.id().value();
        ShipmentView view = ShipmentView.of(shipment);
        predictions.latestFor(shipment).ifPresent(p -> model.addAttribute("prediction", p));
        ShipmentView.PredictionView prediction = (ShipmentView.PredictionView) model.getAttribute("prediction");
        ShipmentView withPrediction = prediction == null ? view : view.withPrediction(prediction);
        Map<String, Instant> medians = new HashMap<>();
        Map<String, ShipmentView.PredictedMilestoneView> byKey = new HashMap<>();
        if (prediction != null) {
            prediction.milestones().forEach(p -> {
                medians.put(p.key(), Instant.parse(p.p50().utc()));
                byKey.put(p.key(), p);
            });
        }
        model.addAttribute("detail", ShipmentDetail.of(shipment, now));
        model.addAttribute("predicted", byKey);
        model.addAttribute("timeline", ShipmentTimeline.of(withPrediction, now));
        model.addAttribute("cases", cases.casesOf(id));
        model.addAttribute("events", events.ofShipment(id, EVENT_ROWS));
        model.addAttribute("eventRows", EVENT_ROWS);
        model.addAttribute("notes", notes.of(id));
        model.addAttribute("freeTime", FreeTimeLine.of(shipment, medians, tariffs, now));
        model.addAttribute("reasons", Arrays.stream(ResolutionCode.values()).map(Enum::name).toList());
        return "shipments/detail";
    }

    @PostMapping("/{reference}/notes")
    String addNote(@PathVariable String reference, @RequestParam(required = false) String text, Principal user,
                   RedirectAttributes flash) {
        Shipment shipment = shipments.get(reference);
        try {
            notes.add(shipment.id().value(), user.getName(), text, clock.instant());
            flash.addFlashAttribute("done", "Note added.");
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("failed", e.getMessage());
        }
        return back(shipment, "notes");
    }

    @PostMapping("/{reference}/cases/{caseId}/acknowledge")
    String acknowledge(@PathVariable String reference, @PathVariable String caseId, Principal user,
                       RedirectAttributes flash) {
        Shipment shipment = shipments.get(reference);
        act(flash, "Exception acknowledged.", () -> cases.acknowledge(caseId, user.getName(), null, null));
        return back(shipment, "exceptions");
    }

    @PostMapping("/{reference}/cases/{caseId}/resolve")
    String resolve(@PathVariable String reference, @PathVariable String caseId,
                   @RequestParam(required = false) String reasonCode, @RequestParam(required = false) String comment,
                   Principal user, RedirectAttributes flash) {
        Shipment shipment = shipments.get(reference);
        act(flash, "Exception resolved.", () -> cases.resolve(caseId, user.getName(), reasonCode,
                comment == null || comment.isBlank() ? null : comment.strip(), null));
        return back(shipment, "exceptions");
    }

    /** Moves one leg's planned start and end (entered in the local time of where it starts and ends). */
    @PostMapping("/{reference}/replan")
    String replan(@PathVariable String reference, @RequestParam(required = false) Integer leg,
                  @RequestParam(required = false) String start, @RequestParam(required = false) String end,
                  @RequestParam(required = false) Long version, RedirectAttributes flash) {
        Shipment shipment = shipments.get(reference);
        act(flash, "Leg " + leg + " re-planned; predictions and exceptions follow.",
                () -> shipments.replan(reference, LegReplan.change(ShipmentView.of(shipment), leg, start, end), version));
        return back(shipment, "plan");
    }

    /** Records a milestone by hand: stored in the inbox like any carrier's message, then applied the same way. */
    @PostMapping("/{reference}/events")
    String addEvent(@PathVariable String reference, @RequestParam(required = false) String milestone,
                    @RequestParam(required = false) String kind, @RequestParam(required = false) String time,
                    @RequestParam(required = false) String note, Principal user, RedirectAttributes flash) {
        Shipment shipment = shipments.get(reference);
        try {
            ManualEvent event = ManualEvent.of(shipment, milestone, kind, time, note);
            Receipt receipt = inbox.receiveAndProcess(EventFormat.UI, user.getName(), event.json());
            InboxMessage m = receipt.message();
            if (m.failures() != null && !m.failures().isEmpty()) {
                flash.addFlashAttribute("failed", "The event was not accepted: " + m.failures().get(0).reason());
            } else {
                flash.addFlashAttribute("done", event.describe() + " recorded (inbox message " + m.id() + ").");
            }
        } catch (IllegalArgumentException e) {
            flash.addFlashAttribute("failed", e.getMessage());
        }
        return back(shipment, "events");
    }

    private static void act(RedirectAttributes flash, String done, Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("done", done);
        } catch (InvalidRequestException e) {
            flash.addFlashAttribute("failed", describe(e.problems()));
        } catch (InvalidShipmentException e) {
            flash.addFlashAttribute("failed", describe(e.problems()));
        } catch (AlertConflictException | AlertNotFoundException | StaleShipmentException | IllegalArgumentException e) {
            flash.addFlashAttribute("failed", e.getMessage());
        }
    }

    private static String describe(List<FieldProblem> problems) {
        return problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; "));
    }

    private static String back(Shipment shipment, String section) {
        return "redirect:/shipments/" + shipment.reference() + "#" + section;
    }

    private static int pageSize(String limit) {
        if (limit == null || limit.isBlank()) {
            return PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(limit.strip());
            if (size >= 1 && size <= MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, like an out-of-range number
        }
        throw new InvalidRequestException(List.of(new FieldProblem("Rows per page",
                "'" + limit + "' is not a number from 1 to " + MAX_PAGE_SIZE)));
    }
}
