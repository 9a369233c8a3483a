package org.aftersales.domain.parts;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * P5: a sale of parts over the counter, written on the parts sales card (零配件销货卡) with its T10
 * number: the buyer (名称), the lines at the catalogue price, who sold (营业员) and who took the money
 * (收款员). The parts leave the service point's stock as SALE ledger lines under the card's number.
 * At the end of the day the counter hands the takings in on a payment slip (缴款单, {@link
 * SalesSettlement}); from then on the sale carries that slip's number and is settled (结帐).
 */
@Entity
@NamedQuery(name = "PartSale.byNumber", query = "SELECT s FROM PartSale s WHERE s.number = :number")
@NamedQuery(
        name = "PartSale.unsettled",
        query = "SELECT s FROM PartSale s WHERE s.servicePoint = :servicePoint AND s.settlementNumber IS NULL")
@NamedQuery(
        name = "PartSale.unsettledRows",
        query = "SELECT s.soldBy, s.paymentMethod, COUNT(s), SUM(s.total) FROM PartSale s"
                + " WHERE s.settlementNumber IS NULL AND s.servicePoint = :servicePoint"
                + " GROUP BY s.soldBy, s.paymentMethod ORDER BY s.soldBy, s.paymentMethod")
@NamedQuery(
        name = "PartSale.settledRows",
        query = "SELECT s.soldBy, s.paymentMethod, COUNT(s), SUM(s.total) FROM PartSale s"
                + " WHERE s.settlementNumber = :settlement GROUP BY s.soldBy, s.paymentMethod"
                + " ORDER BY s.soldBy, s.paymentMethod")
@Table(name = "part_sale")
public class PartSale implements org.aftersales.domain.shared.CashItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "sale_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String servicePoint;

    @Column(name = "buyer", nullable = false, updatable = false, length = 200)
    private String buyer;

    @Column(name = "buyer_phone", updatable = false, length = 32)
    private String buyerPhone;

    /** A sale that belongs to a paid repair (optional). */
    @Column(name = "ticket_number", updatable = false, length = 32)
    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, updatable = false, length = 16)
    private PaymentMethod paymentMethod;

    /** 收款员: who took the money at the counter. */
    @Column(name = "cashier", nullable = false, updatable = false, length = 64)
    private String cashier;

    /** 营业员: who sold. */
    @Column(name = "sold_by", nullable = false, updatable = false, length = 64)
    private String soldBy;

    @Column(name = "sold_at", nullable = false, updatable = false)
    private Instant soldAt;

    @Column(name = "total", nullable = false, updatable = false, precision = 16, scale = 2)
    private BigDecimal total = BigDecimal.ZERO.setScale(StockRules.MONEY_SCALE);

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    /** 缴款单: the payment slip the takings were handed in on (结帐); null until settled. */
    @Column(name = "settlement_number", length = 32)
    private String settlementNumber;

    @OneToMany(mappedBy = "sale", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("lineNo")
    private List<PartSaleLine> lines = new ArrayList<>();

    protected PartSale() {}

    public PartSale(
            String number,
            String servicePoint,
            String buyer,
            String buyerPhone,
            String ticketNumber,
            PaymentMethod paymentMethod,
            String cashier,
            String soldBy,
            Instant soldAt,
            String note) {
        this.number = Objects.requireNonNull(number);
        this.servicePoint = Objects.requireNonNull(servicePoint);
        this.buyer = Objects.requireNonNull(buyer, "A sales card names the buyer.");
        this.buyerPhone = buyerPhone;
        this.ticketNumber = ticketNumber;
        this.paymentMethod = Objects.requireNonNull(paymentMethod);
        this.cashier = Objects.requireNonNull(cashier);
        this.soldBy = Objects.requireNonNull(soldBy);
        this.soldAt = Objects.requireNonNull(soldAt);
        this.note = note;
    }

    /** P5: a line at its selling price; the total follows. {@code unitCost}: what it cost the stock. */
    public PartSaleLine line(
            String partNumber, String partName, String unit, int quantity, BigDecimal unitPrice, BigDecimal unitCost) {
        PartSaleLine line =
                new PartSaleLine(this, lines.size() + 1, partNumber, partName, unit, quantity, unitPrice, unitCost);
        lines.add(line);
        total = total.add(line.getAmount());
        return line;
    }

    /** P5: the takings of the sale handed in on the payment slip. */
    @Override
    public BigDecimal cashAmount() {
        return getTotal();
    }

    /** P5: handed in on payment slip {@code slipNumber}; a sale is settled once only. */
    @Override
    public void settle(String slipNumber) {
        if (settlementNumber != null) {
            throw new IllegalStateException("Sale " + number + " is already settled on " + settlementNumber);
        }
        settlementNumber = Objects.requireNonNull(slipNumber);
    }

    @Override
    public boolean settled() {
        return settlementNumber != null;
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

    public String getBuyer() {
        return buyer;
    }

    public String getBuyerPhone() {
        return buyerPhone;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public String getCashier() {
        return cashier;
    }

    public String getSoldBy() {
        return soldBy;
    }

    public Instant getSoldAt() {
        return soldAt;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public String getNote() {
        return note;
    }

    public String getSettlementNumber() {
        return settlementNumber;
    }

    public List<PartSaleLine> getLines() {
        return List.copyOf(lines);
    }
}
