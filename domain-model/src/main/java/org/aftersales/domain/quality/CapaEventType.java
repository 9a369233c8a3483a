package org.aftersales.domain.quality;

/** Q3: the lines of a corrective action's history (the states, and the closing's approval). */
public enum CapaEventType {
    PROPOSED,
    CONFIRMED,
    IN_PROGRESS,
    VERIFIED,
    CLOSURE_SUBMITTED,
    CLOSURE_REJECTED,
    CLOSED
}
