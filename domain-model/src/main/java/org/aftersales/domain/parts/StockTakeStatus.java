package org.aftersales.domain.parts;

/**
 * P6: a stock-take (盘点) — COUNTING (counts entered, recounts after a rejection) → SUBMITTED →
 * APPROVED (the adjustments are posted to the ledger) or back to COUNTING when rejected; CANCELLED
 * while counting leaves the stock as it is.
 */
public enum StockTakeStatus {
    COUNTING,
    SUBMITTED,
    APPROVED,
    CANCELLED;

    /** Still in progress: at most one per service point. */
    public boolean open() {
        return this == COUNTING || this == SUBMITTED;
    }
}
