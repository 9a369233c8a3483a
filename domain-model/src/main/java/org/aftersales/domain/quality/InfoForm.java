package org.aftersales.domain.quality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * 售后信息处理单: a problem (from a complaint, a return visit, or typed) received, filled in, routed to
 * a responsible department with a deadline, answered by the department, followed by the customer's
 * satisfaction, archived ({@link InfoFormFlow}).
 *
 * <p>Invariants: only the flow's next step is taken (else conflict, nothing changes); routing names a
 * department and a deadline not before today; the answer has a text; the survey a satisfaction level;
 * the overdue answer is escalated once.
 */
@Entity
@Table(name = "info_form")
public class InfoForm extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 20)
    private InfoSource source;

    @Column(name = "source_ref", updatable = false, length = 64)
    private String sourceRef;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "serial_number", length = 64)
    private String serialNumber;

    @Column(name = "problem", nullable = false, length = 2000)
    private String problem;

    @Column(name = "details", length = 2000)
    private String details;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private InfoFormState state;

    @Column(name = "department_code", length = 16)
    private String departmentCode;

    @Column(name = "deadline")
    private LocalDate deadline;

    @Column(name = "answer", length = 2000)
    private String answer;

    @Enumerated(EnumType.STRING)
    @Column(name = "satisfaction", length = 20)
    private SatisfactionLevel satisfaction;

    @Column(name = "survey_note", length = 1000)
    private String surveyNote;

    @Column(name = "received_by", nullable = false, updatable = false, length = 64)
    private String receivedBy;

    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(name = "filled_by", length = 64)
    private String filledBy;

    @Column(name = "filled_at")
    private Instant filledAt;

    @Column(name = "routed_by", length = 64)
    private String routedBy;

    @Column(name = "routed_at")
    private Instant routedAt;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "surveyed_by", length = 64)
    private String surveyedBy;

    @Column(name = "surveyed_at")
    private Instant surveyedAt;

    @Column(name = "archived_by", length = 64)
    private String archivedBy;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    protected InfoForm() {}

    /** 接收: the problem as it came in. */
    public InfoForm(
            InfoSource source,
            String sourceRef,
            Long customerId,
            String serialNumber,
            String problem,
            String by,
            Instant at) {
        this.source = Objects.requireNonNull(source, "The source is required.");
        this.sourceRef = blankToNull(sourceRef);
        this.customerId = customerId;
        this.serialNumber = blankToNull(serialNumber);
        this.problem =
                Objects.requireNonNull(problem, "The problem is required.").strip();
        this.receivedBy = Objects.requireNonNull(by);
        this.receivedAt = Objects.requireNonNull(at);
        this.state = InfoFormState.RECEIVED;
    }

    /** What a step carries: FILLED the details, ROUTED department and deadline, ANSWERED the answer, SURVEYED the level. */
    public record Step(
            InfoFormState to,
            String details,
            String departmentCode,
            LocalDate deadline,
            String answer,
            SatisfactionLevel satisfaction,
            String note) {}

    /** Takes the flow's next step; illegal → conflict, missing data → rule violation, nothing changes then. */
    public void step(Step step, LocalDate today, String by, Instant at) {
        Objects.requireNonNull(step, "The step is required.");
        if (!InfoFormFlow.allowed(state, step.to())) {
            throw new ConflictException(
                    "error.infoFormStep",
                    id,
                    state.name(),
                    step.to() == null ? "" : step.to().name());
        }
        List<FieldError> errors = new ArrayList<>();
        switch (step.to()) {
            case FILLED -> require(errors, "details", step.details());
            case ROUTED -> {
                require(errors, "department", step.departmentCode());
                if (step.deadline() == null) {
                    errors.add(FieldError.of("deadline", "validation.required"));
                } else if (step.deadline().isBefore(today)) {
                    errors.add(FieldError.of("deadline", "validation.infoFormDeadlinePast"));
                }
            }
            case ANSWERED -> require(errors, "answer", step.answer());
            case SURVEYED -> {
                if (step.satisfaction() == null) {
                    errors.add(FieldError.of("satisfaction", "validation.required"));
                }
            }
            default -> {}
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        switch (step.to()) {
            case FILLED -> {
                details = step.details().strip();
                filledBy = by;
                filledAt = at;
            }
            case ROUTED -> {
                departmentCode = step.departmentCode().strip();
                deadline = step.deadline();
                routedBy = by;
                routedAt = at;
            }
            case ANSWERED -> {
                answer = step.answer().strip();
                answeredBy = by;
                answeredAt = at;
            }
            case SURVEYED -> {
                satisfaction = step.satisfaction();
                surveyNote = blankToNull(step.note());
                surveyedBy = by;
                surveyedAt = at;
            }
            case ARCHIVED -> {
                archivedBy = by;
                archivedAt = at;
            }
            default -> {}
        }
        state = step.to();
    }

    public boolean answerOverdue(LocalDate today) {
        return InfoFormFlow.answerOverdue(state, deadline, today);
    }

    private static void require(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public Long getId() {
        return id;
    }

    public InfoSource getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getProblem() {
        return problem;
    }

    public String getDetails() {
        return details;
    }

    public InfoFormState getState() {
        return state;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getAnswer() {
        return answer;
    }

    public SatisfactionLevel getSatisfaction() {
        return satisfaction;
    }

    public String getSurveyNote() {
        return surveyNote;
    }

    public String getReceivedBy() {
        return receivedBy;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public String getFilledBy() {
        return filledBy;
    }

    public Instant getFilledAt() {
        return filledAt;
    }

    public String getRoutedBy() {
        return routedBy;
    }

    public Instant getRoutedAt() {
        return routedAt;
    }

    public String getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getSurveyedBy() {
        return surveyedBy;
    }

    public Instant getSurveyedAt() {
        return surveyedAt;
    }

    public String getArchivedBy() {
        return archivedBy;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", source.name());
        m.put("sourceRef", sourceRef);
        m.put("state", state.name());
        m.put("department", departmentCode);
        m.put("deadline", String.valueOf(deadline));
        return m;
    }
}
