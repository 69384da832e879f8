package org.harbormaster.server.dcsa;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A subscription as a client sends it: the callback URL, the secret (only when creating it or resetting
 * it), the subscription ID (only when changing it, and then the one in the path) and the filters. Every
 * field is checked; an unknown one is an error rather than a filter silently ignored.
 */
record SubscriptionBody(URI callbackUrl, byte[] secret, String subscriptionId, EventFilter filter) {

    /** A secret shorter than this is refused: HMAC-SHA256 keys want 128 bits at least. */
    static final int MIN_SECRET_BYTES = 16;
    static final int MAX_SECRET_BYTES = 1024;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** For {@code POST /v2/event-subscriptions}: callbackUrl and secret required. */
    static SubscriptionBody forCreate(byte[] body) {
        SubscriptionBody read = read(body, true);
        if (read.subscriptionId != null) {
            throw DcsaRequestException.invalidInput("subscriptionID is assigned by the server; leave it out");
        }
        if (read.secret == null) {
            throw DcsaRequestException.invalidInput("secret is required: the Base64 of the key we sign "
                    + "notifications with");
        }
        return read;
    }

    /** For {@code PUT /v2/event-subscriptions/{id}}: the secret must be left out (it has an endpoint of its own). */
    static SubscriptionBody forUpdate(byte[] body) {
        return read(body, false);
    }

    /** For {@code PUT /v2/event-subscriptions/{id}/secret}. */
    static byte[] secretOnly(byte[] body) {
        JsonNode json = object(body);
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            if (!field.getKey().equals("secret")) {
                throw DcsaRequestException.invalidInput("unknown field '" + field.getKey() + "': only secret is expected");
            }
        }
        if (!json.has("secret")) {
            throw DcsaRequestException.invalidInput("secret is required");
        }
        return secret(json.get("secret"));
    }

    /** The filters as stored (already checked when they were accepted). */
    static EventFilter storedFilter(JsonNode json) {
        EventFilterBuilder filter = new EventFilterBuilder(DcsaRequestException::invalidInput);
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            filter.accept(field.getKey(), values(field.getKey(), field.getValue()));
        }
        return filter.build();
    }

    private static SubscriptionBody read(byte[] body, boolean secretAllowed) {
        JsonNode json = object(body);
        EventFilterBuilder filter = new EventFilterBuilder(DcsaRequestException::invalidInput);
        URI callbackUrl = null;
        byte[] secret = null;
        String subscriptionId = null;
        for (Map.Entry<String, JsonNode> field : json.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            switch (name) {
                case "callbackUrl" -> callbackUrl = callbackUrl(value);
                case "subscriptionID" -> subscriptionId = string(name, value);
                case "secret" -> {
                    if (!secretAllowed) {
                        throw DcsaRequestException.invalidInput("secret may only be sent when the subscription is "
                                + "created; change it with PUT /v2/event-subscriptions/{subscriptionID}/secret");
                    }
                    secret = secret(value);
                }
                default -> {
                    if (!filter.accept(name, values(name, value))) {
                        throw DcsaRequestException.invalidInput("unknown field '" + name + "'");
                    }
                }
            }
        }
        if (callbackUrl == null) {
            throw DcsaRequestException.invalidInput("callbackUrl is required");
        }
        return new SubscriptionBody(callbackUrl, secret, subscriptionId, filter.build());
    }

    private static JsonNode object(byte[] body) {
        try {
            JsonNode json = body == null || body.length == 0 ? null : JSON.readTree(body);
            if (json == null || !json.isObject()) {
                throw DcsaRequestException.invalidInput("the body must be a JSON object");
            }
            return json;
        } catch (JacksonException e) {
            throw DcsaRequestException.invalidInput("the body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static URI callbackUrl(JsonNode value) {
        String text = string("callbackUrl", value);
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null) {
                throw DcsaRequestException.invalidInput("callbackUrl must be an absolute http or https URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw DcsaRequestException.invalidInput("callbackUrl is not a URL: " + e.getReason());
        }
    }

    private static byte[] secret(JsonNode value) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(string("secret", value).strip());
        } catch (IllegalArgumentException e) {
            throw DcsaRequestException.invalidInput("secret must be Base64");
        }
        if (secret.length < MIN_SECRET_BYTES || secret.length > MAX_SECRET_BYTES) {
            throw DcsaRequestException.invalidInput("secret must decode to between " + MIN_SECRET_BYTES + " and "
                    + MAX_SECRET_BYTES + " bytes; it decodes to " + secret.length);
        }
        return secret;
    }

    private static String string(String name, JsonNode value) {
        if (!value.isString()) {
            throw DcsaRequestException.invalidInput(name + " must be a string");
        }
        return value.asString();
    }

    /** A list field's items (a comma-separated string is taken too), or a single field's one value. */
    private static List<String> values(String name, JsonNode value) {
        List<String> values = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode item : value) {
                values.add(string(name, item));
            }
            return values;
        }
        String text = string(name, value);
        return text.contains(",") ? EventQuery.splitAtCommas(List.of(text)) : List.of(text);
    }
}
