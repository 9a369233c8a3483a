package org.aftersales.domain.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * B5, B7: the margin of a resolved ticket — what the customer was charged (the charge's total less
 * what was refunded; nothing when there is no charge, e.g. in warranty) less the quote's cost.
 */
public record TicketMargin(
        String ticketNumber, String model, Payer payer, Instant resolvedAt, BigDecimal cost, BigDecimal charged)
        implements java.io.Serializable {

    public TicketMargin {
        Objects.requireNonNull(ticketNumber);
        model = model == null ? "" : model;
        cost = Cents.orZero(cost);
        charged = Cents.orZero(charged);
    }

    /** charge − cost: negative when the company paid more than it took (every warranty repair). */
    public BigDecimal margin() {
        return charged.subtract(cost);
    }

    public TicketMargin charged(BigDecimal amount) {
        return new TicketMargin(ticketNumber, model, payer, resolvedAt, cost, amount);
    }
}
