/**
 * Money as amount and currency, and the shipment budget as cost lines. Tariffs, demurrage and detention
 * come here when the exception engine needs them.
 */
package org.harbormaster.money;
