package org.aftersales.domain.parts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;

/**
 * P1: a spare part of the catalogue. The part number is its unique, unchanging key; the price is
 * the list price in CNY (two decimals); the stock and its cost live in {@link StockLevel}.
 */
@Entity
@NamedQuery(name = "Part.byNumber", query = "SELECT p FROM Part p WHERE p.partNumber = :number")
@NamedQuery(name = "Part.byNumbers", query = "SELECT p FROM Part p WHERE p.partNumber IN :numbers")
@Table(name = "spare_part")
public class Part extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "part_number", nullable = false, unique = true, updatable = false, length = 40)
    private String partNumber;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "unit", nullable = false, length = 16)
    private String unit;

    /** Models the part fits, comma-separated. */
    @Column(name = "fitting_models", nullable = false, length = 1000)
    private String fittingModels = "";

    @Column(name = "price", nullable = false, precision = 14, scale = 2)
    private BigDecimal price;

    @Column(name = "supplier", length = 200)
    private String supplier;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, length = 10)
    private PartSource source;

    protected Part() {}

    public Part(
            String partNumber,
            String name,
            String unit,
            BigDecimal price,
            List<String> fittingModels,
            String supplier,
            PartSource source) {
        this.partNumber = Objects.requireNonNull(partNumber, "The part number is required.");
        describe(name, unit, price, fittingModels, supplier, source);
    }

    /** P1: changes what the catalogue says of the part (never its number). */
    public final void describe(
            String name,
            String unit,
            BigDecimal price,
            List<String> fittingModels,
            String supplier,
            PartSource source) {
        this.name = Objects.requireNonNull(name, "The name is required.");
        this.unit = Objects.requireNonNull(unit, "The unit is required.");
        Objects.requireNonNull(price, "The price is required.");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("price");
        }
        this.price = price.setScale(2, RoundingMode.HALF_UP);
        this.fittingModels = fittingModels == null
                ? ""
                : String.join(
                        ",",
                        fittingModels.stream()
                                .filter(m -> m != null && !m.isBlank())
                                .map(String::strip)
                                .distinct()
                                .toList());
        this.supplier = supplier;
        this.source = source == null ? PartSource.BOUGHT_IN : source;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public String getSupplier() {
        return supplier;
    }

    public PartSource getSource() {
        return source;
    }

    public List<String> getFittingModels() {
        return fittingModels == null || fittingModels.isEmpty() ? List.of() : Arrays.asList(fittingModels.split(","));
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("partNumber", partNumber);
        state.put("name", name);
        state.put("unit", unit);
        state.put("price", String.valueOf(price));
        state.put("fittingModels", fittingModels);
        state.put("supplier", supplier);
        state.put("source", String.valueOf(source));
        return state;
    }
}
