package org.harbormaster.money;

/** What a cost line pays for; the categories a forwarder's budget and vendor invoices are split by. */
public enum CostCategory {
    OCEAN_FREIGHT,
    AIR_FREIGHT,
    ORIGIN_CHARGES,
    DESTINATION_CHARGES,
    TERMINAL_HANDLING,
    DRAYAGE,
    RAIL,
    TRUCKING,
    CFS_HANDLING,
    CUSTOMS_BROKERAGE,
    DUTIES_AND_TAXES,
    INSURANCE,
    DEMURRAGE,
    DETENTION,
    STORAGE,
    OTHER
}
