package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * P6: one line of the stock ledger — immutable (every column insert-only, nothing deletes a row).
 * {@code quantity} is always positive, the type says the direction; {@code onHandAfter} is the
 * level right after the movement, so the ledger can be checked against the level line by line.
 */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String servicePoint;

    @Column(name = "part_number", nullable = false, updatable = false, length = 40)
    private String partNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_type", nullable = false, updatable = false, length = 20)
    private MovementType type;

    @Column(name = "quantity", nullable = false, updatable = false)
    private int quantity;

    @Column(name = "unit_cost", nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal unitCost;

    @Column(name = "movement_value", nullable = false, updatable = false, precision = 16, scale = 2)
    private BigDecimal value;

    @Column(name = "on_hand_after", nullable = false, updatable = false)
    private int onHandAfter;

    @Column(name = "slip_number", nullable = false, updatable = false, length = 32)
    private String slipNumber;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    protected StockMovement() {}

    StockMovement(
            String servicePoint,
            String partNumber,
            MovementType type,
            int quantity,
            BigDecimal unitCost,
            String slipNumber,
            int onHandAfter,
            Instant occurredAt,
            String recordedBy) {
        this.servicePoint = servicePoint;
        this.partNumber = partNumber;
        this.type = type;
        this.quantity = quantity;
        this.unitCost = unitCost;
        this.value = StockRules.value(quantity, unitCost);
        this.slipNumber = slipNumber;
        this.onHandAfter = onHandAfter;
        this.occurredAt = occurredAt;
        this.recordedBy = recordedBy;
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

    public MovementType getType() {
        return type;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public BigDecimal getValue() {
        return value;
    }

    public int getOnHandAfter() {
        return onHandAfter;
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    /** The signed change of the on-hand quantity. */
    public int delta() {
        return type.sign() * quantity;
    }
}
