package org.aftersales.domain.billing;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.aftersales.domain.shared.PaymentSlip;

/**
 * 10.3 收费管理: the cash a technician took on site for charges, handed in at the end of the day on a
 * payment slip (缴款单, {@link PaymentSlip}) to the finance office's cashier, who settles it (confirms
 * the receipt) once.
 */
@Entity
@NamedQuery(name = "CashSlip.byNumber", query = "SELECT s FROM CashSlip s WHERE s.number = :number")
@Table(name = "cash_slip")
@AttributeOverride(
        name = "unit",
        column = @Column(name = "department", nullable = false, updatable = false, length = 8))
@AttributeOverride(name = "itemCount", column = @Column(name = "payments_count", nullable = false, updatable = false))
public class CashSlip extends PaymentSlip {

    protected CashSlip() {}

    public CashSlip(
            String number,
            String department,
            int payments,
            BigDecimal total,
            String paidInBy,
            String cashier,
            Instant settledAt) {
        super(number, department, payments, total, paidInBy, cashier, settledAt);
    }
}
