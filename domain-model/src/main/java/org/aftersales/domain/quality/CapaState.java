package org.aftersales.domain.quality;

/** Q3: where a corrective or preventive action stands; CLOSED is final. */
public enum CapaState {
    PROPOSED,
    CONFIRMED,
    IN_PROGRESS,
    VERIFIED,
    CLOSED
}
