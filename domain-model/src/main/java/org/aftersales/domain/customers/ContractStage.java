package org.aftersales.domain.customers;

/**
 * C5: the QYBS cycle of a service contract — Q 签订合同 signed → Y 验收 accepted into the archive →
 * B 保修 in service → S 跟进 follow-up (then a renewal starts the cycle again).
 */
public enum ContractStage {
    SIGNED,
    ACCEPTED,
    IN_SERVICE,
    FOLLOW_UP;

    /** The stage after this one; FOLLOW_UP is the last (a renewal is a new contract). */
    public ContractStage next() {
        if (this == FOLLOW_UP) {
            throw new IllegalStateException("Follow-up is the last stage: renew the contract to start again.");
        }
        return values()[ordinal() + 1];
    }
}
