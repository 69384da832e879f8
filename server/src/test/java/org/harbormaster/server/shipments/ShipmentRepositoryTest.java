package org.harbormaster.server.shipments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.harbormaster.event.EventApplication;
import org.harbormaster.event.EventFormat;
import org.harbormaster.event.EventSource;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.harbormaster.shipment.EventStamp;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ShipmentRepositoryTest extends EmbeddedDatabaseTestSupport {

    @Autowired
    ShipmentRepository shipments;

    @Autowired
    ShipmentService service;

    private Shipment booked(String reference, String container) {
        return service.book(tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue(ShipmentJson.fclImport(reference, container, "USLGB", "45G1"), ShipmentRequest.class));
    }

    @Test
    void an_applied_event_is_stored_with_the_event_that_set_it_and_the_derived_status() {
        Shipment shipment = booked("REPO-1", "CBHU3202732");
        Instant departed = Instant.parse("2026-12-01T07:10:00Z");
        Instant reported = Instant.parse("2026-12-01T08:00:00Z");
        MilestoneEvent event = new MilestoneEvent("DCSA:evt-1", MilestoneType.DEPARTED, "DEPA", TimeKind.ACTUAL,
                departed, UnLocode.of("CNYTN"), null, null, List.of(ContainerNumber.of("CBHU3202732")), List.of(),
                null, null, null, false, new EventSource(EventFormat.DCSA, "MAEU"), reported, reported, null);
        EventApplication.Applied applied = EventApplication.apply(shipment, event);

        Shipment saved = shipments.saveMilestones(applied.shipment(), List.of(applied.milestone()));
        Shipment reloaded = shipments.findByReference("REPO-1").orElseThrow();

        Milestone milestone = reloaded.milestone("DEPARTED@CNYTN").orElseThrow();
        assertThat(milestone.actual()).isEqualTo(departed);
        assertThat(milestone.actualBy()).isEqualTo(new EventStamp(reported, "DCSA:evt-1"));
        assertThat(reloaded.status()).isEqualTo(ShipmentStatus.IN_TRANSIT);
        assertThat(reloaded.version()).isEqualTo(saved.version()).isEqualTo(shipment.version() + 1);
        assertThat(shipments.list(new ShipmentQuery(null, null, null, ShipmentStatus.IN_TRANSIT, null,
                "CBHU3202732", null), null, 10).items()).hasSize(1);
    }

    @Test
    void saving_milestones_over_a_newer_version_is_refused() {
        Shipment shipment = booked("REPO-2", "MWCU6059784");
        Milestone loaded = shipment.milestone("LOADED@CNYTN").orElseThrow().withActual(Instant.parse("2026-12-01T00:00:00Z"));
        shipments.saveMilestones(shipment, List.of(loaded));

        assertThatThrownBy(() -> shipments.saveMilestones(shipment, List.of(loaded)))
                .isInstanceOf(StaleShipmentException.class);
    }
}
