package org.harbormaster.kpi;

/** What a KPI can be broken down by. Each fact knows its {@link Subject}; the period comes from its date. */
public enum Dimension {
    REGION,
    /** Origin to destination UN/LOCODE, e.g. {@code CNYTN-USLGB}. */
    LANE,
    /** Origin to destination country, e.g. {@code CN-US}. */
    COUNTRY_LANE,
    /** The shipment's main carrier (SCAC). */
    CARRIER,
    /** The vendor of the leg a milestone belongs to; the carrier where a fact has no leg. */
    VENDOR,
    CUSTOMER,
    /** Where a report came from: format and sender, e.g. {@code DCSA/MAEU}. */
    SOURCE,
    /** The day, ISO week or month of the fact's date, in UTC. */
    PERIOD
}
