package org.harbormaster.formats.csv.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.csv.status.TrackingExportRows.aDischargeAtLongBeach;
import static org.harbormaster.formats.csv.status.TrackingExportRows.with;
import static org.harbormaster.formats.csv.status.TrackingExportRows.withRows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

/** Tracking-export rows written for these tests, each with one quirk the real exports have. */
class TrackingExportLayoutTest {

    @Test
    void a_good_row_is_a_discharge_in_pacific_daylight_time() {
        ParseOutcome outcome = withRows(aDischargeAtLongBeach()).parse();

        assertThat(outcome.failures()).isEmpty();
        MilestoneEvent discharge = outcome.events().get(0);
        assertThat(discharge.type()).isEqualTo(MilestoneType.DISCHARGED);
        assertThat(discharge.kind()).isEqualTo(TimeKind.ACTUAL);
        assertThat(discharge.eventTime()).isEqualTo(Instant.parse("2026-07-01T13:30:00Z"));
        assertThat(discharge.vesselName()).isEqualTo("EVER GIVEN");
        assertThat(discharge.voyage()).isEqualTo("042E");
    }

    @Test
    void a_vessel_name_in_the_voyage_column_is_moved_back() {
        MilestoneEvent event = only(with(with(aDischargeAtLongBeach(), "vessel", "042E"), "voyage", "MAERSK ESSEN"));

        assertThat(event.vesselName()).isEqualTo("MAERSK ESSEN");
        assertThat(event.voyage()).isEqualTo("042E");
    }

    @Test
    void an_imo_number_in_the_vessel_column_becomes_the_imo_and_the_name_in_voyage_the_vessel() {
        MilestoneEvent event = only(with(with(aDischargeAtLongBeach(), "vessel", "9074729"), "voyage", "EVER GIVEN"));

        assertThat(event.vesselName()).isEqualTo("EVER GIVEN");
        assertThat(event.vesselImo()).isEqualTo(ImoNumber.of("9074729"));
        assertThat(event.voyage()).isNull();
    }

    @Test
    void an_mmsi_in_the_vessel_column_is_dropped_and_a_short_number_is_the_voyage() {
        MilestoneEvent mmsi = only(with(with(aDischargeAtLongBeach(), "vessel", "538003913"), "voyage", ""));
        MilestoneEvent voyage = only(with(with(aDischargeAtLongBeach(), "vessel", "0933"), "voyage", ""));

        assertThat(mmsi.vesselName()).isNull();
        assertThat(mmsi.voyage()).isNull();
        assertThat(voyage.vesselName()).isNull();
        assertThat(voyage.voyage()).isEqualTo("0933");
    }

    @Test
    void a_vessel_name_with_a_number_stays_a_vessel_name() {
        MilestoneEvent event = only(with(with(aDischargeAtLongBeach(), "vessel", "WAN HAI 623"), "voyage", "W002"));

        assertThat(event.vesselName()).isEqualTo("WAN HAI 623");
        assertThat(event.voyage()).isEqualTo("W002");
    }

    @Test
    void without_a_un_locode_a_single_zone_country_gives_the_zone() {
        MilestoneEvent event = only(with(with(with(aDischargeAtLongBeach(), "location_unlocode", ""),
                "location_city", "Vũng Tàu"), "location_country", "Vietnam"));

        assertThat(event.location()).isNull();
        assertThat(event.eventTime()).isEqualTo(Instant.parse("2026-06-30T23:30:00Z")); // 06:30 at UTC+7
    }

    @Test
    void without_a_un_locode_an_unknown_city_of_a_country_with_several_zones_fails_its_row() {
        ParseOutcome outcome = withRows(aDischargeAtLongBeach(), with(with(aDischargeAtLongBeach(),
                "location_unlocode", ""), "location_city", "Fresno")).parse();

        assertThat(outcome.events()).hasSize(1);
        assertThat(outcome.failures()).extracting(ParseFailure::toString).containsExactly(
                "row 3, column location_unlocode: is blank, and city 'Fresno' of country 'United States' is not in "
                        + "place-time-zones.csv: cannot tell in which time zone '2026-07-01 06:30:00' is local");
    }

    @Test
    void flags_other_than_t_and_f_fail_the_row_naming_the_column() {
        ParseOutcome outcome = withRows(with(aDischargeAtLongBeach(), "planned", "maybe")).parse();

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::toString)
                .containsExactly("row 2, column planned: 'maybe' is neither t nor f");
    }

    @Test
    void an_estimated_arrival_flagged_neither_estimated_nor_planned_is_still_an_estimate() {
        MilestoneEvent event = only(with(with(aDischargeAtLongBeach(), "description", "Estimated arrival at destination"),
                "planned", ""));

        assertThat(event.type()).isEqualTo(MilestoneType.ARRIVED);
        assertThat(event.kind()).isEqualTo(TimeKind.ESTIMATED);
    }

    @Test
    void an_unknown_description_is_kept_without_a_milestone() {
        MilestoneEvent event = only(with(aDischargeAtLongBeach(), "description", "Container X-rayed"));

        assertThat(event.type()).isNull();
        assertThat(event.sourceCode()).isEqualTo("Container X-rayed");
    }

    @Test
    void descriptions_match_whatever_their_case_spacing_or_non_breaking_spaces() {
        MilestoneEvent event = only(with(aDischargeAtLongBeach(), "description", "  GATE\u00a0IN   EMPTY  RETURN "));

        assertThat(event.type()).isEqualTo(MilestoneType.EMPTY_RETURNED);
        assertThat(event.empty()).isTrue();
        assertThat(event.sourceCode()).isEqualTo("GATE IN EMPTY RETURN");
    }

    @Test
    void the_entry_point_refuses_a_header_of_neither_layout() {
        ParseOutcome outcome = new StatusCsvParser().parse("shipment,eta\nA,2026-12-01\n".getBytes(StandardCharsets.UTF_8),
                TrackingExportRows.CONTEXT);

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("row 1");
            assertThat(failure.reason()).contains("neither a trucker status sheet").contains("nor a tracking export");
        });
    }

    @Test
    void the_tracking_parser_alone_reads_the_same_file() {
        String text = withRows(aDischargeAtLongBeach()).text();

        ParseOutcome direct = new TrackingExportCsvParser().parse(text.getBytes(StandardCharsets.UTF_8),
                TrackingExportRows.CONTEXT);

        assertThat(direct.events()).isEqualTo(withRows(aDischargeAtLongBeach()).parse().events());
    }

    private static MilestoneEvent only(java.util.Map<String, String> row) {
        ParseOutcome outcome = withRows(row).parse();
        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).hasSize(1);
        return outcome.events().get(0);
    }
}
