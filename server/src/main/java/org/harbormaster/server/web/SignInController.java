package org.harbormaster.server.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security checks the form it posts to {@code /login}. */
@Controller
@OperatorPage
class SignInController {

    @GetMapping("/login")
    String signIn() {
        return "signin";
    }
}
