package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * P6: the stock of one part at one service point — on hand and its moving weighted average cost,
 * with the minimum and maximum. It changes only through {@link #receive} and {@link #take}, each
 * of which returns the immutable {@link StockMovement} to keep; so the level is always what its
 * ledger adds up to. Invariant: {@code onHand ≥ 0}. Writers lock the row (pessimistically) for
 * their transaction; the version guards every other update.
 */
@Entity
@NamedQuery(
        name = "StockLevel.byKey",
        query = "SELECT s FROM StockLevel s WHERE s.servicePoint = :servicePoint AND s.partNumber = :partNumber")
@NamedQuery(
        name = "StockLevel.idOfKey",
        query = "SELECT s.id FROM StockLevel s WHERE s.servicePoint = :servicePoint AND s.partNumber = :partNumber")
@NamedQuery(
        name = "StockLevel.onHand",
        query = "SELECT s.onHand FROM StockLevel s WHERE s.servicePoint = :servicePoint"
                + " AND s.partNumber = :partNumber")
@NamedQuery(
        name = "StockLevel.books",
        query = "SELECT s.partNumber, s.onHand FROM StockLevel s WHERE s.servicePoint = :servicePoint"
                + " AND s.partNumber LIKE :prefix ESCAPE '\\' ORDER BY s.partNumber")
@Table(
        name = "stock_level",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_stock_level",
                        columnNames = {"service_point", "part_number"}))
public class StockLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String servicePoint;

    @Column(name = "part_number", nullable = false, updatable = false, length = 40)
    private String partNumber;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(name = "average_cost", nullable = false, precision = 18, scale = 4)
    private BigDecimal averageCost = BigDecimal.ZERO.setScale(StockRules.COST_SCALE);

    @Column(name = "min_qty")
    private Integer minimum;

    @Column(name = "max_qty")
    private Integer maximum;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StockLevel() {}

    public StockLevel(String servicePoint, String partNumber) {
        this.servicePoint = Objects.requireNonNull(servicePoint);
        this.partNumber = Objects.requireNonNull(partNumber);
    }

    /** P2, P6: units enter at {@code unitCost}; the average moves (moving weighted average). */
    public StockMovement receive(
            MovementType type, int quantity, BigDecimal unitCost, String slipNumber, Instant at, String by) {
        if (type.sign() < 0 || quantity <= 0) {
            throw new IllegalArgumentException("A receipt adds at least one unit");
        }
        averageCost = StockRules.averageAfterReceipt(onHand, averageCost, quantity, unitCost);
        onHand += quantity;
        return new StockMovement(servicePoint, partNumber, type, quantity, unitCost, slipNumber, onHand, at, by);
    }

    /** P3, P6: units leave at the current average cost; more than is on hand → {@link InsufficientStockException}. */
    public StockMovement take(MovementType type, int quantity, String slipNumber, Instant at, String by) {
        if (type.sign() > 0) {
            throw new IllegalArgumentException(type + " does not take from the stock");
        }
        onHand = StockRules.afterIssue(partNumber, onHand, quantity);
        return new StockMovement(servicePoint, partNumber, type, quantity, averageCost, slipNumber, onHand, at, by);
    }

    /**
     * P6: the approved stock-take adjustment ({@code difference} = counted − book): a gain enters
     * at the average cost (or {@code costIfNone} when the part has none yet), a loss leaves at the
     * average cost; more loss than is on hand → {@link InsufficientStockException}. 0 → no line.
     */
    public StockMovement adjust(int difference, BigDecimal costIfNone, String slipNumber, Instant at, String by) {
        if (difference > 0) {
            BigDecimal cost = averageCost.signum() > 0 || costIfNone == null ? averageCost : costIfNone;
            return receive(MovementType.ADJUSTMENT_GAIN, difference, cost, slipNumber, at, by);
        }
        return difference < 0 ? take(MovementType.ADJUSTMENT_LOSS, -difference, slipNumber, at, by) : null;
    }

    /** P6: minimum and maximum (either may be empty); the maximum cannot be below the minimum. */
    public void limit(Integer minimum, Integer maximum) {
        if ((minimum != null && minimum < 0)
                || (maximum != null && maximum < 0)
                || (minimum != null && maximum != null && maximum < minimum)) {
            throw new IllegalArgumentException("limits");
        }
        this.minimum = minimum;
        this.maximum = maximum;
    }

    public boolean belowMinimum() {
        return minimum != null && onHand < minimum;
    }

    public Long getId() {
        return id;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public int getOnHand() {
        return onHand;
    }

    public BigDecimal getAverageCost() {
        return averageCost;
    }

    public Integer getMinimum() {
        return minimum;
    }

    public Integer getMaximum() {
        return maximum;
    }

    public long getVersion() {
        return version;
    }
}
