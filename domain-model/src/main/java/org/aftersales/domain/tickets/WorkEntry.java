package org.aftersales.domain.tickets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * T11: the hours a technician worked on a ticket on a day, in the work category of the ticket's
 * kind. Written when the service record is saved — the daily reports add these up, nobody types
 * them twice. One entry per ticket, technician and day; saving again corrects it.
 */
@Entity
@Table(name = "work_entry")
public class WorkEntry extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "technician", nullable = false, updatable = false, length = 64)
    private String technician;

    @Column(name = "work_date", nullable = false, updatable = false)
    private LocalDate workDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private ServiceKind category;

    @Column(name = "hours", nullable = false, precision = 8, scale = 2)
    private BigDecimal hours;

    protected WorkEntry() {}

    public WorkEntry(
            String ticketNumber, String technician, LocalDate workDate, ServiceKind category, BigDecimal hours) {
        this.ticketNumber = Objects.requireNonNull(ticketNumber);
        this.technician = Objects.requireNonNull(technician);
        this.workDate = Objects.requireNonNull(workDate);
        this.category = Objects.requireNonNull(category);
        correct(hours);
    }

    public void correct(BigDecimal newHours) {
        if (newHours == null || newHours.signum() < 0 || newHours.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new RuleViolationException(FieldError.of("hours", "validation.hours"));
        }
        this.hours = newHours;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getTechnician() {
        return technician;
    }

    public LocalDate getWorkDate() {
        return workDate;
    }

    public ServiceKind getCategory() {
        return category;
    }

    public BigDecimal getHours() {
        return hours;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("ticket", ticketNumber);
        state.put("technician", technician);
        state.put("workDate", String.valueOf(workDate));
        state.put("category", category == null ? null : category.name());
        state.put("hours", hours == null ? null : hours.toPlainString());
        return state;
    }
}
