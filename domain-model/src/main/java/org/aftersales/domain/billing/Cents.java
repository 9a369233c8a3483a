package org.aftersales.domain.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money of billing: CNY with two decimals, rounded half-up at each line (B2). */
public final class Cents {

    public static final int SCALE = 2;
    public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(SCALE);

    private Cents() {}

    /** The amount rounded half-up to the cent; null stays null. */
    public static BigDecimal of(BigDecimal amount) {
        return amount == null ? null : amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** The amount rounded to the cent, zero for null. */
    public static BigDecimal orZero(BigDecimal amount) {
        return amount == null ? ZERO : of(amount);
    }

    /** {@code amount × rate}, rounded half-up to the cent (B2: each line on its own). */
    public static BigDecimal times(BigDecimal amount, BigDecimal rate) {
        return of(amount.multiply(rate));
    }
}
