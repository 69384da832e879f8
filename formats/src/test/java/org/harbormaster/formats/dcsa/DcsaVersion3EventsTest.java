package org.harbormaster.formats.dcsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.formats.events.ParseFailure;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

/**
 * T&T 3.0 events: metadata and payload instead of one flat object, {@code relatedDocumentReferences} and
 * {@code references} of {@code type} and {@code value}, locations with a {@code locationType}, transport
 * calls by mode (vessel, barge, rail, truck), renamed voyage and vessel fields, retractions, new codes.
 */
class DcsaVersion3EventsTest {

    private static final String TRANSSHIPMENT_LOAD = """
            {
              "metadata": {
                "eventID": "b1d6f3a2-3c5e-4c1f-8f0e-5a9d2b7c4e10",
                "eventCreatedDateTime": "2024-02-25T10:15:00+08:00",
                "eventType": "EQUIPMENT",
                "publisher": {"partyName": "Hapag-Lloyd", "carrierCode": "HLC", "carrierCodeListProvider": "SMDG"},
                "publisherRole": "CA"
              },
              "payload": {
                "eventClassifierCode": "ACT",
                "eventDateTime": "2024-02-25T09:40:00+08:00",
                "equipmentEventTypeCode": "LOAD",
                "equipmentReference": "CSQU3054383",
                "ISOEquipmentCode": "42G1",
                "emptyIndicatorCode": "LADEN",
                "isTransshipmentMove": true,
                "transportCall": {
                  "transportCallReference": "SIN-0225-7",
                  "modeOfTransport": "VESSEL",
                  "location": {"locationType": "UNLO", "locationName": "Port of Singapore", "UNLocationCode": "SGSIN"},
                  "carrierServiceCode": "FE1",
                  "carrierExportVoyageNumber": "412E",
                  "carrierImportVoyageNumber": "411W",
                  "facilityTypeCode": "POTE",
                  "vessel": {"vesselIMONumber": "9321483", "name": "King of the Seas", "flag": "NL"}
                },
                "relatedDocumentReferences": [
                  {"type": "BKG", "value": "260123456"},
                  {"type": "TRD", "value": "HLCUSIN240212345"},
                  {"type": "SHI", "value": "SI-7781"}
                ],
                "references": [
                  {"type": "EQ", "value": "CSQU3054383"},
                  {"type": "PO", "value": "PO-4711"},
                  {"type": "AES", "value": "X20240225000001"}
                ]
              }
            }""";

    @Test
    void an_equipment_event_in_metadata_and_payload_reads_like_its_flat_ancestor() {
        ParseOutcome outcome = DcsaMessages.parse("[" + TRANSSHIPMENT_LOAD + "]");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(load -> {
            assertThat(load.eventKey()).isEqualTo("DCSA:b1d6f3a2-3c5e-4c1f-8f0e-5a9d2b7c4e10");
            assertThat(load.type()).isEqualTo(MilestoneType.LOADED);
            assertThat(load.sourceCode()).isEqualTo("LOAD/LADEN");
            assertThat(load.kind()).isEqualTo(TimeKind.ACTUAL);
            assertThat(load.eventTime()).isEqualTo(Instant.parse("2024-02-25T01:40:00Z"));
            assertThat(load.reportedAt()).isEqualTo(Instant.parse("2024-02-25T02:15:00Z"));
            assertThat(load.location()).isEqualTo(UnLocode.of("SGSIN"));
            assertThat(load.facility()).isEqualTo("Port of Singapore");
            assertThat(load.mode()).isEqualTo(TransportMode.VESSEL);
            assertThat(load.vesselName()).isEqualTo("King of the Seas");
            assertThat(load.vesselImo()).isEqualTo(ImoNumber.of("9321483"));
            assertThat(load.voyage()).isEqualTo("412E");
            assertThat(load.equipment()).containsExactly(ContainerNumber.of("CSQU3054383"));
        });
    }

