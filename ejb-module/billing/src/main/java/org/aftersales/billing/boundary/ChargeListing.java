package org.aftersales.billing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.domain.billing.Charge;
import org.aftersales.domain.billing.ChargeStatus;

/** 10.3 收费管理: the charges list's filter and rows (the screen's lazy table and its Excel export). */
public final class ChargeListing {

    private ChargeListing() {}

    /**
     * The filter: the charge's or the ticket's number (starts with), the customer (contains), the status,
     * the day the charge was made (from/to inclusive, in the department's time zone); nulls leave it open.
     */
    public record ChargeQuery(String number, String customer, ChargeStatus status, LocalDate from, LocalDate to)
            implements Serializable {}

    public record ChargeRow(
            String number,
            String ticketNumber,
            String customerName,
            BigDecimal total,
            BigDecimal paid,
            BigDecimal refunded,
            BigDecimal balance,
            ChargeStatus status,
            Instant createdAt,
            String createdBy)
            implements Serializable {
        static ChargeRow of(Charge c) {
            return new ChargeRow(
                    c.getNumber(),
                    c.getTicketNumber(),
                    c.getCustomerName(),
                    c.getTotal(),
                    c.getPaid(),
                    c.getRefunded(),
                    c.balance(),
                    c.status(),
                    c.getCreatedAt(),
                    c.getCreatedBy());
        }
    }
}
