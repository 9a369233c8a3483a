package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * P5: the sales settlement (销售结帐) of a service point's counter, handed in on a payment slip
 * (缴款单, three copies: 收款员存根, 财会室, 营业单位) with its T10 number: the sales it covers, their
 * count and total, who handed the money in (交款员) and who took it (收款员); finance confirms the
 * receipt. Every sale is on one settlement at most.
 */
@Entity
@NamedQuery(name = "SalesSettlement.byNumber", query = "SELECT s FROM SalesSettlement s WHERE s.number = :number")
@Table(name = "sales_settlement")
public class SalesSettlement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "slip_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String servicePoint;

    @Column(name = "sales_count", nullable = false, updatable = false)
    private int salesCount;

    @Column(name = "total", nullable = false, updatable = false, precision = 16, scale = 2)
    private BigDecimal total;

    /** 交款员. */
    @Column(name = "paid_in_by", nullable = false, updatable = false, length = 64)
    private String paidInBy;

    /** 收款员 of the finance office. */
    @Column(name = "cashier", nullable = false, updatable = false, length = 64)
    private String cashier;

    @Column(name = "settled_at", nullable = false, updatable = false)
    private Instant settledAt;

    @Column(name = "received_by", length = 64)
    private String receivedBy;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected SalesSettlement() {}

    public SalesSettlement(
            String number,
            String servicePoint,
            int salesCount,
            BigDecimal total,
            String paidInBy,
            String cashier,
            Instant settledAt) {
        if (salesCount <= 0) {
            throw new IllegalArgumentException("A settlement covers at least one sale");
        }
        this.number = Objects.requireNonNull(number);
        this.servicePoint = Objects.requireNonNull(servicePoint);
        this.salesCount = salesCount;
        this.total = Objects.requireNonNull(total).setScale(StockRules.MONEY_SCALE, java.math.RoundingMode.HALF_UP);
        this.paidInBy = Objects.requireNonNull(paidInBy);
        this.cashier = Objects.requireNonNull(cashier);
        this.settledAt = Objects.requireNonNull(settledAt);
    }

    /**
     * P5: finance confirms it received the money; once, and never by the person who paid it in (four
     * eyes on cash, issue 10.6).
     */
    public void received(String by, Instant at) {
        if (receivedAt != null) {
            throw new org.aftersales.domain.shared.ConflictException("error.settlementReceived", number);
        }
        if (paidInBy.equals(by)) {
            throw new org.aftersales.domain.shared.ConflictException("error.settlementSamePerson", number);
        }
        receivedBy = Objects.requireNonNull(by);
        receivedAt = Objects.requireNonNull(at);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public int getSalesCount() {
        return salesCount;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getPaidInBy() {
        return paidInBy;
    }

    public String getCashier() {
        return cashier;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
