package org.harbormaster.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.harbormaster.server.inbox.DataQualityReports;
import org.harbormaster.server.inbox.EventHistory;
import org.harbormaster.server.inbox.Inbox;
import org.harbormaster.server.inbox.InboxMessage;
import org.harbormaster.server.inbox.MessageStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Data quality for the operators: quarantined messages with the reason and a button to process them again, events
 * that wait for a shipment, findings per source over the last 30 days; and any inbox message with its raw content.
 */
@Controller
@OperatorPage
class DataQualityPagesController {

    static final Duration PERIOD = Duration.ofDays(30);
    static final int ROWS = 100;

    private final DataQualityReports reports;
    private final EventHistory events;
    private final Inbox inbox;
    private final Clock clock;

    DataQualityPagesController(DataQualityReports reports, EventHistory events, Inbox inbox, Clock clock) {
        this.reports = reports;
        this.events = events;
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping("/data-quality")
    String dataQuality(Model model) {
        model.addAttribute("report", reports.since(clock.instant().minus(PERIOD)));
        model.addAttribute("quarantined", inbox.list(MessageStatus.QUARANTINED, null, null, ROWS));
        model.addAttribute("waiting", events.waiting(ROWS));
        model.addAttribute("waitingCount", events.waitingCount());
        model.addAttribute("rows", ROWS);
        return "data-quality/overview";
    }

    @GetMapping("/messages/{id}")
    String message(@PathVariable long id, Model model, HttpServletResponse response) {
        Optional<InboxMessage> message = inbox.find(id);
        if (message.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("status", 404);
            return "error";
        }
        model.addAttribute("m", message.get());
        model.addAttribute("raw", inbox.content(id, false).map(b -> new String(b, StandardCharsets.UTF_8)).orElse(""));
        return "data-quality/message";
    }

    @PostMapping("/messages/{id}/replay")
    String replay(@PathVariable long id, Principal user, RedirectAttributes flash) {
        inbox.replay(id, null, user.getName()).ifPresentOrElse(
                m -> flash.addFlashAttribute("done", "Processed again: now " + m.status().name().toLowerCase()
                        + (m.failures().isEmpty() ? "." : ", " + m.failures().size() + " failure(s) remain.")),
                () -> flash.addFlashAttribute("failed", "There is no message " + id + "."));
        return "redirect:/messages/" + id;
    }
}
