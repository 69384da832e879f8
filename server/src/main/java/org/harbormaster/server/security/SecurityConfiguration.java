package org.harbormaster.server.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.harbormaster.server.dcsa.DcsaAccessProblems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call what. Browsers log in with the form and keep a session (with CSRF protection); machines
 * send HTTP Basic or an API token on every request and are exempt from CSRF. Under {@code /api/**},
 * reading needs any role, changing needs OPERATOR or ADMIN, and managing users needs ADMIN. The DCSA
 * Track &amp; Trace API we publish ({@code /v2/events}, {@code /v2/event-subscriptions}) is for API clients
 * of any role, with DCSA-shaped errors; the DCSA callback carriers push to ({@code /dcsa/callback/**}) is
 * authenticated by each request's HMAC signature in the dcsa package, not by a user, so it is open here.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Reachable without logging in. */
    static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
            "/swagger-ui.html", "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico",
            "/images/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with the {bcrypt} prefix stored so that the algorithm can change later.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokenService tokens, JsonMapper json, Clock clock) {
        ApiAuthenticationProblems problems = new ApiAuthenticationProblems(json);
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        RequestMatcher machineCallToApi = new AndRequestMatcher(api, SecurityConfiguration::carriesCredentials);
        DcsaAccessProblems dcsaProblems = new DcsaAccessProblems(ApiAuthenticationProblems.REALM, clock);
        RequestMatcher dcsaApi = DcsaAccessProblems.publishedApi();
        RequestMatcher dcsaCallback = PathPatternRequestMatcher.withDefaults().matcher(DcsaAccessProblems.CALLBACK_PATHS);
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(dcsaCallback).permitAll()
                        .requestMatchers(DcsaAccessProblems.PUBLISHED_PATHS).hasAnyRole(Role.ANY)
                        .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(Role.ADMIN.name())
                        // Anyone may manage their own tokens; ApiTokenService checks ownership.
                        .requestMatchers("/api/v1/tokens", "/api/v1/tokens/*").hasAnyRole(Role.ANY)
                        .requestMatchers("/api/v1/tokens/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/**").hasAnyRole(Role.ANY)
                        .requestMatchers(HttpMethod.HEAD, "/api/**").hasAnyRole(Role.ANY)
                        .requestMatchers("/api/**").hasAnyRole(Role.ADMIN.name(), Role.OPERATOR.name())
                        // The operator's pages: anyone signed in reads them, only operators act on them.
                        .requestMatchers(HttpMethod.POST, "/queue/scope").authenticated()
                        .requestMatchers(HttpMethod.POST, "/queue/**", "/shipments/**", "/messages/**")
                        .hasAnyRole(Role.ADMIN.name(), Role.OPERATOR.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/"))
                .requestCache(cache -> cache.requestCache(pagesToReturnToAfterLogin(new OrRequestMatcher(api, dcsaApi))))
                .httpBasic(basic -> basic.realmName(ApiAuthenticationProblems.REALM).authenticationEntryPoint(problems))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .csrf(csrf -> csrf.ignoringRequestMatchers(machineCallToApi, dcsaCallback,
                        new AndRequestMatcher(dcsaApi, SecurityConfiguration::carriesCredentials)))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(dcsaProblems, dcsaApi)
                        .defaultAccessDeniedHandlerFor(dcsaProblems, dcsaApi)
                        .defaultAuthenticationEntryPointFor(problems, api)
                        .defaultAccessDeniedHandlerFor(problems, api))
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, problems), BasicAuthenticationFilter.class);
        return http.build();
    }

    /** Only pages are remembered for after the login; an API call is answered 401 and leaves no session. */
    private static HttpSessionRequestCache pagesToReturnToAfterLogin(RequestMatcher api) {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(new AndRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/**"),
                new NegatedRequestMatcher(api)));
        return cache;
    }

    /** Basic and Bearer credentials travel with each request, so a forged cross-site request cannot carry them. */
    private static boolean carriesCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null
                && (authorization.regionMatches(true, 0, "Basic ", 0, 6)
                        || authorization.regionMatches(true, 0, "Bearer ", 0, 7));
    }
}
