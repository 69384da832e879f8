package org.harbormaster.server.dcsa;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Errors of the DCSA endpoints we publish, in DCSA's error shape (not the RFC 9457 problems of the rest of
 * the API), with the API-Version header every DCSA response carries.
 */
@RestControllerAdvice(assignableTypes = {DcsaEventsController.class, EventSubscriptionController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class DcsaErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(DcsaErrorAdvice.class);

    private final Clock clock;

    DcsaErrorAdvice(Clock clock) {
        this.clock = clock;
    }

    @ExceptionHandler(DcsaRequestException.class)
    ResponseEntity<Map<String, Object>> refused(DcsaRequestException e, HttpServletRequest request) {
        return respond(request, e.status(), e.reason(), e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception e, HttpServletRequest request) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected error in {} {}, incident {}", request.getMethod(), request.getRequestURI(), incident, e);
        return respond(request, HttpStatus.INTERNAL_SERVER_ERROR, "internalError",
                "Something went wrong on our side; quote incident " + incident + " when reporting it.");
    }

    private ResponseEntity<Map<String, Object>> respond(HttpServletRequest request, HttpStatus status, String reason,
                                                        String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL)
                .body(DcsaError.of(request, status, reason, message, clock));
    }
}
