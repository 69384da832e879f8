package org.harbormaster.server.dcsa;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * A carrier that sends us DCSA events: it pushes them to {@code /dcsa/callback/{id}}, signed with the secret
 * we gave it (kept apart, never read back out), and we may poll its {@code {baseUrl}/v2/events}.
 *
 * @param lastEventCreatedAt the newest eventCreatedDateTime pulled so far: the next poll asks for later ones
 */
record CarrierSubscription(UUID id, String carrierCode, URI baseUrl, Instant createdAt, String createdBy,
                           boolean active, Instant lastEventCreatedAt, Instant lastPolledAt) {
}
