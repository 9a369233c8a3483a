package org.aftersales.domain.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;

/**
 * C3, B5 产品型号: one model of the catalogue — its code (as written on the product, e.g. KFR-35GW),
 * name, category, origin (自制 / 外协) and, for a bought-in model, its supplier. Products may name a
 * model that is not (yet) in the catalogue; they keep working.
 * Invariant: a BOUGHT_IN model names its supplier.
 */
@Entity
@Table(name = "product_model")
@NamedQuery(name = "ProductModel.all", query = "SELECT m FROM ProductModel m ORDER BY m.code")
@NamedQuery(
        name = "ProductModel.unknownInUse",
        query = "SELECT p.model, COUNT(p) FROM InstalledProduct p WHERE NOT EXISTS "
                + "(SELECT m FROM ProductModel m WHERE m.code = p.model) GROUP BY p.model ORDER BY p.model")
public class ProductModel extends AuditedEntity {

    public static final int CODE_LENGTH = 64;

    @Id
    @Column(name = "code", nullable = false, updatable = false, length = CODE_LENGTH)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "category", length = 64)
    private String category;

    @Enumerated(EnumType.STRING)
    @Column(name = "origin", nullable = false, length = 10)
    private ProductOrigin origin;

    @Column(name = "supplier", length = 100)
    private String supplier;

    protected ProductModel() {}

    public ProductModel(String code, String name, String category, ProductOrigin origin, String supplier) {
        if (code == null || code.isBlank()) {
            throw new RuleViolationException(FieldError.of("model", "validation.required"));
        }
        this.code = code.strip();
        describe(name, category, origin, supplier);
    }

    /** Changes what the catalogue says about the model; a BOUGHT_IN model needs its supplier (422). */
    public void describe(String newName, String newCategory, ProductOrigin newOrigin, String newSupplier) {
        List<FieldError> errors = new ArrayList<>();
        if (newName == null || newName.isBlank()) {
            errors.add(FieldError.of("name", "validation.required"));
        }
        if (newOrigin == null) {
            errors.add(FieldError.of("origin", "validation.required"));
        }
        String supplierText = Text.optional(newSupplier);
        if (newOrigin == ProductOrigin.BOUGHT_IN && supplierText == null) { // B5: the claim goes to someone
            errors.add(FieldError.of("supplier", "validation.supplierRequired"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        this.name = newName.strip();
        this.category = Text.optional(newCategory);
        this.origin = Objects.requireNonNull(newOrigin);
        this.supplier = supplierText;
    }

    @Override
    public String getId() {
        return code;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCategory() {
        return category;
    }

    public ProductOrigin getOrigin() {
        return origin;
    }

    public String getSupplier() {
        return supplier;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("category", category);
        s.put("origin", origin == null ? null : origin.name());
        s.put("supplier", supplier);
        return s;
    }
}
