package org.harbormaster.exception;

import java.time.Instant;
import java.util.Objects;
import org.harbormaster.identity.ContainerNumber;

/**
 * A hold on a shipment's cargo, as the rules need it: milestones have no notion of a hold, so whoever learns
 * of one (a customs broker's message, a terminal's availability feed, an operator) feeds it in here.
 *
 * @param container the container held; null when the hold is on the whole shipment (e.g. a carrier hold on the bill)
 * @param released  when the hold was lifted; null while it is active
 * @param reason    as the source gave it, e.g. "CBP exam: VACIS"
 */
public record Hold(HoldType type, ContainerNumber container, Instant since, Instant released, String reason) {

    public Hold {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(since, "since");
        reason = reason == null ? "" : reason.strip();
        if (released != null && released.isBefore(since)) {
            throw new IllegalArgumentException("a hold cannot be released (" + released + ") before it started (" + since + ")");
        }
    }

    public boolean isActiveAt(Instant now) {
        return !since.isAfter(now) && (released == null || released.isAfter(now));
    }

    /** The alert subject: the container, or "shipment" for a hold on the whole shipment. */
    public String subject() {
        return container == null ? "shipment" : container.toString();
    }

    public Hold releasedAt(Instant at) {
        return new Hold(type, container, since, at, reason);
    }
}
