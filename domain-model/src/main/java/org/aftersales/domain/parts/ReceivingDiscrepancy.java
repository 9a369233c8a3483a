package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * P2: a line of the receiving-discrepancy register (进货验收差错登记簿) — supplier, item, unit price,
 * invoiced and counted quantity, surplus, shortage, resolution and handler. Only the counted
 * quantity entered the stock; the register keeps what the invoice claimed until it is resolved.
 */
@Entity
@NamedQuery(
        name = "ReceivingDiscrepancy.ofSlip",
        query = "SELECT d FROM ReceivingDiscrepancy d WHERE d.slipNumber = :slip ORDER BY d.id")
@Table(name = "receiving_discrepancy")
public class ReceivingDiscrepancy {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slip_number", nullable = false, updatable = false, length = 32)
    private String slipNumber;

    @Column(name = "service_point", nullable = false, updatable = false, length = 8)
    private String servicePoint;

    @Column(name = "supplier", updatable = false, length = 200)
    private String supplier;

    @Column(name = "part_number", nullable = false, updatable = false, length = 40)
    private String partNumber;

    @Column(name = "unit_price", nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "invoiced_qty", nullable = false, updatable = false)
    private int invoiced;

    @Column(name = "counted_qty", nullable = false, updatable = false)
    private int counted;

    @Column(name = "surplus", nullable = false, updatable = false)
    private int surplus;

    @Column(name = "shortage", nullable = false, updatable = false)
    private int shortage;

    @Column(name = "resolution", length = 500)
    private String resolution;

    @Column(name = "handler", nullable = false, length = 64)
    private String handler;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected ReceivingDiscrepancy() {}

    public ReceivingDiscrepancy(
            String slipNumber,
            String servicePoint,
            String supplier,
            String partNumber,
            BigDecimal unitPrice,
            StockRules.ReceivingCheck check,
            String handler,
            Instant recordedAt) {
        if (!check.discrepant()) {
            throw new IllegalArgumentException("Invoiced and counted agree: nothing to register");
        }
        this.slipNumber = Objects.requireNonNull(slipNumber);
        this.servicePoint = Objects.requireNonNull(servicePoint);
        this.supplier = supplier;
        this.partNumber = Objects.requireNonNull(partNumber);
        this.unitPrice = Objects.requireNonNull(unitPrice);
        this.invoiced = check.invoiced();
        this.counted = check.counted();
        this.surplus = check.surplus();
        this.shortage = check.shortage();
        this.handler = Objects.requireNonNull(handler);
        this.recordedAt = Objects.requireNonNull(recordedAt);
    }

    /** P2: how the difference was settled (credit note, delivered later, returned …) and by whom. */
    public void resolve(String resolution, String handler, Instant at) {
        this.resolution = Objects.requireNonNull(resolution);
        this.handler = Objects.requireNonNull(handler);
        this.resolvedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getSlipNumber() {
        return slipNumber;
    }

    public String getServicePoint() {
        return servicePoint;
    }

    public String getSupplier() {
        return supplier;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getInvoiced() {
        return invoiced;
    }

    public int getCounted() {
        return counted;
    }

    public int getSurplus() {
        return surplus;
    }

    public int getShortage() {
        return shortage;
    }

    public String getResolution() {
        return resolution;
    }

    public String getHandler() {
        return handler;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
