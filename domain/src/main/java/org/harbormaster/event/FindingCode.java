package org.harbormaster.event;

/** What can be wrong with an event's data, counted per source for the data-quality KPI. */
public enum FindingCode {
    /** The source's status code maps to no milestone. */
    UNKNOWN_CODE,
    /** An actual time later than the moment the message arrived. */
    ACTUAL_IN_FUTURE,
    /** An actual time out of order with the plan, e.g. discharged before loaded. */
    IMPOSSIBLE_SEQUENCE,
    /** The event happened at a place the plan has no such milestone at. */
    LOCATION_CONTRADICTS_PLAN,
    /** An identifier whose check digit is wrong (container number, IMO, air waybill). */
    BAD_CHECK_DIGIT,
    /** No shipment matches the event's equipment or references (yet). */
    UNMATCHED
}
