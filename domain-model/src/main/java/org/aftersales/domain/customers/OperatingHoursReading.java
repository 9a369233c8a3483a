package org.aftersales.domain.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;

/** C3, M1: one reading of an equipment's operating-hours counter; the history is never edited. */
@Entity
@Table(name = "operating_hours_reading")
public class OperatingHoursReading extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private InstalledProduct product;

    @Column(name = "read_on", nullable = false, updatable = false)
    private LocalDate readOn;

    @Column(name = "hours", nullable = false, updatable = false)
    private long hours;

    protected OperatingHoursReading() {}

    public OperatingHoursReading(InstalledProduct product, LocalDate readOn, long hours) {
        this.product = Objects.requireNonNull(product, "The product is required.");
        this.readOn = Objects.requireNonNull(readOn, "The date is required.");
        this.hours = hours;
    }

    @Override
    public Long getId() {
        return id;
    }

    public LocalDate getReadOn() {
        return readOn;
    }

    public long getHours() {
        return hours;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("product", product == null ? null : product.getSerialNumber());
        state.put("readOn", String.valueOf(readOn));
        state.put("hours", String.valueOf(hours));
        return state;
    }
}
