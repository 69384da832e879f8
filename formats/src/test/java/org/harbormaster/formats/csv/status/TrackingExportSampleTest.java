package org.harbormaster.formats.csv.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The replay sample (60 containers' real milestones as a tracking service exported them in 2021; internal
 * test use only, read from the shared data and never copied into the project) through the status CSV entry
 * point.
 */
class TrackingExportSampleTest {

    private static final Path SAMPLE = Path.of("../../shared/data/replay/container_milestones_sample.csv");
    private static final MessageContext CONTEXT = new MessageContext(EventFormat.CSV, "tracking-service",
            Instant.parse("2021-11-01T00:00:00Z"), 9L);

    private static ParseOutcome outcome;

    @BeforeAll
    static void parseTheSample() throws IOException {
        outcome = new StatusCsvParser().parse(Files.readAllBytes(SAMPLE), CONTEXT);
    }

    @Test
    void every_distinct_description_of_the_sample_is_in_the_mapping_table() throws IOException {
        Set<String> descriptions = new LinkedHashSet<>();
        try (Reader reader = Files.newBufferedReader(SAMPLE, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                if (!row.get("description").isBlank()) {
                    descriptions.add(row.get("description"));
                }
            }
        }

        assertThat(descriptions).hasSize(69)
                .allSatisfy(description -> assertThat(TrackingDescriptions.standard().knows(description))
                        .as(description).isTrue());
        assertThat(outcome.events()).filteredOn(event -> event.type() == null)
                .allSatisfy(event -> assertThat(TrackingDescriptions.standard().find(event.sourceCode()))
                        .as("deliberately without a milestone: " + event.sourceCode()).isPresent());
    }

    @Test
    void the_sample_gives_864_events_and_71_failures_each_explained() {
        Map<String, Long> failuresByReason = new TreeMap<>();
        for (ParseFailure failure : outcome.failures()) {
            failuresByReason.merge(failure.where().replaceAll("^row \\d+", "row N") + ": "
                    + failure.reason().replaceAll("'[^']*'", "'…'"), 1L, Long::sum);
        }

        assertThat(outcome.events()).hasSize(864);
        assertThat(failuresByReason).containsExactly(
                Map.entry("row N, column description: is blank", 1L),
                Map.entry("row N, column location_unlocode: UN/LOCODE CNHSK is not in the UN/LOCODE 2024-2 list; "
                        + "the event is kept without a location, its time placed by city '…' of country '…'", 3L),
                Map.entry("row N, column location_unlocode: UN/LOCODE CNNSS is not in the UN/LOCODE 2024-2 list; "
                        + "the event is kept without a location, its time placed by city '…' of country '…'", 8L),
                Map.entry("row N, column location_unlocode: UN/LOCODE CNSKU is not in the UN/LOCODE 2024-2 list; "
                        + "city '…' of country '…' gives no time zone either (place-time-zones.csv)", 6L),
                Map.entry("row N, column location_unlocode: is blank, and so are location_city and "
                        + "location_country: nothing says in which time zone '…' is local", 49L),
                Map.entry("row N, column milestone_timestamp: is blank", 4L));
        assertThat(rowsOf("milestone_timestamp")).containsExactly(748, 862, 901, 904);
        assertThat(rowsOf("description")).containsExactly(748);
        assertThat(outcome.failures()).filteredOn(failure -> failure.reason().contains("CNSKU"))
                .extracting(ParseFailure::reason).allSatisfy(reason -> assertThat(reason)
                        .containsAnyOf("'Beverly Hills' of country 'United States'", "'Manhattan' of country 'United States'"));
    }

    @Test
    void a_vessel_loading_at_jakarta_is_converted_from_western_indonesian_time() {
        MilestoneEvent loaded = only("HMMU6084523", "Loaded on vessel at origin port", TimeKind.ACTUAL);

        assertThat(loaded.type()).isEqualTo(MilestoneType.LOADED);
        assertThat(loaded.eventTime()).isEqualTo(Instant.parse("2021-06-22T22:31:00Z")); // 05:31 WIB, UTC+7
        assertThat(loaded.location()).isEqualTo(UnLocode.of("IDJKT"));
        assertThat(loaded.vesselName()).isEqualTo("ALABAMA");
        assertThat(loaded.vesselImo()).isEqualTo(ImoNumber.of("8412144"));
        assertThat(loaded.voyage()).isEqualTo("0015N");
        assertThat(loaded.mode()).isEqualTo(TransportMode.VESSEL);
        assertThat(loaded.equipment()).extracting(Object::toString).containsExactly("HMMU6084523");
    }

    @Test
    void an_estimated_arrival_at_long_beach_is_pacific_daylight_time() {
        MilestoneEvent arrival = only("HMMU6084523", "Vessel arrived at destination port", TimeKind.ESTIMATED);

        assertThat(arrival.type()).isEqualTo(MilestoneType.ARRIVED);
        assertThat(arrival.eventTime()).isEqualTo(Instant.parse("2021-08-14T03:00:00Z")); // 20:00 PDT
        assertThat(arrival.vesselName()).isEqualTo("HYUNDAI MARS");
        assertThat(arrival.vesselImo()).isNull();
    }

