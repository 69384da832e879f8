package org.harbormaster.server.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * DCSA's own OpenAPI document of Track &amp; Trace 2.2.0 (shared/data/dcsa, beside the repository), and
 * every response of ours checked against it: status, headers, content type and body.
 */
final class DcsaSpec {

    static final Path SHARED = Path.of("../../shared/data/dcsa");
    static final Path DOCUMENT = SHARED.resolve("tnt_v2.2.0_bundled.yaml");
    static final Path VALID_SAMPLE = SHARED.resolve("examples/tnt-220-response.json");

    /**
     * The document's own rules, nothing more: extra properties are allowed (the spec never forbids them; the
     * library would forbid them by default, which no allOf of the spec could then pass), and allOf is
     * checked part by part (the library's optional merging of allOf mistakes the spec's description-only
     * overrides, such as a shipment event's eventDateTime, for objects).
     */
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForInlineApiSpecification(repairedDocument())
            .withLevelResolver(LevelResolver.create().withLevel("validation.schema.additionalProperties",
                    ValidationReport.Level.IGNORE).build())
            .build();

    /**
     * The document as published, but for two repairs of its own defects. Four query parameters declare
     * array schemas with a comma-separated string as their default ({@code default: RECE,DRFT,...}), which
     * the OpenAPI parser rightly refuses to load: those defaults become YAML lists (they concern requests
     * only). And the discriminator of {@code GET /v2/events/{eventID}} ({@code propertyName: eventType},
     * no mapping) would require eventType to be a schema name such as "transportEvent", which no valid event
     * has: it is removed, as T&amp;T 3.0 removed it; the oneOf it decorated still has to match exactly once.
     */
    static String repairedDocument() {
        try {
            String document = Pattern.compile("(?m)^(\\s+default: )([A-Z]{3,4}(?:,[A-Z]{3,4})+)$")
                    .matcher(Files.readString(DOCUMENT))
                    .replaceAll(m -> m.group(1) + "[" + m.group(2).replace(",", ", ") + "]");
            String discriminator = "      discriminator:\n        propertyName: eventType\n";
            if (!document.contains(discriminator)) {
                throw new IllegalStateException("the discriminator to repair is not where it was");
            }
            return document.replace(discriminator, "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private DcsaSpec() {
    }

    static String sample() {
        try {
            return Files.readString(VALID_SAMPLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Fails with every message of the validator when {@code response} breaks the spec of this operation. */
    static void assertConforms(Request.Method method, String specPath, HttpResponse<String> response) {
        SimpleResponse.Builder built = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> built.withHeader(name, values));
        if (response.body() != null && !response.body().isEmpty()) {
            built.withBody(response.body());
        }
        ValidationReport report = VALIDATOR.validateResponse(specPath, method, built.build());
        assertThat(messages(report)).as("%s %s answered %s %s", method, specPath, response.statusCode(),
                response.body()).isEmpty();
    }

    /** A body as {@code GET /v2/events} would answer it, checked against the spec. */
    static List<String> problemsOfEventList(String body) {
        ValidationReport report = VALIDATOR.validateResponse("/v2/events", Request.Method.GET,
                SimpleResponse.Builder.ok().withContentType("application/json").withHeader("API-Version", "2.2.0")
                        .withHeader("Current-Page", "x").withBody(body).build());
        return messages(report);
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage() + m.getNestedMessages().stream()
                        .map(n -> "\n    " + n.getMessage()).collect(Collectors.joining()))
                .toList();
    }
}
