package org.harbormaster.server.dcsa;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * The error body DCSA T&amp;T 2.2 defines ({@code components/schemas/error}): the method and URI of the
 * request, the status as number and text, when, and at least one {@code {reason, message}}.
 */
final class DcsaError {

    private DcsaError() {
    }

    static Map<String, Object> of(HttpServletRequest request, HttpStatus status, String reason, String message,
                                  Clock clock) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("httpMethod", request.getMethod());
        error.put("requestUri", requestUri(request));
        error.put("statusCode", status.value());
        error.put("statusCodeText", status.getReasonPhrase());
        error.put("errorDateTime", PublishedEventJson.utc(clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        error.put("errors", List.of(Map.of("reason", reason, "message", message)));
        return error;
    }

    private static String requestUri(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }
}
