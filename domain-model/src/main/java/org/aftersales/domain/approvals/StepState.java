package org.aftersales.domain.approvals;

/**
 * A step of a running request: decided (DONE), the one deciding now (PENDING), still to come
 * (WAITING), not needed for this amount (SKIPPED), or where the request was turned down (REJECTED).
 */
public enum StepState {
    DONE,
    PENDING,
    WAITING,
    SKIPPED,
    REJECTED
}
