package org.harbormaster.server.dcsa;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A subscriber's standing order for our events: where to POST them and which ones. The shared secret that
 * signs the notifications is kept apart and never read back out.
 */
record EventSubscription(UUID id, String owner, URI callbackUrl, EventFilter filter, Instant createdAt,
                         Instant updatedAt) {

    /** As DCSA's {@code subscription} schema: the ID, the callback URL and the filters. */
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("subscriptionID", id.toString());
        json.put("callbackUrl", callbackUrl.toString());
        json.putAll(filter.subscriptionFields());
        return json;
    }
}
