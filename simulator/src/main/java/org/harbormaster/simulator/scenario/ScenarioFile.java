package org.harbormaster.simulator.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads scenario files (YAML). A file that does not bind (an unknown field, a word where a number belongs)
 * is reported at the field Jackson stopped on; one that binds is then checked as a whole by
 * {@link ScenarioCheck}, and every problem found is reported at once.
 */
public final class ScenarioFile {

    /** The scenario shipped with Harbormaster, calibrated to the public figures in shared/data/calibration. */
    public static final String DEFAULT_RESOURCE = "default-scenario.yaml";

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private ScenarioFile() {
    }

    public static Scenario defaultScenario() {
        try (InputStream in = ScenarioFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULT_RESOURCE + " is missing from the class path");
            }
            return read(in.readAllBytes(), DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scenario read(Path file) {
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read scenario " + file, e);
        }
    }

    public static Scenario read(String yaml, String source) {
        return read(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8), source);
    }

    public static Scenario read(byte[] yaml, String source) {
        Scenario scenario;
        try {
            scenario = YAML.readValue(yaml, Scenario.class);
        } catch (DatabindException e) {
            throw new InvalidScenarioException(source, List.of(new ScenarioProblem(path(e), reason(e))));
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "(file)" : "line " + e.getLocation().getLineNr();
            throw new InvalidScenarioException(source, List.of(new ScenarioProblem(where,
                    "not well-formed YAML: " + firstLine(e.getOriginalMessage()))));
        }
        if (scenario == null) {
            throw new InvalidScenarioException(source, List.of(new ScenarioProblem("(file)", "the file is empty")));
        }
        List<ScenarioProblem> problems = ScenarioCheck.problems(scenario);
        if (!problems.isEmpty()) {
            throw new InvalidScenarioException(source, problems);
        }
        return scenario;
    }

    /** Jackson's path as the file's author would write it: {@code carriers[1].onTimeShare}. */
    private static String path(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(file)" : path.toString();
    }

    private static String reason(DatabindException e) {
        String message = firstLine(e.getOriginalMessage());
        if (message.startsWith("Unrecognized property")) {
            return "is not a field of a scenario here (" + message + ")";
        }
        String line = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
        return message + line;
    }

    private static String firstLine(String message) {
        return String.valueOf(message).lines().findFirst().orElse("");
    }
}
