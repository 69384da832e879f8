package org.harbormaster.server.dcsa;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.Principal;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.harbormaster.identity.Scac;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.shipment.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Registering the carriers that send us DCSA events ({@code /api/v1/dcsa/carrier-subscriptions}). We
 * generate the shared secret and show it once, in the answer to the registration, with the callback URL to
 * give the carrier; listings never show it again. A poll of the carrier can be started here too.
 */
@RestController
@RequestMapping("/api/v1/dcsa/carrier-subscriptions")
class CarrierSubscriptionController {

    static final int SECRET_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CarrierSubscriptionRepository subscriptions;
    private final DcsaPullClient pullClient;
    private final Clock clock;

    CarrierSubscriptionController(CarrierSubscriptionRepository subscriptions, DcsaPullClient pullClient, Clock clock) {
        this.subscriptions = subscriptions;
        this.pullClient = pullClient;
        this.clock = clock;
    }

    /** What an operator sends: the carrier's SCAC and the root of its DCSA API (for polling). */
    record Registration(String carrier, String baseUrl) {
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> register(@RequestBody Registration registration, Principal user) {
        List<FieldProblem> problems = new ArrayList<>();
        Scac carrier = Scac.parse(registration.carrier() == null ? "" : registration.carrier()).value().orElse(null);
        if (carrier == null) {
            problems.add(new FieldProblem("carrier", "must be the carrier's SCAC, 2 to 4 letters"));
        }
        URI baseUrl = baseUrl(registration.baseUrl(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        CarrierSubscription subscription = new CarrierSubscription(UUID.randomUUID(), carrier.value(), baseUrl,
                clock.instant(), user.getName(), true, null, null);
        subscriptions.insert(subscription, secret);
        Map<String, Object> body = view(subscription);
        body.put("secret", Base64.getEncoder().encodeToString(secret));
        return ResponseEntity.created(URI.create("/api/v1/dcsa/carrier-subscriptions/" + subscription.id()))
                .body(body);
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return subscriptions.list().stream().map(CarrierSubscriptionController::view).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable("id") String id) {
        return find(id).<ResponseEntity<?>>map(s -> ResponseEntity.ok(view(s))).orElseGet(() -> notFound(id));
    }

    /** Ends the subscription: its callback answers 410 Gone from now on, and it is no longer polled. */
    @DeleteMapping("/{id}")
    ResponseEntity<?> deactivate(@PathVariable("id") String id) {
        return find(id).<ResponseEntity<?>>map(s -> {
            subscriptions.deactivate(s.id());
            return ResponseEntity.noContent().build();
        }).orElseGet(() -> notFound(id));
    }

    /** Polls the carrier now, and answers what the poll brought in. */
    @PostMapping("/{id}/poll")
    ResponseEntity<?> poll(@PathVariable("id") String id) {
        var found = find(id);
        if (found.isEmpty()) {
            return notFound(id);
        }
        if (!found.get().active()) {
            return problem(HttpStatus.CONFLICT, "Subscription ended", "Carrier subscription " + id
                    + " is no longer active.");
        }
        try {
            return ResponseEntity.ok(pullClient.poll(found.get()).toJson());
        } catch (DcsaPullClient.PollFailedException e) {
            return problem(HttpStatus.BAD_GATEWAY, "The carrier's API failed", e.getMessage());
        }
    }

    private java.util.Optional<CarrierSubscription> find(String id) {
        try {
            return subscriptions.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static Map<String, Object> view(CarrierSubscription subscription) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", subscription.id().toString());
        view.put("carrier", subscription.carrierCode());
        view.put("baseUrl", subscription.baseUrl().toString());
        view.put("callbackUrl", ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/dcsa/callback/{id}").buildAndExpand(subscription.id()).toUriString());
        view.put("active", subscription.active());
        view.put("createdAt", subscription.createdAt().toString());
        view.put("createdBy", subscription.createdBy());
        view.put("lastEventCreatedDateTime", subscription.lastEventCreatedAt() == null ? null
                : subscription.lastEventCreatedAt().toString());
        view.put("lastPolledAt", subscription.lastPolledAt() == null ? null : subscription.lastPolledAt().toString());
        return view;
    }

    private static URI baseUrl(String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("baseUrl", "is required: the root of the carrier's DCSA API"));
            return null;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        problems.add(new FieldProblem("baseUrl", "must be an absolute http or https URL"));
        return null;
    }

    private static ResponseEntity<ProblemDetail> notFound(String id) {
        return problem(HttpStatus.NOT_FOUND, "Carrier subscription not found", "There is no carrier subscription "
                + id + ".");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
