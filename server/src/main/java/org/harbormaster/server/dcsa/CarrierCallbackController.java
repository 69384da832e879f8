package org.harbormaster.server.dcsa;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.dcsa.DcsaSignature;
import org.harbormaster.server.inbox.Inbox;
import org.harbormaster.server.inbox.Receipt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The callback URL we give a carrier: {@code /dcsa/callback/{subscriptionId}}. No user logs in here; the
 * {@code Notification-Signature} (HMAC-SHA256 of the exact body with the secret of that subscription) is the
 * authentication. A signed body goes to the inbox as a DCSA message from the carrier, and the carrier gets
 * the 204 the spec asks for once it is durably stored. {@code HEAD} answers 204 for an active subscription,
 * so a carrier can check the URL before it registers it.
 */
@RestController
class CarrierCallbackController {

    private static final Logger log = LoggerFactory.getLogger(CarrierCallbackController.class);
    static final String PATH = "/dcsa/callback/{subscriptionId}";

    private final CarrierSubscriptionRepository subscriptions;
    private final Inbox inbox;

    CarrierCallbackController(CarrierSubscriptionRepository subscriptions, Inbox inbox) {
        this.subscriptions = subscriptions;
        this.inbox = inbox;
    }

    @RequestMapping(path = PATH, method = RequestMethod.HEAD)
    ResponseEntity<Void> check(@PathVariable("subscriptionId") String subscriptionId) {
        boolean active = subscription(subscriptionId).filter(CarrierSubscription::active).isPresent();
        return ResponseEntity.status(active ? HttpStatus.NO_CONTENT : HttpStatus.NOT_FOUND)
                .header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL).build();
    }

    @RequestMapping(path = PATH, method = RequestMethod.POST)
    ResponseEntity<?> notification(@PathVariable("subscriptionId") String subscriptionId,
                                   @RequestHeader(name = DcsaSignature.HEADER, required = false) String signature,
                                   @RequestBody(required = false) byte[] body, HttpServletRequest request) {
        Optional<CarrierSubscription> found = subscription(subscriptionId);
        if (found.isEmpty()) {
            return problem(HttpStatus.NOT_FOUND, "No such subscription",
                    "There is no carrier subscription " + subscriptionId + ".", request);
        }
        CarrierSubscription subscription = found.get();
        if (signature == null || signature.isBlank()) {
            return problem(HttpStatus.UNAUTHORIZED, "Signature required",
                    "Sign the body: Notification-Signature: sha256=<hex HMAC-SHA256 of the body>.", request);
        }
        byte[] content = body == null ? new byte[0] : body;
        byte[] secret = subscriptions.secretOf(subscription.id()).orElseThrow();
        if (!DcsaSignature.verify(content, signature, secret)) {
            log.warn("Rejected a notification for carrier subscription {} ({}): the signature does not verify",
                    subscription.id(), subscription.carrierCode());
            return problem(HttpStatus.FORBIDDEN, "Signature does not verify",
                    "The Notification-Signature is not the HMAC-SHA256 of this body with this subscription's secret.",
                    request);
        }
        if (!subscription.active()) {
            return problem(HttpStatus.GONE, "Subscription ended",
                    "Carrier subscription " + subscriptionId + " is no longer active; stop sending to it.", request);
        }
        if (content.length == 0) {
            return problem(HttpStatus.BAD_REQUEST, "Empty notification", "The body must be the array of events.",
                    request);
        }
        Receipt receipt = inbox.receiveAndProcess(EventFormat.DCSA, subscription.carrierCode(), content);
        log.debug("Carrier {} notified {} bytes: inbox message {}{}", subscription.carrierCode(), content.length,
                receipt.message().id(), receipt.duplicate() ? " (a duplicate)" : "");
        return ResponseEntity.noContent().header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL).build();
    }

    private Optional<CarrierSubscription> subscription(String id) {
        try {
            return subscriptions.find(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail,
                                                         HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
