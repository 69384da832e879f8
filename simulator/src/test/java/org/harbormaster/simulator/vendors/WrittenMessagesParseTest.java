package org.harbormaster.simulator.vendors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.csv.status.StatusCsvParser;
import org.harbormaster.formats.dcsa.DcsaEventParser;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.formats.x12.X12StatusParser;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.TransportMode;
import org.harbormaster.simulator.vendors.StatusReport.Status;
import org.junit.jupiter.api.Test;

/**
 * What the simulated vendors write is what Harbormaster's real parsers read: every status comes back as the
 * milestone it stands for, and the wrong data the noise adds comes back as failures at the right place.
 */
class WrittenMessagesParseTest {

    private static final Instant DEPARTED = Instant.parse("2026-03-11T14:00:00Z");
    private static final Instant SENT = Instant.parse("2026-03-11T15:00:00Z");
    private static final ContainerNumber BOX = ContainerNumber.of("CSQU3054383");
    private static final ContainerNumber OTHER_BOX = ContainerNumber.of("MSCU1234566");
    private static final Conveyance VESSEL = Conveyance.vessel("MAERSK AURORA", ImoNumber.of("9321483"), "612E");

    @Test
    void a_carriers_dcsa_callback_reads_back_as_its_milestones() {
        StringBuilder json = new StringBuilder("[");
        DcsaWriter.events(json, report(Status.LOADED_ON_VESSEL, DEPARTED.minusSeconds(72_000), "CNYTN"),
                UUID.fromString("5e0d3ad4-7c27-4b7e-9d64-0c2a61b1f0a7"), SENT, WrongData.NONE);
        DcsaWriter.events(json, report(Status.VESSEL_DEPARTED, DEPARTED, "CNYTN"),
                UUID.fromString("6e0d3ad4-7c27-4b7e-9d64-0c2a61b1f0a7"), SENT, WrongData.NONE);
        DcsaWriter.events(json, new StatusReport(Status.VESSEL_ARRIVED, TimeKind.ESTIMATED,
                Instant.parse("2026-03-28T13:00:00Z"), UnLocode.of("USLGB"), List.of(BOX), "MAE260000001", VESSEL),
                UUID.fromString("7e0d3ad4-7c27-4b7e-9d64-0c2a61b1f0a7"), SENT, WrongData.NONE);
        json.append(']');

        ParseOutcome outcome = new DcsaEventParser().parse(json.toString().getBytes(), context(EventFormat.DCSA));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::kind, MilestoneEvent::location)
                .containsExactly(
                        tuple(MilestoneType.LOADED, TimeKind.ACTUAL, UnLocode.of("CNYTN")),
                        tuple(MilestoneType.LOADED, TimeKind.ACTUAL, UnLocode.of("CNYTN")),
                        tuple(MilestoneType.DEPARTED, TimeKind.ACTUAL, UnLocode.of("CNYTN")),
                        tuple(MilestoneType.ARRIVED, TimeKind.ESTIMATED, UnLocode.of("USLGB")));
        assertThat(outcome.events().get(2).eventTime()).isEqualTo(DEPARTED);
        assertThat(outcome.events().get(2).vesselImo()).isEqualTo(ImoNumber.of("9321483"));
        assertThat(outcome.events()).allSatisfy(e -> assertThat(e.references())
                .contains(new CarrierReference(ReferenceType.BOOKING, "MAE260000001")));
        assertThat(outcome.events().get(0).equipment()).containsExactly(BOX);
    }

    @Test
    void every_equipment_status_a_carrier_sends_in_dcsa_has_its_milestone() {
        List<Status> statuses = List.of(Status.DISCHARGED_FROM_VESSEL, Status.CUSTOMS_HOLD, Status.CUSTOMS_RELEASED,
                Status.AVAILABLE_FOR_PICKUP, Status.GATE_OUT_FULL, Status.EMPTY_RETURNED);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < statuses.size(); i++) {
            DcsaWriter.events(json, single(statuses.get(i), DEPARTED, "USLGB"),
                    new UUID(0x4000L + i, 0x8000000000000000L), SENT, WrongData.NONE);
        }
        json.append(']');

        ParseOutcome outcome = new DcsaEventParser().parse(json.toString().getBytes(), context(EventFormat.DCSA));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type).containsExactly(MilestoneType.DISCHARGED, null,
                MilestoneType.CUSTOMS_RELEASED, MilestoneType.AVAILABLE_FOR_PICKUP, MilestoneType.GATE_OUT,
                MilestoneType.EMPTY_RETURNED);
        assertThat(outcome.events().get(1).sourceCode()).isEqualTo("CUSI/LADEN");
        assertThat(outcome.events().get(5).empty()).isTrue();
    }

    @Test
    void a_mistyped_container_in_dcsa_is_a_failure_and_the_event_is_kept_for_its_booking() {
        StringBuilder json = new StringBuilder("[");
        DcsaWriter.events(json, single(Status.DISCHARGED_FROM_VESSEL, DEPARTED, "USLGB"),
                UUID.fromString("5e0d3ad4-7c27-4b7e-9d64-0c2a61b1f0a7"), SENT, WrongData.CHECK_DIGIT);
        json.append(']');

        ParseOutcome outcome = new DcsaEventParser().parse(json.toString().getBytes(), context(EventFormat.DCSA));

        assertThat(outcome.failures()).singleElement().satisfies(f ->
                assertThat(f.where()).isEqualTo("$[0].payload.equipmentReference"));
        assertThat(outcome.events()).singleElement().satisfies(e -> {
            assertThat(e.equipment()).isEmpty();
            assertThat(e.references()).isNotEmpty();
        });
    }

    @Test
    void a_carriers_x12_file_reads_back_one_event_per_container_and_the_restated_eta() {
        byte[] file = X12Writer.file("ONEY", 7, SENT, List.of(
                new X12Writer.Status(report(Status.VESSEL_DEPARTED, DEPARTED, "CNYTN"), WrongData.NONE,
                        UnLocode.of("USLGB"), Instant.parse("2026-03-28T13:00:00Z")),
                new X12Writer.Status(single(Status.CUSTOMS_RELEASED, DEPARTED, "USLGB"), WrongData.NONE, null, null)));

        ParseOutcome outcome = new X12StatusParser().parse(file, context(EventFormat.X12_315));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::kind, MilestoneEvent::location)
                .containsExactly(
                        tuple(MilestoneType.DEPARTED, TimeKind.ACTUAL, UnLocode.of("CNYTN")),
                        tuple(MilestoneType.ARRIVED, TimeKind.ESTIMATED, UnLocode.of("USLGB")),
                        tuple(MilestoneType.DEPARTED, TimeKind.ACTUAL, UnLocode.of("CNYTN")),
                        tuple(MilestoneType.ARRIVED, TimeKind.ESTIMATED, UnLocode.of("USLGB")),
                        tuple(MilestoneType.CUSTOMS_RELEASED, TimeKind.ACTUAL, UnLocode.of("USLGB")));
        assertThat(outcome.events().get(0).eventTime()).isEqualTo(DEPARTED);
        assertThat(outcome.events().get(0).reportedAt()).isEqualTo(SENT);
        assertThat(outcome.events().get(0).mode()).isEqualTo(TransportMode.VESSEL);
    }

    @Test
    void a_railroads_x12_statuses_are_the_rail_legs_milestones() {
        byte[] file = X12Writer.file("UPRR", 8, SENT, List.of(
                new X12Writer.Status(single(Status.RAIL_DEPARTED, DEPARTED, "USLAX"), WrongData.NONE, null, null),
                new X12Writer.Status(single(Status.RAIL_ARRIVED, DEPARTED, "USCHI"), WrongData.NONE, null, null),
                new X12Writer.Status(single(Status.UNLOADED_FROM_RAIL, DEPARTED, "USCHI"), WrongData.NONE, null, null)));

        ParseOutcome outcome = new X12StatusParser().parse(file, context(EventFormat.X12_315));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::mode).containsExactly(
                tuple(MilestoneType.DEPARTED, TransportMode.RAIL), tuple(MilestoneType.ARRIVED, TransportMode.RAIL),
                tuple(MilestoneType.DISCHARGED, TransportMode.RAIL));
    }

    @Test
    void a_wrong_check_digit_in_x12_is_reported_at_b4_13() {
        byte[] file = X12Writer.file("ONEY", 9, SENT, List.of(new X12Writer.Status(
                single(Status.GATE_OUT_FULL, DEPARTED, "USLGB"), WrongData.CHECK_DIGIT, null, null)));

        ParseOutcome outcome = new X12StatusParser().parse(file, context(EventFormat.X12_315));

        assertThat(outcome.failures()).singleElement().satisfies(f -> assertThat(f.where()).contains("element 13"));
        assertThat(outcome.events()).singleElement().satisfies(e -> assertThat(e.equipment()).containsExactly(BOX));
    }

    @Test
    void a_truckers_sheet_reads_back_row_by_row_and_a_bad_date_fails_its_row_only() {
        byte[] sheet = TruckerCsvWriter.sheet(List.of(
                new TruckerCsvWriter.Row(single(Status.GATE_OUT_FULL, DEPARTED, "USLGB"), WrongData.NONE),
                new TruckerCsvWriter.Row(single(Status.DELIVERED, DEPARTED, "USONT"), WrongData.LOCATION),
                new TruckerCsvWriter.Row(single(Status.EMPTY_RETURNED, DEPARTED, "USLGB"), WrongData.NONE)));

        ParseOutcome outcome = new StatusCsvParser().parse(sheet, context(EventFormat.CSV));

        assertThat(outcome.failures()).singleElement().satisfies(f -> assertThat(f.where()).startsWith("row 3"));
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::eventTime).containsExactly(
                tuple(MilestoneType.GATE_OUT, DEPARTED), tuple(MilestoneType.EMPTY_RETURNED, DEPARTED));
    }

    private static StatusReport report(Status status, Instant at, String place) {
        return new StatusReport(status, TimeKind.ACTUAL, at, UnLocode.of(place), List.of(BOX, OTHER_BOX),
                "MAE260000001", VESSEL);
    }

    private static StatusReport single(Status status, Instant at, String place) {
        return new StatusReport(status, TimeKind.ACTUAL, at, UnLocode.of(place), List.of(BOX), "MAE260000001", null);
    }

    private static MessageContext context(EventFormat format) {
        return new MessageContext(format, "SENDER", SENT.plusSeconds(30), 1L);
    }
}
