package org.aftersales.domain.shared;

import java.math.BigDecimal;

/**
 * P5, 10.3: money taken in cash (a counter's sale, a technician's payment on site) that is handed in
 * to finance on one payment slip (缴款单, {@link PaymentSlip}) — once.
 */
public interface CashItem {

    /** The amount handed in for it. */
    BigDecimal cashAmount();

    /** Whether it is on a payment slip already. */
    boolean settled();

    /** Goes on the payment slip {@code slipNumber}; a second time is a programming error. */
    void settle(String slipNumber);
}