    @Test
    void related_document_references_and_typed_references_name_booking_bill_and_purchase_order() {
        MilestoneEvent load = DcsaMessages.parse(TRANSSHIPMENT_LOAD).events().get(0);

        assertThat(load.references()).containsExactly(
                new CarrierReference(ReferenceType.BOOKING, "260123456"),
                new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, "HLCUSIN240212345"),
                new CarrierReference(ReferenceType.PURCHASE_ORDER, "PO-4711"));
    }

    @Test
    void a_single_event_object_is_read_as_one_event() {
        assertThat(DcsaMessages.parse(TRANSSHIPMENT_LOAD).events()).hasSize(1);
    }

    @Test
    void a_train_arriving_at_the_ramp_is_an_arrival_by_rail() {
        ParseOutcome outcome = DcsaMessages.parse("""
                [{"metadata": {"eventID": "rail-ARRI-0042", "eventCreatedDateTime": "2024-02-29T02:55:00-06:00",
                               "eventType": "TRANSPORT", "publisherRole": "CA",
                               "publisher": {"carrierCode": "MSC", "carrierCodeListProvider": "SMDG"}},
                  "payload": {"eventClassifierCode": "EST", "eventDateTime": "2024-03-02T07:41:00-06:00",
                              "transportEventTypeCode": "ARRI",
                              "transportCall": {"transportCallReference": "6E3BA447", "modeOfTransport": "RAIL",
                                                "location": {"locationType": "UNLO", "UNLocationCode": "USCHI"},
                                                "railCar": "railcar1", "departureID": "391adc3e"}}}]""");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::eventKey, MilestoneEvent::type, MilestoneEvent::kind,
                MilestoneEvent::mode, MilestoneEvent::location, MilestoneEvent::eventTime).containsExactly(
                tuple("DCSA:rail-ARRI-0042", MilestoneType.ARRIVED, TimeKind.ESTIMATED, TransportMode.RAIL,
                        UnLocode.of("USCHI"), Instant.parse("2024-03-02T13:41:00Z")));
    }

    @Test
    void a_truck_transport_call_without_a_location_still_reports_the_trucks_arrival() {
        ParseOutcome outcome = DcsaMessages.parse("""
                [{"metadata": {"eventID": "6ae78068-e658-4755-800a-67503fa1fb64",
                               "eventCreatedDateTime": "2024-02-28T02:55:00+03:00", "eventType": "TRANSPORT"},
                  "payload": {"eventClassifierCode": "EST", "eventDateTime": "2024-03-05T07:41:00+08:30",
                              "transportEventTypeCode": "ARRI",
                              "transportCall": {"transportCallReference": "6E3BA448", "modeOfTransport": "TRUCK",
                                                "licencePlate": "1234nf932"}}}]""");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(arrival -> {
            assertThat(arrival.type()).isEqualTo(MilestoneType.ARRIVED);
            assertThat(arrival.mode()).isEqualTo(TransportMode.TRUCK);
            assertThat(arrival.location()).isNull();
        });
    }

    @Test
    void a_barge_transport_call_names_its_barge() {
        ParseOutcome outcome = DcsaMessages.parse("""
                {"metadata": {"eventID": "barge-DEPA-1", "eventCreatedDateTime": "2024-02-28T10:00:00+01:00",
                              "eventType": "TRANSPORT"},
                 "payload": {"eventClassifierCode": "ACT", "eventDateTime": "2024-02-28T09:30:00+01:00",
                             "transportEventTypeCode": "DEPA",
                             "transportCall": {"transportCallReference": "B-77", "modeOfTransport": "BARGE",
                                               "location": {"locationType": "UNLO", "UNLocationCode": "NLRTM"},
                                               "carrierExportVoyageNumber": "B12",
                                               "barge": {"vesselIMONumber": "9074729", "name": "Rijnvaart 7"}}}}""");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::mode, MilestoneEvent::vesselName,
                MilestoneEvent::vesselImo, MilestoneEvent::voyage).containsExactly(
                tuple(MilestoneType.DEPARTED, TransportMode.BARGE, "Rijnvaart 7", ImoNumber.of("9074729"), "B12"));
    }

    @Test
    void an_empty_picked_up_at_a_port_reports_no_milestone_but_keeps_its_place() {
        ParseOutcome outcome = DcsaMessages.parse("""
                [{"metadata": {"eventID": "3ac63340-3f64-434b-8410-67942a2cef21",
                               "eventCreatedDateTime": "2024-02-18T17:40:00+01:00", "eventType": "EQUIPMENT"},
                  "payload": {"eventClassifierCode": "ACT", "eventDateTime": "2024-02-18T17:36:00+01:00",
                              "equipmentEventTypeCode": "PICK", "equipmentReference": "CSQU3054383",
                              "emptyIndicatorCode": "EMPTY", "isTransshipmentMove": false,
                              "location": {"locationType": "FACI", "UNLocationCode": "NLRTM",
                                           "facilityCode": "ECTDE", "facilityCodeListProvider": "SMDG"},
                              "facilityTypeCode": "POTE"}}]""");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type, MilestoneEvent::sourceCode, MilestoneEvent::empty,
                MilestoneEvent::location, MilestoneEvent::facility).containsExactly(
                tuple(null, "PICK/EMPTY", true, UnLocode.of("NLRTM"), "ECTDE"));
    }

    @Test
    void a_customs_release_of_the_container_and_its_availability_are_milestones() {
        ParseOutcome outcome = DcsaMessages.parse("""
                [%s, %s]""".formatted(equipmentEvent("cusr-1", "CUSR"), equipmentEvent("avpu-1", "AVPU")));

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).extracting(MilestoneEvent::type).containsExactly(
                MilestoneType.CUSTOMS_RELEASED, MilestoneType.AVAILABLE_FOR_PICKUP);
    }

    @Test
    void an_issued_bill_of_lading_names_the_master_bill_by_its_document_reference() {
        ParseOutcome outcome = DcsaMessages.parse("""
                [{"metadata": {"eventID": "84db923d-2a19-4eb0-beb5-446c1ec57d34",
                               "eventCreatedDateTime": "2024-02-19T06:31:00+02:00", "eventType": "SHIPMENT"},
                  "payload": {"eventType": "SHIPMENT", "eventClassifierCode": "ACT",
                              "eventDateTime": "2024-02-19T06:31:00+02:00", "shipmentEventTypeCode": "ISSU",
                              "documentTypeCode": "TRD", "documentReference": "HLCUSIN240212345",
                              "relatedDocumentReferences": [{"type": "BKG", "value": "260123456"}],
                              "references": [{"type": "FF", "value": "HM-T-0099"}]}}]""");

        assertThat(outcome.failures()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(issued -> {
            assertThat(issued.type()).isNull();
            assertThat(issued.sourceCode()).isEqualTo("ISSU/TRD");
            assertThat(issued.references()).containsExactly(
                    new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, "HLCUSIN240212345"),
                    new CarrierReference(ReferenceType.BOOKING, "260123456"),
                    new CarrierReference(ReferenceType.CUSTOMER_REFERENCE, "HM-T-0099"));
        });
    }

    @Test
    void a_retraction_is_reported_for_review_and_applies_nothing() {
        ParseOutcome outcome = DcsaMessages.parse("""
                [{"metadata": {"eventID": "2239d040-78c9-4172-8863-89428af41a0e",
                               "eventCreatedDateTime": "2024-02-20T07:41:00+08:30", "eventType": "TRANSPORT",
                               "retractedEventID": "957e4966-dad0-4111-9f8f-fb7216c43907"}},
                 %s]""".formatted(TRANSSHIPMENT_LOAD));

        assertThat(outcome.events()).hasSize(1);
        assertThat(outcome.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.where()).isEqualTo("$[0].metadata.retractedEventID");
            assertThat(failure.reason()).contains("DCSA:957e4966-dad0-4111-9f8f-fb7216c43907")
                    .contains("not applied automatically");
        });
    }

    @Test
    void an_event_with_metadata_but_no_payload_is_named_at_its_payload() {
        ParseOutcome outcome = DcsaMessages.parse("""
                [{"metadata": {"eventID": "x-1", "eventCreatedDateTime": "2024-02-20T07:41:00Z",
                               "eventType": "TRANSPORT"}}]""");

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason)
                .containsExactly(tuple("$[0].payload", "payload is required, but missing"));
    }

    @Test
    void version_3_requires_an_event_id_but_the_event_is_still_kept_under_a_content_key() {
        String withoutId = TRANSSHIPMENT_LOAD.replace("\"eventID\": \"b1d6f3a2-3c5e-4c1f-8f0e-5a9d2b7c4e10\",", "");

        ParseOutcome outcome = DcsaMessages.parse(withoutId);

        assertThat(outcome.failures()).extracting(ParseFailure::where, ParseFailure::reason)
                .containsExactly(tuple("$.metadata.eventID", "eventID is required, but missing"));
        assertThat(outcome.events()).singleElement()
                .satisfies(event -> assertThat(event.eventKey()).startsWith("DCSA#"));
    }

    @Test
    void payload_fields_are_reported_under_the_payload() {
        ParseOutcome outcome = DcsaMessages.parse(TRANSSHIPMENT_LOAD
                .replace("2024-02-25T09:40:00+08:00", "2024-02-25 09:40")
                .replace("\"value\": \"CSQU3054383\"", "\"value\": \"CSQU3054384\""));

        assertThat(outcome.failures()).extracting(ParseFailure::where).containsExactly(
                "$.payload.eventDateTime", "$.payload.references[0].value");
    }

    private static String equipmentEvent(String id, String code) {
        return """
                {"metadata": {"eventID": "%s", "eventCreatedDateTime": "2024-02-27T08:00:00-08:00",
                              "eventType": "EQUIPMENT"},
                 "payload": {"eventClassifierCode": "ACT", "eventDateTime": "2024-02-27T07:30:00-08:00",
                             "equipmentEventTypeCode": "%s", "equipmentReference": "CSQU3054383",
                             "emptyIndicatorCode": "LADEN",
                             "location": {"locationType": "UNLO", "UNLocationCode": "USLGB"}}}""".formatted(id, code);
    }
}
