package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/** P5: one part sold — quantity, selling price and amount, and the cost it left the stock at. */
@Entity
@Table(name = "part_sale_line")
public class PartSaleLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sale_id", nullable = false, updatable = false)
    private PartSale sale;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "part_number", nullable = false, updatable = false, length = 40)
    private String partNumber;

    @Column(name = "part_name", nullable = false, updatable = false, length = 200)
    private String partName;

    @Column(name = "unit", nullable = false, updatable = false, length = 16)
    private String unit;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 14, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "amount", nullable = false, updatable = false, precision = 16, scale = 2)
    private BigDecimal amount;

    @Column(name = "unit_cost", nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal unitCost;

    protected PartSaleLine() {}

    PartSaleLine(
            PartSale sale,
            int lineNo,
            String partNumber,
            String partName,
            String unit,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal unitCost) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("A sale line sells at least one unit");
        }
        if (unitPrice.signum() < 0) {
            throw new IllegalArgumentException("A price cannot be negative");
        }
        this.sale = sale;
        this.lineNo = lineNo;
        this.partNumber = Objects.requireNonNull(partNumber);
        this.partName = Objects.requireNonNull(partName);
        this.unit = Objects.requireNonNull(unit);
        this.quantity = quantity;
        this.unitPrice = unitPrice.setScale(StockRules.MONEY_SCALE, java.math.RoundingMode.HALF_UP);
        this.amount = StockRules.value(quantity, this.unitPrice);
        this.unitCost = Objects.requireNonNull(unitCost);
    }

    /** The gross margin of the line: amount − quantity × cost. */
    public BigDecimal margin() {
        return amount.subtract(StockRules.value(quantity, unitCost));
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public String getPartName() {
        return partName;
    }

    public String getUnit() {
        return unit;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }
}
