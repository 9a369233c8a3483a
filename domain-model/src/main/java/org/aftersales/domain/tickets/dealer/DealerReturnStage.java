package org.aftersales.domain.tickets.dealer;

/**
 * T7: the stages of a dealer return, in the order of the paper form — the dealer's part filed,
 * the unit received and checked, the problem judged, the handling decided, the unit disposed of
 * (closed). Each stage is recorded once, and only after the one before it.
 */
public enum DealerReturnStage {
    REGISTERED,
    RECEIVED,
    JUDGED,
    DECIDED,
    CLOSED;

    /** The stage after this one; none after CLOSED. */
    public DealerReturnStage next() {
        if (this == CLOSED) {
            throw new IllegalStateException("A closed dealer return has no next stage");
        }
        return values()[ordinal() + 1];
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
