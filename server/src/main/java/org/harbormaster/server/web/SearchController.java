package org.harbormaster.server.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search box of every page: any reference (ours, a container number, a booking, a bill of lading, an air
 * waybill, a customer order) leads to the shipment's page when one shipment has it, to the list otherwise.
 */
@Controller
@OperatorPage
class SearchController {

    private final ShipmentRepository shipments;

    SearchController(ShipmentRepository shipments) {
        this.shipments = shipments;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q) {
        if (q == null || q.isBlank()) {
            return "redirect:/shipments";
        }
        List<String> found = shipments.referencesKnownBy(q, 2);
        if (found.size() == 1) {
            return "redirect:/shipments/" + encode(found.get(0));
        }
        return "redirect:/shipments?q=" + encode(q.strip());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
