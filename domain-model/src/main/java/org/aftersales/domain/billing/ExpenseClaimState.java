package org.aftersales.domain.billing;

/** B6: PENDING (walking its chain) → APPROVED → PAID; or REJECTED / WITHDRAWN. */
public enum ExpenseClaimState {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    PAID;

    /** Approved amounts count as costs of their tickets and against the quota. */
    public boolean approved() {
        return this == APPROVED || this == PAID;
    }
}
