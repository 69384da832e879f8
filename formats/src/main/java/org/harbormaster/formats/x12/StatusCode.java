package org.harbormaster.formats.x12;

import java.util.Optional;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;

/**
 * What one B4-03 shipment status code means to Harbormaster.
 *
 * @param milestone    the milestone it reports; empty for notices (delay notices, appointments, carrier release)
 * @param mode         the conveyance the code implies (vessel or rail codes), empty when it implies none
 * @param impliesEmpty the code itself speaks of empty equipment; used when B4-09 does not say
 */
record StatusCode(String code, Optional<MilestoneType> milestone, Optional<TransportMode> mode,
                  boolean impliesEmpty, String meaning) {
}
