package org.aftersales.domain.approvals;

/** Where an approval request stands: waiting for a step, or ended one of three ways. */
public enum ApprovalState {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN;

    public boolean ended() {
        return this != PENDING;
    }
}
