package org.harbormaster.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: today the shipment list; the operator's workspace will take its place. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/shipments";
    }
}
