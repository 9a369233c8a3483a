package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * P6: one part of a stock-take — the book quantity when the stock-take started, the quantity
 * counted, and once approved the adjustment posted and its unit cost. Counts are edited by people,
 * so each line carries its own version.
 */
@Entity
@NamedQuery(
        name = "StockTakeLine.ofParts",
        query = "SELECT l FROM StockTakeLine l WHERE l.stockTake = :take AND l.partNumber IN :parts")
@NamedQuery(
        name = "StockTakeLine.uncounted",
        query = "SELECT COUNT(l) FROM StockTakeLine l WHERE l.stockTake = :take AND l.countedQty IS NULL")
@NamedQuery(
        name = "StockTakeLine.differences",
        query = "SELECT l FROM StockTakeLine l WHERE l.stockTake = :take AND l.countedQty <> l.bookQty"
                + " ORDER BY l.lineNo")
@NamedQuery(
        name = "StockTakeLine.countedPerTake",
        query = "SELECT l.stockTake.id, COUNT(l) FROM StockTakeLine l WHERE l.stockTake.id IN :ids"
                + " AND l.countedQty IS NOT NULL GROUP BY l.stockTake.id")
@NamedQuery(
        name = "StockTakeLine.differingPerTake",
        query = "SELECT l.stockTake.id, COUNT(l) FROM StockTakeLine l WHERE l.stockTake.id IN :ids"
                + " AND l.countedQty <> l.bookQty GROUP BY l.stockTake.id")
@Table(name = "stock_take_line")
public class StockTakeLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "stock_take_id", nullable = false, updatable = false)
    private StockTake stockTake;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "part_number", nullable = false, updatable = false, length = 40)
    private String partNumber;

    @Column(name = "book_qty", nullable = false, updatable = false)
    private int bookQty;

    @Column(name = "counted_qty")
    private Integer countedQty;

    @Column(name = "counted_by", length = 64)
    private String countedBy;

    @Column(name = "adjustment_qty")
    private Integer adjustmentQty;

    @Column(name = "unit_cost", precision = 18, scale = 4)
    private BigDecimal unitCost;

    protected StockTakeLine() {}

    StockTakeLine(StockTake stockTake, int lineNo, String partNumber, int bookQty) {
        if (bookQty < 0) {
            throw new IllegalArgumentException("A book quantity cannot be negative");
        }
        this.stockTake = stockTake;
        this.lineNo = lineNo;
        this.partNumber = Objects.requireNonNull(partNumber);
        this.bookQty = bookQty;
    }

    /** P6: what the keeper counted (0 or more), while the stock-take is being counted. */
    public void count(int counted, String by) {
        stockTake.requireCounting();
        if (counted < 0) {
            throw new IllegalArgumentException("A count cannot be negative");
        }
        this.countedQty = counted;
        this.countedBy = Objects.requireNonNull(by);
    }

    /** P6: counted − book; 0 before it is counted. */
    public int difference() {
        return countedQty == null ? 0 : countedQty - bookQty;
    }

    /** P6: the adjustment as posted on approval, at this unit cost. */
    public void posted(int adjustment, BigDecimal cost) {
        this.adjustmentQty = adjustment;
        this.unitCost = cost;
    }

    /** The adjustment's value (counted − book at the unit cost), once posted. */
    public BigDecimal adjustmentValue() {
        return adjustmentQty == null || unitCost == null ? null : StockRules.value(adjustmentQty, unitCost);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public StockTake getStockTake() {
        return stockTake;
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public int getBookQty() {
        return bookQty;
    }

    public Integer getCountedQty() {
        return countedQty;
    }

    public String getCountedBy() {
        return countedBy;
    }

    public Integer getAdjustmentQty() {
        return adjustmentQty;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }
}
