package org.aftersales.domain.tickets.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.aftersales.domain.shared.Text;

/**
 * M3: the care plan of an appliance type (家电保养建议) — its cleaning and maintenance cycle in
 * months, the kinds of work and the advice given to the customer. One per product type (the
 * product's category); {@link #planFor} makes the maintenance plan of a product in one step.
 */
@Entity
@Table(name = "care_plan_template")
public class CarePlanTemplate extends AuditedEntity {

    public static final int ADVICE_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_type", nullable = false, unique = true, length = 64)
    private String productType;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "maintenance_level", nullable = false, length = 20)
    private MaintenanceLevel level;

    @Column(name = "cycle_months", nullable = false)
    private int cycleMonths;

    @Convert(converter = WorkTypesConverter.class)
    @Column(name = "work_types", nullable = false, length = 200)
    private Set<WorkType> workTypes = EnumSet.noneOf(WorkType.class);

    @Column(name = "advice", length = ADVICE_MAX)
    private String advice;

    protected CarePlanTemplate() {}

    public CarePlanTemplate(
            String productType,
            String name,
            MaintenanceLevel level,
            int cycleMonths,
            Set<WorkType> workTypes,
            String advice) {
        if (productType == null || productType.isBlank()) {
            throw new RuleViolationException(FieldError.of("productType", "validation.required"));
        }
        if (name == null || name.isBlank()) {
            throw new RuleViolationException(FieldError.of("name", "validation.required"));
        }
        if (cycleMonths <= 0) {
            throw new RuleViolationException(FieldError.of("cycleMonths", "validation.months"));
        }
        if (workTypes == null || workTypes.isEmpty()) {
            throw new RuleViolationException(FieldError.of("workTypes", "validation.required"));
        }
        String text = Text.optional(advice);
        if (text != null && text.length() > ADVICE_MAX) {
            throw new RuleViolationException(FieldError.of("advice", "validation.tooLong"));
        }
        this.productType = productType.strip();
        this.name = name.strip();
        this.level = Objects.requireNonNull(level, "The level is required.");
        this.cycleMonths = cycleMonths;
        this.workTypes = EnumSet.copyOf(workTypes);
        this.advice = text;
    }

    /** M3: the plan this care plan gives the product, starting on {@code start}; the advice becomes its notes. */
    public MaintenancePlan planFor(
            String serialNumber, long customerId, String model, LocalDate start, long startHours) {
        return new MaintenancePlan(
                serialNumber,
                customerId,
                model,
                level,
                MaintenanceInterval.months(cycleMonths),
                start,
                startHours,
                workTypes.stream().map(t -> new WorkItem(t, null)).toList(),
                advice,
                id);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getProductType() {
        return productType;
    }

    public String getName() {
        return name;
    }

    public MaintenanceLevel getLevel() {
        return level;
    }

    public int getCycleMonths() {
        return cycleMonths;
    }

    public Set<WorkType> getWorkTypes() {
        return workTypes.isEmpty() ? EnumSet.noneOf(WorkType.class) : EnumSet.copyOf(workTypes);
    }

    public String getAdvice() {
        return advice;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("productType", productType);
        state.put("name", name);
        state.put("level", level == null ? null : level.name());
        state.put("cycleMonths", String.valueOf(cycleMonths));
        state.put("workTypes", String.valueOf(workTypes));
        state.put("advice", advice);
        return state;
    }
}
