package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * P2, P3: one line of a slip. {@code quantity} is what moved out of (or, inbound, into) the stock:
 * the counted quantity of a receipt (P2), the quantity sent of a transfer, whose
 * {@code receivedQty} and {@code difference} record what actually arrived (sent = received +
 * difference).
 */
@Entity
@Table(name = "stock_slip_line")
public class SlipLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "slip_id", nullable = false, updatable = false)
    private Slip slip;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "part_number", nullable = false, updatable = false, length = 40)
    private String partNumber;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "invoiced_qty", updatable = false)
    private Integer invoicedQty;

    @Column(name = "received_qty", updatable = false)
    private Integer receivedQty;

    @Column(name = "difference_qty", updatable = false)
    private Integer difference;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "amount", nullable = false, updatable = false, precision = 16, scale = 2)
    private BigDecimal amount;

    protected SlipLine() {}

    SlipLine(
            Slip slip,
            int lineNo,
            String partNumber,
            int quantity,
            BigDecimal unitPrice,
            Integer invoicedQty,
            Integer receivedQty) {
        this.slip = slip;
        this.lineNo = lineNo;
        this.partNumber = partNumber;
        this.quantity = quantity;
        this.unitPrice = unitPrice.setScale(StockRules.COST_SCALE, RoundingMode.HALF_UP);
        this.amount = StockRules.value(quantity, unitPrice);
        this.invoicedQty = invoicedQty;
        this.receivedQty = receivedQty;
        this.difference = receivedQty == null ? null : quantity - receivedQty;
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public int getQuantity() {
        return quantity;
    }

    public Integer getInvoicedQty() {
        return invoicedQty;
    }

    public Integer getReceivedQty() {
        return receivedQty;
    }

    public Integer getDifference() {
        return difference;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    /** P3: the amount actually received of a transfer line. */
    public BigDecimal receivedAmount() {
        return receivedQty == null ? null : StockRules.value(receivedQty, unitPrice);
    }
}
