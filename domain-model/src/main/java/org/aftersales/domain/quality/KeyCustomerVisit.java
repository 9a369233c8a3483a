package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * Q7: a key customer's visit of the yearly plan — planned for a day of the plan's year, made on a day,
 * and its report due within {@code quality.key-visit-report-days} (10) days of the visit.
 *
 * <p>Invariants: the planned day lies in the plan's year; a visit is recorded once, not in the
 * future and not before the plan's year; the report needs the visit and is written once; the report
 * is overdue when the visit was made, no report was written and its due day has passed.
 */
@Entity
@NamedQuery(
        name = "KeyCustomerVisit.ofYear",
        query = "SELECT v FROM KeyCustomerVisit v WHERE v.planYear = :year ORDER BY v.plannedOn, v.id")
@NamedQuery(
        name = "KeyCustomerVisit.countOfYear",
        query = "SELECT COUNT(v) FROM KeyCustomerVisit v WHERE v.planYear = :year")
@Table(name = "key_customer_visit")
public class KeyCustomerVisit extends AuditedEntity {

    /** Q7: the report of a key customer's visit is due within this many days (the setting's default). */
    public static final int REPORT_DAYS = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_id", nullable = false, updatable = false)
    private Long customerId;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int planYear;

    @Column(name = "planned_on", nullable = false)
    private LocalDate plannedOn;

    @Column(name = "purpose", length = 500)
    private String purpose;

    @Column(name = "visited_on")
    private LocalDate visitedOn;

    @Column(name = "visited_by", length = 64)
    private String visitedBy;

    @Column(name = "report_due")
    private LocalDate reportDue;

    @Column(name = "report", length = 2000)
    private String report;

    @Column(name = "reported_at")
    private Instant reportedAt;

    @Column(name = "reported_by", length = 64)
    private String reportedBy;

    protected KeyCustomerVisit() {}

    /** Q7: a visit of the year's plan; the planned day must lie in that year. */
    public KeyCustomerVisit(long customerId, int planYear, LocalDate plannedOn, String purpose) {
        Objects.requireNonNull(plannedOn, "The planned day is required.");
        if (plannedOn.getYear() != planYear) {
            throw new RuleViolationException(
                    FieldError.of("plannedOn", "validation.keyVisitYear", String.valueOf(planYear)));
        }
        this.customerId = customerId;
        this.planYear = planYear;
        this.plannedOn = plannedOn;
        this.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
    }

    /** Q7: the visit was made on {@code on}; its report is due {@code reportDays} later. */
    public void visited(LocalDate on, LocalDate today, int reportDays, String by) {
        Objects.requireNonNull(on, "The day of the visit is required.");
        if (visitedOn != null) {
            throw new ConflictException("error.keyVisitDone", String.valueOf(id));
        }
        if (on.isAfter(today) || on.getYear() < planYear) {
            throw new RuleViolationException(FieldError.of("visitedOn", "validation.keyVisitDay"));
        }
        visitedOn = on;
        visitedBy = by;
        reportDue = reportDue(on, reportDays);
    }

    /** Q7: the report of the visit, written once after it. */
    public void report(String text, String by, Instant at) {
        if (visitedOn == null) {
            throw new ConflictException("error.keyVisitNotVisited", String.valueOf(id));
        }
        if (report != null) {
            throw new ConflictException("error.keyVisitReported", String.valueOf(id));
        }
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(FieldError.of("report", "validation.required"));
        }
        report = text.strip();
        reportedBy = by;
        reportedAt = at;
    }

    /** Q7: the day the report of a visit made on {@code visitedOn} is due. */
    public static LocalDate reportDue(LocalDate visitedOn, int reportDays) {
        return visitedOn.plusDays(Math.max(0, reportDays));
    }

    /** Q7: visited, no report, and its due day has passed. */
    public boolean reportOverdue(LocalDate today) {
        return visitedOn != null && report == null && today.isAfter(reportDue);
    }

    /** Q7: planned, not yet made, and its day has passed. */
    public boolean visitOverdue(LocalDate today) {
        return visitedOn == null && today.isAfter(plannedOn);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("customerId", String.valueOf(customerId));
        state.put("planYear", String.valueOf(planYear));
        state.put("plannedOn", String.valueOf(plannedOn));
        state.put("visitedOn", String.valueOf(visitedOn));
        state.put("reportDue", String.valueOf(reportDue));
        state.put("reported", String.valueOf(report != null));
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public int getPlanYear() {
        return planYear;
    }

    public LocalDate getPlannedOn() {
        return plannedOn;
    }

    public String getPurpose() {
        return purpose;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public LocalDate getReportDue() {
        return reportDue;
    }

    public String getReport() {
        return report;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }
}
