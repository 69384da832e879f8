package org.harbormaster.formats.csv.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harbormaster.formats.csv.status.TrackingExportRows.aDischargeAtLongBeach;
import static org.harbormaster.formats.csv.status.TrackingExportRows.with;
import static org.harbormaster.formats.csv.status.TrackingExportRows.withRows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.formats.events.ParseOutcome;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.ReferenceType;
import org.junit.jupiter.api.Test;

/** The export says when things happened, not when the service learnt them: the parser infers it. */
class TrackingExportReportTimesTest {

    private static Map<String, String> row(String id, String time, String description, String estimated) {
        return with(with(with(with(aDischargeAtLongBeach(), "id", id), "milestone_timestamp", time),
                "description", description), "estimated_time_arrival", estimated);
    }

    @Test
    void an_estimate_counts_as_reported_when_the_latest_actual_recorded_before_it_happened() {
        ParseOutcome outcome = withRows(
                row("1", "2026-06-01 10:00:00", "Vessel departed", "f"),
                row("2", "2026-07-01 08:00:00", "Estimated arrival at destination", "t"),
                row("3", "2026-06-10 12:00:00", "Vessel departed", "f"),
                row("4", "2026-07-03 08:00:00", "Estimated arrival at destination", "t")).parse();

        List<MilestoneEvent> events = outcome.events();
        assertThat(events).hasSize(4);
        assertThat(events.get(0).reportedAt()).isEqualTo(events.get(0).eventTime());
        assertThat(events.get(1).reportedAt()).isEqualTo(events.get(0).eventTime());
        assertThat(events.get(3).reportedAt()).isEqualTo(events.get(2).eventTime());
        assertThat(events.get(3).reportedAt()).isAfter(events.get(1).reportedAt());
    }

    @Test
    void the_service_record_order_is_its_ids_not_the_file_order() {
        ParseOutcome outcome = withRows(
                row("20", "2026-07-03 08:00:00", "Estimated arrival at destination", "t"),
                row("10", "2026-06-01 10:00:00", "Vessel departed", "f"),
                row("30", "2026-06-10 12:00:00", "Vessel departed", "f")).parse();

        MilestoneEvent estimate = outcome.events().get(0);
        assertThat(estimate.reportedAt()).isEqualTo(outcome.events().get(1).eventTime());
    }

    @Test
    void an_estimate_before_any_actual_counts_from_the_containers_earliest_time() {
        ParseOutcome outcome = withRows(
                row("1", "2026-07-03 08:00:00", "Estimated arrival at destination", "t"),
                row("2", "2026-06-01 10:00:00", "Vessel departed", "f")).parse();

        assertThat(outcome.events().get(0).reportedAt()).isEqualTo(outcome.events().get(1).eventTime());
    }

    @Test
    void nothing_counts_as_reported_after_it_was_received() {
        ParseOutcome outcome = withRows(row("1", "2027-01-05 10:00:00", "Vessel departed", "f")).parse();

        MilestoneEvent event = outcome.events().get(0);
        assertThat(event.reportedAt()).isEqualTo(event.receivedAt());
    }

    @Test
    void a_reported_at_column_and_the_bill_of_lading_and_booking_columns_are_read_where_an_export_has_them() {
        String csv = """
                container_id,milestone_timestamp,location_unlocode,description,estimated_time_arrival,planned,created_at,bl_number,booking
                CSQU3054383,2026-07-01 06:30:00,USLGB,Estimated arrival at destination,t,f,2026-06-20T04:00:00Z,MEDUAB123456,BK778
                """;
        ParseOutcome outcome = new StatusCsvParser().parse(csv.getBytes(StandardCharsets.UTF_8), TrackingExportRows.CONTEXT);

        assertThat(outcome.failures()).isEmpty();
        MilestoneEvent event = outcome.events().get(0);
        assertThat(event.reportedAt()).isEqualTo(Instant.parse("2026-06-20T04:00:00Z"));
        assertThat(event.references()).containsExactly(
                new CarrierReference(ReferenceType.MASTER_BILL_OF_LADING, "MEDUAB123456"),
                new CarrierReference(ReferenceType.BOOKING, "BK778"));
    }
}
