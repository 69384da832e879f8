package org.harbormaster.formats.dcsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.harbormaster.shipment.ReferenceType.BOOKING;
import static org.harbormaster.shipment.ReferenceType.CUSTOMER_REFERENCE;
import static org.harbormaster.shipment.ReferenceType.MASTER_BILL_OF_LADING;

import java.time.Instant;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/** DCSA's own valid T&T 2.2 events response: three transport, two equipment and three shipment events. */
class DcsaSampleResponseTest {

    private static final Instant ARRIVED_IN_PARIS = Instant.parse("2021-01-09T13:12:56Z");
    private static final Instant NOV_12_0741_AT_PLUS_0830 = Instant.parse("2019-11-11T23:11:00Z");
    private static final UnLocode PARIS = UnLocode.of("FRPAR");
    private static final ContainerNumber APZU = ContainerNumber.of("APZU4812090");
    private static final CarrierReference BOOKED = new CarrierReference(BOOKING, "ABC123123123");
    private static final CarrierReference BILL = new CarrierReference(MASTER_BILL_OF_LADING, "reserved-HHL123");

    private final ParseOutcome outcome = DcsaMessages.parseExample("tnt-220-response.json");
    private final List<MilestoneEvent> events = outcome.events();

    @Test
    void the_valid_response_yields_its_seven_events_and_no_failures() {
        assertThat(outcome.failures()).isEmpty();
        assertThat(events).extracting(MilestoneEvent::eventKey).containsExactly(
                "DCSA:3cecb101-7a1a-43a4-9d62-e88a131651e2", "DCSA:3cecb101-7a1a-43a4-9d62-e88a131651e3",
                "DCSA:3cecb101-7a1a-43a4-9d62-e88a131651e4", "DCSA:3cecb101-7a1a-43a4-9d62-e88a131651e5",
                "DCSA:3cecb101-7a1a-43a4-9d62-e88a131651e6", "DCSA:3cecb101-7a1a-43a4-9d62-e88a131651e7",
                "DCSA:3cecb101-7a1a-43a4-9d62-e88a131651e8");
    }

    @Test
    void vessel_arrivals_are_actual_arrivals_and_estimated_loads_are_estimated_loadings() {
        assertThat(events).extracting(MilestoneEvent::type, MilestoneEvent::sourceCode, MilestoneEvent::kind)
                .containsExactly(
                        tuple(MilestoneType.ARRIVED, "ARRI", TimeKind.ACTUAL),
                        tuple(null, "DRFT/SHI", TimeKind.ACTUAL),
                        tuple(MilestoneType.LOADED, "LOAD/EMPTY", TimeKind.ESTIMATED),
                        tuple(MilestoneType.ARRIVED, "ARRI", TimeKind.ACTUAL),
                        tuple(null, "DRFT/BKG", TimeKind.ACTUAL),
                        tuple(MilestoneType.LOADED, "LOAD/EMPTY", TimeKind.ESTIMATED),
                        tuple(null, "DRFT/TRD", TimeKind.ACTUAL));
    }

    @Test
    void event_times_with_offsets_become_utc_instants_and_creation_times_order_corrections() {
        assertThat(events).extracting(MilestoneEvent::eventTime).containsExactly(
                ARRIVED_IN_PARIS, NOV_12_0741_AT_PLUS_0830, NOV_12_0741_AT_PLUS_0830, ARRIVED_IN_PARIS,
                NOV_12_0741_AT_PLUS_0830, NOV_12_0741_AT_PLUS_0830, NOV_12_0741_AT_PLUS_0830);
        assertThat(events).extracting(MilestoneEvent::reportedAt).containsExactly(
                Instant.parse("2021-01-23T12:34:56Z"), Instant.parse("2021-01-23T12:34:56Z"),
                Instant.parse("2021-01-23T12:34:56Z"), Instant.parse("2021-01-09T14:12:56Z"),
                Instant.parse("2021-01-09T14:12:56Z"), Instant.parse("2021-01-09T14:12:56Z"),
                Instant.parse("2021-01-01T14:12:56Z"));
    }

    @Test
    void transport_and_equipment_events_happen_at_the_terminal_of_their_transport_call() {
        assertThat(events).extracting(MilestoneEvent::location, MilestoneEvent::facility, MilestoneEvent::mode)
                .containsExactly(
                        tuple(PARIS, "ADT", TransportMode.VESSEL),
                        tuple(null, null, null),
                        tuple(PARIS, "ADT", TransportMode.VESSEL),
                        tuple(PARIS, "ADT", TransportMode.VESSEL),
                        tuple(null, null, null),
                        tuple(PARIS, "ADT", TransportMode.VESSEL),
                        tuple(null, null, null));
    }

    @Test
    void an_arrival_carries_the_import_voyage_and_a_load_the_export_voyage_of_the_named_vessel() {
        MilestoneEvent arrival = events.get(0);
        MilestoneEvent load = events.get(2);

        assertThat(arrival.voyage()).isEqualTo("2103N");
        assertThat(load.voyage()).isEqualTo("2103S");
        assertThat(List.of(arrival, load)).allSatisfy(event -> {
            assertThat(event.vesselName()).isEqualTo("King of the Seas");
            assertThat(event.vesselImo()).isEqualTo(ImoNumber.of("9321483"));
        });
    }

    @Test
    void the_empty_indicator_travels_with_equipment_events() {
        assertThat(events).extracting(MilestoneEvent::empty)
                .containsExactly(false, false, true, false, false, true, false);
    }

    @Test
    void booking_and_transport_document_references_become_booking_and_master_bill() {
        CarrierReference forwardersReference = new CarrierReference(CUSTOMER_REFERENCE, "string");

        assertThat(events.get(0).references()).containsExactly(BOOKED, BILL, forwardersReference);
        assertThat(events.get(4).references()).containsExactly(BOOKED, forwardersReference);
        assertThat(events.get(6).references()).containsExactly(BILL, forwardersReference);
    }

    @Test
    void a_shipping_instruction_is_not_a_reference_a_shipment_is_known_by() {
        assertThat(events.get(1).references()).containsExactly(new CarrierReference(CUSTOMER_REFERENCE, "string"));
    }

    @Test
    void equipment_references_name_the_container_of_every_event() {
        assertThat(events).allSatisfy(event -> assertThat(event.equipment()).containsExactly(APZU));
    }

    @Test
    void every_event_remembers_its_sender_arrival_and_inbox_message() {
        assertThat(events).allSatisfy(event -> {
            assertThat(event.source()).isEqualTo(new EventSource(EventFormat.DCSA, DcsaMessages.CARRIER));
            assertThat(event.receivedAt()).isEqualTo(DcsaMessages.RECEIVED);
            assertThat(event.messageId()).isEqualTo(42L);
        });
    }
}
