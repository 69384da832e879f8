package org.harbormaster.simulator.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Scenario files: the default one loads and cites its sources; a bad one is refused naming the field. */
class ScenarioFileTest {

    private static final String DEFAULT = defaultText();

    @Test
    void the_default_scenario_loads_with_its_network() {
        Scenario scenario = ScenarioFile.defaultScenario();

        assertThat(scenario.carriers()).extracting(Scenario.Carrier::scac)
                .containsExactly("MAEU", "MSCU", "ONEY", "COSU", "ZIMU");
        assertThat(scenario.lanes()).hasSize(7);
        assertThat(scenario.terminal("USLAX")).hasValueSatisfying(t -> {
            assertThat(t.truckDwell().meanDays()).isEqualTo(2.89);
            assertThat(t.freeTimeWorkingDays()).isEqualTo(4);
        });
        assertThat(scenario.customsOf("US")).hasValueSatisfying(c -> assertThat(c.holdRate()).isEqualTo(0.04));
        assertThat(scenario.defaultPolicy().dispatch()).isEqualTo("WHEN_CONSIGNEE_READY");
    }

    @Test
    void the_default_scenario_names_the_source_of_each_calibrated_figure() {
        assertThat(DEFAULT).contains("pmsaship.com", "porttechnology.org", "seasnews.net", "zcytsc.com",
                "thescarbroughgroup.com", "support.portal.flexport.com", "scribd.com/document/528711708",
                "vietnam-briefing.com", "asb-media.info");
    }

    @Test
    void an_unknown_field_is_reported_where_it_is() {
        InvalidScenarioException e = refused(DEFAULT.replace("rolloverRate: 0.05         # ASSUMPTION\n    containerPrefix: MSCU",
                "rolloverRate: 0.05\n    rollOverRate: 0.1\n    containerPrefix: MSCU"));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("carriers[1].rollOverRate");
            assertThat(p.reason()).contains("not a field");
        });
    }

    @Test
    void a_word_where_a_number_belongs_is_reported_at_its_field() {
        InvalidScenarioException e = refused(DEFAULT.replace("onTimeShare: 0.77 ", "onTimeShare: often "));

        assertThat(e.problems()).singleElement().extracting(ScenarioProblem::field).isEqualTo("carriers[0].onTimeShare");
    }

    @Test
    void every_broken_rule_is_reported_at_once_each_at_its_field() {
        String broken = DEFAULT
                .replace("onTimeShare: 0.55          # GLP 2024 range", "onTimeShare: 1.55          # GLP 2024 range")
                .replace("{code: CNYTN-USNYC, origin: CNYTN, destination: USNYC, services: [ZCP]}",
                        "{code: CNYTN-USNYC, origin: CNYTN, destination: USNYC, services: [ZXP]}")
                .replace("door: USEWR", "door: XXZZZ")
                .replace("holdRate: 0.04 ", "holdRate: -0.04 ");

        InvalidScenarioException e = refused(broken);

        assertThat(e.problems()).extracting(ScenarioProblem::field).contains(
                "carriers[1].onTimeShare", "lanes[6].services[0]", "customers[3].door", "customs[0].holdRate");
        assertThat(e.getMessage()).contains("'ZXP' is not one of the scenario's services", "XXZZZ");
    }

    @Test
    void a_missing_required_figure_is_named() {
        InvalidScenarioException e = refused(DEFAULT.replace("    lateDelayMeanDays: 4.88    # GLP Sep 2025 (seasnews.net)\n",
                ""));

        assertThat(e.problems()).extracting(ScenarioProblem::toString)
                .contains("carriers[0].lateDelayMeanDays: is required");
    }

    @Test
    void lane_shares_that_do_not_add_up_are_refused() {
        InvalidScenarioException e = refused(DEFAULT.replace("{lane: CNSHA-USLGB, share: 0.30}",
                "{lane: CNSHA-USLGB, share: 0.20}"));

        assertThat(e.problems()).extracting(ScenarioProblem::field).containsExactly("customers[0].lanes");
    }

    @Test
    void a_dwell_no_skewed_distribution_can_have_is_refused() {
        InvalidScenarioException e = refused(DEFAULT.replaceFirst("truckDwell: \\{meanDays: 2.89, shareOverFiveDays: 0.053}",
                "truckDwell: {meanDays: 1.0, shareOverFiveDays: 0.6}"));

        assertThat(e.problems()).extracting(ScenarioProblem::field).containsExactly("terminals[0].truckDwell.shareOverFiveDays");
    }

    @Test
    void a_file_that_is_not_yaml_says_so() {
        InvalidScenarioException e = refused("name: x\ncarriers:\n\t- scac: MAEU\n");

        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.reason()).contains("YAML"));
    }

    private static InvalidScenarioException refused(String yaml) {
        return catchThrowableOfType(InvalidScenarioException.class, () -> ScenarioFile.read(yaml, "test.yaml"));
    }

    private static String defaultText() {
        try (InputStream in = ScenarioFile.class.getResourceAsStream(ScenarioFile.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
