package org.aftersales.domain.customers;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.aftersales.domain.customers.warranty.ProductUse;
import org.aftersales.domain.customers.warranty.WarrantyTerm;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.Text;

/**
 * W1: one row of the warranty-terms table that ADMIN and QUALITY edit (defaults seeded by the
 * migration). Empty category, model or use mean "any".
 */
@Entity
@Table(name = "warranty_term")
@NamedQuery(
        name = "WarrantyTermRule.all",
        query = "SELECT t FROM WarrantyTermRule t ORDER BY t.use, t.category, t.model, t.component")
public class WarrantyTermRule extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "category", length = 64)
    private String category;

    @Column(name = "model", length = 64)
    private String model;

    @Enumerated(EnumType.STRING)
    @Column(name = "product_use", length = 20)
    private ProductUse use;

    @Column(name = "component", nullable = false, length = 40)
    private String component;

    @Column(name = "months", nullable = false)
    private int months;

    protected WarrantyTermRule() {}

    public WarrantyTermRule(String category, String model, ProductUse use, String component, int months) {
        change(category, model, use, component, months);
    }

    public void change(String newCategory, String newModel, ProductUse newUse, String newComponent, int newMonths) {
        WarrantyTerm checked =
                new WarrantyTerm(Text.optional(newCategory), Text.optional(newModel), newUse, newComponent, newMonths);
        this.category = checked.category();
        this.model = checked.model();
        this.use = checked.use();
        this.component = checked.component();
        this.months = checked.months();
    }

    public WarrantyTerm term() {
        return new WarrantyTerm(category, model, use, component, months);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getCategory() {
        return category;
    }

    public String getModel() {
        return model;
    }

    public ProductUse getUse() {
        return use;
    }

    public String getComponent() {
        return component;
    }

    public int getMonths() {
        return months;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("category", category);
        state.put("model", model);
        state.put("use", use == null ? null : use.name());
        state.put("component", component);
        state.put("months", String.valueOf(months));
        return state;
    }
}
