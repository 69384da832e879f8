package org.harbormaster.server.dcsa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Plain HTTP to the running server with any method and headers (the shared ApiClient has no PUT or HEAD). */
final class DcsaHttp {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final int port;
    private final Map<String, String> headers;

    private DcsaHttp(int port, Map<String, String> headers) {
        this.port = port;
        this.headers = Map.copyOf(headers);
    }

    static DcsaHttp at(int port) {
        return new DcsaHttp(port, Map.of());
    }

    DcsaHttp basic(String user, String password) {
        return header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    DcsaHttp header(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new DcsaHttp(port, more);
    }

    HttpResponse<String> get(String pathOrUrl) {
        return send("GET", pathOrUrl, null);
    }

    HttpResponse<String> head(String path) {
        return send("HEAD", path, null);
    }

    HttpResponse<String> post(String path, byte[] body) {
        return send("POST", path, body);
    }

    HttpResponse<String> post(String path, String json) {
        return send("POST", path, json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> put(String path, String json) {
        return send("PUT", path, json.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> delete(String path) {
        return send("DELETE", path, null);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> send(String method, String pathOrUrl, byte[] body) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl)
                : URI.create("http://127.0.0.1:" + port + pathOrUrl);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null && !headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
