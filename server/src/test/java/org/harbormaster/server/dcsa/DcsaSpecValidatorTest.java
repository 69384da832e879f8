package org.harbormaster.server.dcsa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The checks against DCSA's document bite: DCSA's own conformance examples of wrong answers fail them. */
class DcsaSpecValidatorTest {

    @Test
    void dcsas_examples_of_wrong_answers_fail_the_check() throws Exception {
        for (String wrong : new String[] {"structure", "date-times", "event-ids"}) {
            String body = Files.readString(DcsaSpec.SHARED.resolve("examples/tnt-220-response-wrong-" + wrong + ".json"));
            assertThat(DcsaSpec.problemsOfEventList(body)).as(wrong).isNotEmpty();
        }
    }

    /** Why we publish no documentReferences: 2.2.0's enum for their type is "BKG (Booking)", not "BKG". */
    @Test
    void the_valid_example_fails_only_for_its_documentReferences() {
        JsonNode sample = DcsaHttp.JSON.readTree(DcsaSpec.sample());
        List<String> failing = new ArrayList<>();
        List<String> withDocumentReferences = new ArrayList<>();
        for (int i = 0; i < sample.size(); i++) {
            if (sample.get(i).has("documentReferences")) {
                withDocumentReferences.add("[Path '/" + i + "']");
            }
        }
        DcsaSpec.problemsOfEventList(DcsaSpec.sample())
                .forEach(problem -> failing.add(problem.substring(problem.indexOf("[Path"), problem.indexOf("]") + 1)));
        sample.forEach(event -> ((ObjectNode) event).remove("documentReferences"));

        assertThat(failing).isEqualTo(withDocumentReferences).isNotEmpty();
        assertThat(DcsaSpec.problemsOfEventList(DcsaHttp.JSON.writeValueAsString(sample))).isEmpty();
    }
}
