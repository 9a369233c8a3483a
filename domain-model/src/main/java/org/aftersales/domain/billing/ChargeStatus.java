package org.aftersales.domain.billing;

import java.math.BigDecimal;

/** 10.3 收费管理: where a charge stands, from what was received against its total (the list's filter). */
public enum ChargeStatus {
    /** Nothing received yet. */
    UNPAID,
    /** Received in part: a balance remains. */
    PART_PAID,
    /** Received in whole. */
    PAID;

    /** The status of a charge of {@code total} of which {@code paid} was received. */
    public static ChargeStatus of(BigDecimal total, BigDecimal paid) {
        if (paid.signum() <= 0) {
            return UNPAID;
        }
        return paid.compareTo(total) < 0 ? PART_PAID : PAID;
    }
}
