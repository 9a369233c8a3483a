package org.aftersales.domain.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * 客户投诉处理报告单 (Q1, Q2): a complaint, linked to the customer, the serial, the ticket and its
 * technician where known.
 *
 * <p>Invariants: it is accepted with the reply promised to the customer ({@link #getReplyBy()}, Q1);
 * it moves only along {@link ComplaintFlow} (an illegal step is a conflict and changes nothing);
 * investigating names an owner and a department; the reply names how it was given and the customer's
 * reaction and waits for its approval (kind COMPLAINT_REPLY) in SOLVED — approved it is REPLIED,
 * rejected it is SOLVED again with the reason; nothing else happens while the reply waits.
 */
@Entity
@NamedQuery(name = "Complaint.byNumber", query = "SELECT c FROM Complaint c WHERE c.number = :number")
@Table(name = "complaint")
public class Complaint extends AuditedEntity {

    /** The reply alert stages, each raised once: the promised reply is near, or was missed. */
    public static final String ALERT_NEAR = "NEAR";

    public static final String ALERT_MISSED = "MISSED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_number", nullable = false, unique = true, updatable = false, length = 32)
    private String number;

    @Column(name = "department", nullable = false, updatable = false, length = 8)
    private String department;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, updatable = false, length = 20)
    private ComplaintChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private ComplaintCategory category;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 10)
    private ComplaintSeverity severity;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "customer_id")
    private Long customerId;

    @Column(name = "serial_number", length = 64)
    private String serialNumber;

    @Column(name = "ticket_number", length = 32)
    private String ticketNumber;

    @Column(name = "technician", length = 64)
    private String technician;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ComplaintState state;

    @Column(name = "accepted_at", nullable = false, updatable = false)
    private Instant acceptedAt;

    @Column(name = "accepted_by", nullable = false, updatable = false, length = 64)
    private String acceptedBy;

    @Column(name = "reply_by", nullable = false)
    private Instant replyBy;

    @Column(name = "owner", length = 64)
    private String owner;

    @Column(name = "responsible_department", length = 60)
    private String responsibleDepartment;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_method", length = 10)
    private ReplyMethod replyMethod;

    @Column(name = "customer_reaction", length = 500)
    private String customerReaction;

    @Column(name = "reply_pending", nullable = false)
    private boolean replyPending;

    @Column(name = "reply_rejection", length = 500)
    private String replyRejection;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "archived_at")
    private Instant archivedAt;

    @Column(name = "reply_alert", length = 10)
    private String replyAlert;

    @OneToMany(mappedBy = "complaint", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ComplaintEvent> events = new ArrayList<>();

    protected Complaint() {}

    /** Q1: a complaint accepted now, its reply promised by {@code replyBy}. */
    public Complaint(
            String number,
            String department,
            ComplaintChannel channel,
            ComplaintCategory category,
            ComplaintSeverity severity,
            String description,
            Links links,
            Instant replyBy,
            String by,
            Instant at) {
        this.number = Objects.requireNonNull(number, "The number is required.");
        this.department = Objects.requireNonNull(department, "The department is required.");
        this.channel = Objects.requireNonNull(channel, "The channel is required.");
        this.category = Objects.requireNonNull(category, "The category is required.");
        this.severity = Objects.requireNonNull(severity, "The severity is required.");
        this.description = Objects.requireNonNull(description, "The description is required.");
        this.customerId = links.customerId();
        this.serialNumber = links.serialNumber();
        this.ticketNumber = links.ticketNumber();
        this.technician = links.technician();
        this.replyBy = Objects.requireNonNull(replyBy, "The promised reply time is required.");
        this.acceptedBy = Objects.requireNonNull(by);
        this.acceptedAt = Objects.requireNonNull(at);
        this.state = ComplaintState.ACCEPTED;
        events.add(new ComplaintEvent(this, ComplaintEventType.ACCEPTED, null, by, at));
    }

    /** Q1: what a complaint is linked to; any may be unknown. */
    public record Links(Long customerId, String serialNumber, String ticketNumber, String technician) {}

    /**
     * Q2: what a step carries: CLASSIFIED may change the category and the severity (grade),
     * INVESTIGATING the owner and department, REPLIED the method and reaction.
     */
    public record Step(
            ComplaintState to,
            String note,
            String owner,
            String department,
            ReplyMethod replyMethod,
            String reaction,
            ComplaintCategory category,
            ComplaintSeverity severity) {

        public Step(
                ComplaintState to,
                String note,
                String owner,
                String department,
                ReplyMethod replyMethod,
                String reaction) {
            this(to, note, owner, department, replyMethod, reaction, null, null);
        }
    }

    /**
     * Q2: takes one step of the flow. An illegal step, or any step while the reply waits for its
     * approval → conflict; a missing owner, department, method or reaction → rule violation; nothing
     * changes then. REPLIED does not move the state: it submits the reply ({@code true} — ask for the
     * approval now), the approval's end moves it ({@link #replyDecided}).
     */
    public boolean record(Step step, String by, Instant at) {
        Objects.requireNonNull(step, "The step is required.");
        if (replyPending) {
            throw new ConflictException("error.complaintReplyPending", number);
        }
        if (!ComplaintFlow.allowed(state, step.to())) {
            throw new ConflictException(
                    "error.complaintStep",
                    number,
                    state.name(),
                    step.to() == null ? "" : step.to().name());
        }
        List<FieldError> errors = new ArrayList<>();
        if (step.to() != ComplaintState.CLASSIFIED) { // Q2: the classification is the CLASSIFIED step's
            if (step.category() != null) {
                errors.add(FieldError.of("category", "validation.onlyWhenClassifying"));
            }
            if (step.severity() != null) {
                errors.add(FieldError.of("severity", "validation.onlyWhenClassifying"));
            }
        }
        switch (step.to()) {
            case INVESTIGATING -> {
                require(errors, "owner", step.owner());
                require(errors, "department", step.department());
            }
            case REPLIED -> {
                if (step.replyMethod() == null) {
                    errors.add(FieldError.of("replyMethod", "validation.required"));
                }
                require(errors, "customerReaction", step.reaction());
            }
            default -> {}
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException(errors);
        }
        switch (step.to()) {
            case INVESTIGATING -> {
                owner = step.owner().strip();
                responsibleDepartment = step.department().strip();
            }
            case REPLIED -> {
                replyMethod = step.replyMethod();
                customerReaction = step.reaction().strip();
                replyPending = true;
                replyRejection = null;
                events.add(new ComplaintEvent(this, ComplaintEventType.REPLY_SUBMITTED, step.note(), by, at));
                return true;
            }
            case ARCHIVED -> archivedAt = at;
            case CLASSIFIED -> {
                // Q2: classified and graded; Q1: the reply time already promised to the customer is kept
                // (a promise made before the call ended is not moved), the change is in the history
                ComplaintCategory categoryBefore = category;
                ComplaintSeverity severityBefore = severity;
                if (step.category() != null) {
                    category = step.category();
                }
                if (step.severity() != null) {
                    severity = step.severity();
                }
                state = step.to();
                events.add(ComplaintEvent.classified(
                        this,
                        step.note(),
                        by,
                        at,
                        categoryBefore == category ? null : categoryBefore,
                        categoryBefore == category ? null : category,
                        severityBefore == severity ? null : severityBefore,
                        severityBefore == severity ? null : severity));
                return false;
            }
            default -> {}
        }
        state = step.to();
        events.add(new ComplaintEvent(this, ComplaintEventType.valueOf(step.to().name()), step.note(), by, at));
        return false;
    }

    /** Q2: the reply's approval ended — approved: REPLIED; rejected or withdrawn: SOLVED again, with the reason. */
    public void replyDecided(boolean approved, String reason, String by, Instant at) {
        if (!replyPending || state != ComplaintState.SOLVED) {
            throw new ConflictException("error.complaintNoReplyPending", number);
        }
        replyPending = false;
        if (approved) {
            state = ComplaintState.REPLIED;
            repliedAt = at;
            events.add(new ComplaintEvent(this, ComplaintEventType.REPLIED, reason, by, at));
        } else {
            replyRejection = reason == null || reason.isBlank() ? "-" : reason;
            events.add(new ComplaintEvent(this, ComplaintEventType.REPLY_REJECTED, reason, by, at));
        }
    }

    /** The subject of the reply's approval (kind COMPLAINT_REPLY): the complaint's number. */
    public String subject() {
        return number;
    }

    private static void require(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        }
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getDepartment() {
        return department;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public ComplaintSeverity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getTechnician() {
        return technician;
    }

    public ComplaintState getState() {
        return state;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getReplyBy() {
        return replyBy;
    }

    public String getOwner() {
        return owner;
    }

    public String getResponsibleDepartment() {
        return responsibleDepartment;
    }

    public ReplyMethod getReplyMethod() {
        return replyMethod;
    }

    public String getCustomerReaction() {
        return customerReaction;
    }

    public boolean isReplyPending() {
        return replyPending;
    }

    public String getReplyRejection() {
        return replyRejection;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }

    public Instant getArchivedAt() {
        return archivedAt;
    }

    public String getReplyAlert() {
        return replyAlert;
    }

    public List<ComplaintEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("number", number);
        s.put("state", state == null ? null : state.name());
        s.put("category", category == null ? null : category.name());
        s.put("severity", severity == null ? null : severity.name());
        s.put("owner", owner);
        s.put("replyPending", String.valueOf(replyPending));
        return s;
    }
}