    @Test
    void estimated_wins_over_planned_and_planned_over_actual() {
        assertThat(outcome.events()).filteredOn(event -> event.equipment().get(0).value().equals("KKFU7891195"))
                .filteredOn(event -> event.sourceCode().equals("Vessel arrived at destination port"))
                .extracting(MilestoneEvent::kind, MilestoneEvent::eventTime)
                .contains(tuple(TimeKind.ESTIMATED, Instant.parse("2021-09-11T15:00:00Z"))); // both flags t; EDT
        MilestoneEvent planned = only("TCNU6423598", "Gate in empty return", TimeKind.PLANNED,
                Instant.parse("2021-08-18T08:00:00Z")); // 01:00 PDT
        assertThat(planned.type()).isEqualTo(MilestoneType.EMPTY_RETURNED);
        assertThat(planned.empty()).isTrue();
        assertThat(planned.facility()).isEqualTo("TRAPAC LOS ANGELES");
    }

    @Test
    void halifax_times_are_atlantic_daylight_time_and_plan_and_fact_are_two_events() {
        MilestoneEvent actual = only("SZLU9560138", "Discharged from vessel", TimeKind.ACTUAL);
        MilestoneEvent planned = only("SZLU9560138", "Discharged from vessel", TimeKind.PLANNED);

        assertThat(actual.eventTime()).isEqualTo(Instant.parse("2021-07-31T00:45:00Z")); // 21:45 ADT
        assertThat(planned.eventTime()).isEqualTo(Instant.parse("2021-07-31T00:30:00Z"));
        assertThat(actual.facility()).isEqualTo("2025 FAIRVIEW COVE CONTAINER TERMINAL (CERES)");
        assertThat(actual.eventKey()).isNotEqualTo(planned.eventKey());
    }

    @Test
    void rows_without_a_un_locode_take_the_zone_of_their_city_or_country() {
        MilestoneEvent shuttle = only("HMMU6084523", "Truck Gate Out from T/S Terminal", TimeKind.ACTUAL);
        MilestoneEvent deramped = only("DFSU7286820", "Deramped", TimeKind.ACTUAL);

        assertThat(shuttle.location()).isNull();
        assertThat(shuttle.type()).as("a hub shuttle is no plan milestone").isNull();
        assertThat(shuttle.eventTime()).isEqualTo(Instant.parse("2021-07-06T04:23:00Z")); // Gwangyang, KST
        assertThat(deramped.type()).isEqualTo(MilestoneType.DISCHARGED);
        assertThat(deramped.mode()).as("the description says rail, the row says truck").isEqualTo(TransportMode.RAIL);
        assertThat(deramped.eventTime()).isEqualTo(Instant.parse("2021-07-24T10:32:00Z")); // Mississauga, EDT
    }

    @Test
    void a_description_with_mojibake_is_repaired_before_it_is_matched() {
        List<MilestoneEvent> settled = outcome.events().stream()
                .filter(event -> event.equipment().get(0).value().equals("OOLU8929036"))
                .filter(event -> event.sourceCode().startsWith("Freight")).toList();

        assertThat(settled).extracting(MilestoneEvent::sourceCode).containsOnly("Freight Charges Settled");
        assertThat(settled).extracting(MilestoneEvent::eventTime).contains(Instant.parse("2021-07-05T10:16:00Z"));
    }

    @Test
    void every_event_is_keyed_by_its_content_and_no_two_share_a_key() {
        assertThat(outcome.events()).extracting(MilestoneEvent::eventKey).doesNotHaveDuplicates()
                .allSatisfy(key -> assertThat(key).startsWith("CSV#"));
        assertThat(outcome.events()).allSatisfy(event -> assertThat(event.source()).isEqualTo(CONTEXT.source()));
    }

    private static MilestoneEvent only(String container, String description, TimeKind kind) {
        return only(container, description, kind, null);
    }

    /** The one event of this container, description and kind (at this time, when given). */
    private static MilestoneEvent only(String container, String description, TimeKind kind, Instant time) {
        List<MilestoneEvent> matching = outcome.events().stream()
                .filter(event -> event.equipment().get(0).value().equals(container))
                .filter(event -> event.sourceCode().equals(description) && event.kind() == kind)
                .filter(event -> time == null || event.eventTime().equals(time)).toList();
        assertThat(matching).as(container + " " + description + " " + kind + " " + time).hasSize(1);
        return matching.get(0);
    }

    private static List<Integer> rowsOf(String column) {
        return outcome.failures().stream().filter(failure -> failure.where().endsWith("column " + column))
                .map(failure -> Integer.parseInt(failure.where().replaceAll("row (\\d+),.*", "$1")))
                .collect(Collectors.toList());
    }
}
