package org.harbormaster.server.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class HarbormasterCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = HarbormasterCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void version_as_json_names_harbormaster_and_java() {
        assertThat(run("version", "--json")).isZero();

        JsonNode version = JsonMapper.builder().build().readTree(out.toString());
        assertThat(version.path("version").asString()).isNotBlank().isNotEqualTo("unknown");
        assertThat(version.path("java").asString()).isEqualTo(Runtime.version().toString());
    }

    @Test
    void version_as_text_is_two_lines() {
        assertThat(run("version")).isZero();

        assertThat(out.toString().lines()).hasSize(2).first().asString().startsWith("Harbormaster ");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        assertThat(run("serve", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option");
    }

    @Test
    void no_command_at_all_is_a_usage_error() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("serve");
    }

    @Test
    void a_database_that_cannot_be_reached_is_a_failure_not_a_usage_error() {
        int exitCode = run("serve", "--port", "0", "--database-url", "jdbc:postgresql://127.0.0.1:1/nowhere");

        assertThat(exitCode).isEqualTo(1);
        assertThat(err.toString()).startsWith("harbormaster: ").contains("127.0.0.1:1")
                .doesNotContain("Error creating bean");
    }

    @Test
    void serve_takes_the_database_options() {
        assertThat(run("serve", "--help")).isZero();

        assertThat(out.toString()).contains("--port", "--data-dir", "--database-url", "--demo");
    }
}
