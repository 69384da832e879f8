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
 * notifications that never arrive. And, unless allowed by {@code harbormaster.dcsa.allow-private-callbacks},
 * a callback must not point into our own network (loopback, private, link-local or multicast addresses):
 * a subscription is no way to make this server send requests to its neighbours.
 */
@Component
class CallbackCheck {

    private final HttpClient http;
    private final DcsaProperties properties;
    private final boolean allowPrivate;

    CallbackCheck(HttpClient dcsaHttpClient, DcsaProperties properties,
                  @org.springframework.beans.factory.annotation.Value("${harbormaster.dcsa.allow-private-callbacks:false}")
                  boolean allowPrivate) {
        this.http = dcsaHttpClient;
        this.properties = properties;
        this.allowPrivate = allowPrivate;
    }

    void requireReachable(URI callbackUrl) {
        requirePublic(callbackUrl);
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

    /** Refuses a callback whose host resolves to an address of our own network, unless allowed. */
    void requirePublic(URI callbackUrl) {
        if (allowPrivate) {
            return;
        }
        String host = callbackUrl.getHost();
        if (host == null) {
            throw DcsaRequestException.invalidInput("callbackUrl has no host");
        }
        java.net.InetAddress[] addresses;
        try {
            addresses = java.net.InetAddress.getAllByName(host);
        } catch (java.net.UnknownHostException e) {
            throw DcsaRequestException.invalidInput("callbackUrl host '" + host + "' cannot be resolved");
        }
        for (java.net.InetAddress address : addresses) {
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isAnyLocalAddress() || address.isMulticastAddress() || isUniqueLocal(address)) {
                throw DcsaRequestException.invalidInput("callbackUrl host '" + host + "' resolves to "
                        + address.getHostAddress() + ", an address of a private network; callbacks go to public hosts");
            }
        }
    }

    /** IPv6 unique local addresses (fc00::/7), which Java does not count as site-local. */
    private static boolean isUniqueLocal(java.net.InetAddress address) {
        return address instanceof java.net.Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc;
    }
}
