package org.harbormaster.server.dcsa;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.harbormaster.shipment.MilestoneType;

/**
 * How our milestones read as DCSA T&amp;T 2.2 events when we publish them: the event type, its type code,
 * and for an empty return the empty indicator. Milestones without a line here are not published: the
 * three cut-offs are deadlines, not events, and "available for pickup" has no DCSA 2.2 event.
 */
enum DcsaEventCode {
    DEPARTED(MilestoneType.DEPARTED, DcsaEventType.TRANSPORT, "DEPA", false),
    ARRIVED(MilestoneType.ARRIVED, DcsaEventType.TRANSPORT, "ARRI", false),
    LOADED(MilestoneType.LOADED, DcsaEventType.EQUIPMENT, "LOAD", false),
    DISCHARGED(MilestoneType.DISCHARGED, DcsaEventType.EQUIPMENT, "DISC", false),
    GATE_IN(MilestoneType.GATE_IN, DcsaEventType.EQUIPMENT, "GTIN", false),
    GATE_OUT(MilestoneType.GATE_OUT, DcsaEventType.EQUIPMENT, "GTOT", false),
    STUFFED(MilestoneType.STUFFED, DcsaEventType.EQUIPMENT, "STUF", false),
    STRIPPED(MilestoneType.STRIPPED, DcsaEventType.EQUIPMENT, "STRP", false),
    PICKED_UP(MilestoneType.PICKED_UP, DcsaEventType.EQUIPMENT, "PICK", false),
    DELIVERED(MilestoneType.DELIVERED, DcsaEventType.EQUIPMENT, "DROP", false),
    EMPTY_RETURNED(MilestoneType.EMPTY_RETURNED, DcsaEventType.EQUIPMENT, "GTIN", true),
    /** Closest 2.2 shape: a shipment event "Released" about the customs document (documentTypeCode CUS). */
    CUSTOMS_RELEASED(MilestoneType.CUSTOMS_RELEASED, DcsaEventType.SHIPMENT, "RELS", false);

    /** The document a published shipment event is about (only customs releases are published as such). */
    static final String CUSTOMS_DOCUMENT = "CUS";

    private final MilestoneType milestone;
    private final DcsaEventType eventType;
    private final String code;
    private final boolean alwaysEmpty;

    DcsaEventCode(MilestoneType milestone, DcsaEventType eventType, String code, boolean alwaysEmpty) {
        this.milestone = milestone;
        this.eventType = eventType;
        this.code = code;
        this.alwaysEmpty = alwaysEmpty;
    }

    static Optional<DcsaEventCode> of(MilestoneType milestone) {
        return Arrays.stream(values()).filter(c -> c.milestone == milestone).findFirst();
    }

    static List<DcsaEventCode> ofType(DcsaEventType type) {
        return Arrays.stream(values()).filter(c -> c.eventType == type).toList();
    }

    MilestoneType milestone() {
        return milestone;
    }

    DcsaEventType eventType() {
        return eventType;
    }

    /** transportEventTypeCode, equipmentEventTypeCode or shipmentEventTypeCode, by {@link #eventType()}. */
    String code() {
        return code;
    }

    boolean alwaysEmpty() {
        return alwaysEmpty;
    }
}
