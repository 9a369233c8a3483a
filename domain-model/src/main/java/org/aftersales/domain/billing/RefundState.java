package org.aftersales.domain.billing;

/** W6, B4: a refund waits for its approval (kind REFUND), is paid out, or was rejected. */
public enum RefundState {
    AWAITING_APPROVAL,
    PAID,
    REJECTED
}
