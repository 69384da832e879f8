package org.harbormaster.server.dcsa;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of our DCSA API that sent no credentials (401) or may not do this (403) gets DCSA's error body,
 * like every other error of those endpoints. (Wrong credentials are refused earlier, by the Basic and token
 * filters, with the API's usual problem JSON.)
 */
public final class DcsaAccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    /** The DCSA endpoints we publish; API clients authenticate as on /api/**. */
    public static final String[] PUBLISHED_PATHS = {
            "/v2/events", "/v2/events/**", "/v2/event-subscriptions", "/v2/event-subscriptions/**"};
    /** Where carriers push events: authenticated by the Notification-Signature, not by a user. */
    public static final String CALLBACK_PATHS = "/dcsa/callback/**";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String realm;
    private final Clock clock;

    public DcsaAccessProblems(String realm, Clock clock) {
        this.realm = realm;
        this.clock = clock;
    }

    public static RequestMatcher publishedApi() {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(java.util.Arrays.stream(PUBLISHED_PATHS).map(paths::matcher)
                .map(RequestMatcher.class::cast).toList());
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + realm + "\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "unauthorized",
                "Authentication is required: send HTTP Basic credentials or an API token (Authorization: Bearer).");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this request.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String reason,
                       String message) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(DcsaApiVersion.HEADER, DcsaApiVersion.FULL);
        response.getWriter().write(JSON.writeValueAsString(DcsaError.of(request, status, reason, message, clock)));
    }
}
