package org.aftersales.domain.parts;

/** P4: REQUESTED → (APPROVED) → ISSUED / TO_BUY / REJECTED; a TO_BUY request is issued once the parts arrive. */
public enum PartRequestStatus {
    REQUESTED,
    APPROVED,
    ISSUED,
    TO_BUY,
    REJECTED;

    /** P4: the warehouse may still decide (approve, issue, buy, reject). */
    public boolean open() {
        return this == REQUESTED || this == APPROVED || this == TO_BUY;
    }
}
