package org.harbormaster.server.web;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every operator page ({@link OperatorPage}) shares: who is logged in (for the top bar), and a readable page instead
 * of the API's problem JSON when something goes wrong. Ordered first so that it, not the API's handler,
 * answers for the pages.
 */
@ControllerAdvice(annotations = OperatorPage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WebPages {

    private static final Logger log = LoggerFactory.getLogger(WebPages.class);

    @ModelAttribute("currentUser")
    String currentUser(Principal user) {
        return user == null ? null : user.getName();
    }

    /** A browser that closed a live-update stream: nobody is left to answer. */
    @ExceptionHandler(AsyncRequestNotUsableException.class)
    void browserGone() {
        // nothing to render
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response, Principal user) {
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            response.setStatus(known.getStatusCode().value());
            model.addAttribute("incident", null);
        } else {
            String incident = UUID.randomUUID().toString();
            log.error("Unexpected error on a page, incident {}", incident, e);
            response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
            model.addAttribute("incident", incident);
        }
        model.addAttribute("status", response.getStatus());
        model.addAttribute("currentUser", currentUser(user));
        return "error";
    }
}
