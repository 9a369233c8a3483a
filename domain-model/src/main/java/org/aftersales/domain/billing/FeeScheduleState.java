package org.aftersales.domain.billing;

/** B1: a fee schedule version waits for its approval (kind FEE_SCHEDULE), is approved, or was rejected. */
public enum FeeScheduleState {
    AWAITING_APPROVAL,
    APPROVED,
    REJECTED
}
