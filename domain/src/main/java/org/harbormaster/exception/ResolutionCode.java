package org.harbormaster.exception;

/** Why an operator resolved an alert; counted per rule and team to learn what fixes what. */
public enum ResolutionCode {
    REBOOKED,
    EXPEDITED,
    CUSTOMER_INFORMED,
    APPOINTMENT_BOOKED,
    DOCUMENTS_SUPPLIED,
    DISPUTED_WITH_VENDOR,
    COST_ACCEPTED,
    DATA_CORRECTED,
    NO_ACTION_NEEDED,
    OTHER
}
