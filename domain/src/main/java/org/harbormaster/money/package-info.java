/**
 * Money as amount and currency, and the shipment budget as cost lines. Demurrage and detention tariffs,
 * free time and charges are in {@code money.demurrage}.
 */
package org.harbormaster.money;
