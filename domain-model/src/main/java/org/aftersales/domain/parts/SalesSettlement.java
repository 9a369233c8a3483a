package org.aftersales.domain.parts;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.aftersales.domain.shared.PaymentSlip;

/**
 * P5: the sales settlement (销售结帐) of a service point's counter, handed in on a payment slip
 * ({@link PaymentSlip}: 缴款单 with its T10 number, who paid in and to which cashier, finance's
 * receipt): the sales it covers, their count and total. Every sale is on one settlement at most.
 */
@Entity
@NamedQuery(name = "SalesSettlement.byNumber", query = "SELECT s FROM SalesSettlement s WHERE s.number = :number")
@Table(name = "sales_settlement")
public class SalesSettlement extends PaymentSlip {

    protected SalesSettlement() {}

    public SalesSettlement(
            String number,
            String servicePoint,
            int salesCount,
            BigDecimal total,
            String paidInBy,
            String cashier,
            Instant settledAt) {
        super(number, servicePoint, salesCount, total, paidInBy, cashier, settledAt);
    }

    public String getServicePoint() {
        return getUnit();
    }

    public int getSalesCount() {
        return getItemCount();
    }
}
