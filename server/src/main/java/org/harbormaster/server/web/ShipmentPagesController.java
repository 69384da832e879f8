package org.harbormaster.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.server.shipments.ShipmentNotFoundException;
import org.harbormaster.server.shipments.ShipmentPage;
import org.harbormaster.server.shipments.ShipmentQuery;
import org.harbormaster.server.shipments.ShipmentRepository.InvalidCursorException;
import org.harbormaster.server.shipments.ShipmentService;
import org.harbormaster.shipment.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The shipment list with its filter bar, and the page of one shipment. */
@Controller
@OperatorPage
@RequestMapping("/shipments")
class ShipmentPagesController {

    static final int PAGE_SIZE = 100;
    static final int MAX_PAGE_SIZE = 500;

    private final ShipmentService shipments;
    private final Clock clock;

    ShipmentPagesController(ShipmentService shipments, Clock clock) {
        this.shipments = shipments;
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
        try {
            model.addAttribute("detail", ShipmentDetail.of(shipments.get(idOrReference), clock.instant()));
            return "shipments/detail";
        } catch (ShipmentNotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("wanted", idOrReference);
            return "shipments/not-found";
        }
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
