/**
 * Identifiers of the trade as validated value objects: container numbers, size-type codes, UN/LOCODEs,
 * SCACs, IMO numbers, air waybills and Incoterms. Each offers {@code parse(String)} returning what is wrong.
 */
package org.harbormaster.identity;
