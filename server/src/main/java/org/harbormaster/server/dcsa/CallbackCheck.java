package org.harbormaster.server.dcsa;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.springframework.stereotype.Component;

/**
 * Before a subscription is accepted, its callback URL must answer a HEAD request with a 2xx, as the DCSA
 * Subscription Callback API has publishers check: a subscriber learns of a wrong URL at once, not from
 * notifications that never arrive.
 */
@Component
class CallbackCheck {

    private final HttpClient http;
    private final DcsaProperties properties;

    CallbackCheck(HttpClient dcsaHttpClient, DcsaProperties properties) {
        this.http = dcsaHttpClient;
        this.properties = properties;
    }

    void requireReachable(URI callbackUrl) {
        if (!properties.checkCallbackUrl()) {
            return;
        }
        HttpRequest head = HttpRequest.newBuilder(callbackUrl).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(properties.httpTimeout()).header(DcsaApiVersion.HEADER, DcsaApiVersion.FULL).build();
        int status;
        try {
            status = http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw DcsaRequestException.invalidInput("callbackUrl could not be reached with a HEAD request: "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DcsaRequestException.invalidInput("callbackUrl check was interrupted");
        }
        if (status < 200 || status > 299) {
            throw DcsaRequestException.invalidInput("callbackUrl answered a HEAD request with " + status
                    + "; it must answer 2xx (204 No Content)");
        }
    }
}
