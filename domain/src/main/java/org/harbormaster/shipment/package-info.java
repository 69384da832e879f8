/**
 * The shipment: what was booked ({@link org.harbormaster.shipment.ShipmentDetails}), how it is meant to
 * move ({@link org.harbormaster.shipment.Plan} of legs, drafted from a {@link org.harbormaster.shipment.PlanTemplate}),
 * and its milestones with planned, estimated and actual times. Status is derived, never stored by hand.
 */
package org.harbormaster.shipment;
