package org.harbormaster.kpi;

import java.time.Instant;
import java.util.Objects;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.demurrage.ChargeKind;
import org.harbormaster.money.demurrage.EquipmentClass;

/**
 * One container's demurrage or detention clock, from a shipment's actuals (see {@link FreeTimeClocks}).
 *
 * @param carrier   the shipment's carrier, null when unknown (the tariff book then falls back to any carrier)
 * @param started   discharge (demurrage) or full gate-out (detention)
 * @param available availability for pickup, where known; a demurrage tariff may count from it
 * @param ended     full gate-out (demurrage) or empty return (detention); null while the clock runs
 */
public record ContainerClock(Subject subject, String container, EquipmentClass equipment, Scac carrier,
                             ChargeKind kind, UnLocode port, Instant started, Instant available, Instant ended) {

    public ContainerClock {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(equipment, "equipment");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(started, "started");
    }
}
