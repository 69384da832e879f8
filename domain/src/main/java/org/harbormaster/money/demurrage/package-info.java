/**
 * Demurrage and detention: free-time tariffs per carrier, port and equipment, working-day calendars, the
 * last free day, and the charges accrued and projected per container. Works on instants and dates only, not
 * on shipments (the shipment package already depends on money), so the exception rules feed it milestones.
 */
package org.harbormaster.money.demurrage;
