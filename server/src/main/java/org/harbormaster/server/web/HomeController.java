package org.harbormaster.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: the operator's work queue. */
@Controller
@OperatorPage
class HomeController {

    @GetMapping("/")
    String home() {
        return "redirect:/queue";
    }
}
