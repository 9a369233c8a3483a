package org.aftersales.domain.quality;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
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
 * A corrective or preventive action (Q3), raised from a complaint, a return visit, a non-conformity
 * report or the statistics, with its owner, responsible department and deadline.
 *
 * <p>Invariants: it moves only along {@link CapaFlow} (an illegal step is a conflict and changes
 * nothing); closing names the evidence of effectiveness and waits in VERIFIED for its approval (kind
 * CAPA_CLOSURE) — approved it is CLOSED, rejected or withdrawn it stays VERIFIED with the reason;
 * nothing else happens while the closure waits. The overdue alert is raised once.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction extends AuditedEntity {

    /** The history's line for a closure submitted for approval, and for a refused one. */
    public static final String CLOSURE_SUBMITTED = CapaEventType.CLOSURE_SUBMITTED.name();

    public static final String CLOSURE_REJECTED = CapaEventType.CLOSURE_REJECTED.name();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false, length = 20)
    private CapaSource source;

    @Column(name = "source_ref", updatable = false, length = 64)
    private String sourceRef;

    @Column(name = "title", nullable = false, length = 200)
    private String title;

    @Column(name = "description", length = 2000)
    private String description;

    @Column(name = "owner", nullable = false, length = 64)
    private String owner;

    @Column(name = "department", nullable = false, length = 60)
    private String department;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private CapaState state;

    @Column(name = "evidence", length = 2000)
    private String evidence;

    @Column(name = "closure_pending", nullable = false)
    private boolean closurePending;

    @Column(name = "closure_rejection", length = 500)
    private String closureRejection;

    @Column(name = "raised_by", nullable = false, updatable = false, length = 64)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false, updatable = false)
    private Instant raisedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** Q3: when the owner and QUALITY were told the item is overdue (null: not yet, or a new deadline). */
    @Column(name = "overdue_alerted_at")
    private Instant overdueAlertedAt;

    @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<CapaEvent> events = new ArrayList<>();

    protected CorrectiveAction() {}

    /** Q3: a proposed action with its owner, department and deadline. */
    public CorrectiveAction(
            CapaSource source,
            String sourceRef,
            String title,
            String description,
            String owner,
            String department,
            LocalDate deadline,
            String by,
            Instant at) {
        this.source = Objects.requireNonNull(source, "The source is required.");
        this.sourceRef = sourceRef == null || sourceRef.isBlank() ? null : sourceRef.strip();
        this.title = Objects.requireNonNull(title, "The title is required.").strip();
        this.description = description;
        this.owner = Objects.requireNonNull(owner, "The owner is required.").strip();
        this.department = Objects.requireNonNull(department, "The department is required.")
                .strip();
        this.deadline = Objects.requireNonNull(deadline, "The deadline is required.");
        this.raisedBy = Objects.requireNonNull(by);
        this.raisedAt = Objects.requireNonNull(at);
        this.state = CapaState.PROPOSED;
        events.add(new CapaEvent(this, CapaState.PROPOSED.name(), null, by, at));
    }

    /**
     * Q3: takes one step of the flow. An illegal step, or any while the closure waits for approval →
     * conflict; CLOSED without the evidence of effectiveness → rule violation; nothing changes then.
     * CLOSED does not move the state: it records the evidence and asks for the approval ({@code true}),
     * the approval's end closes it ({@link #closureDecided}).
     */
    public boolean step(CapaState to, String note, String evidence, String by, Instant at) {
        if (closurePending) {
            throw new ConflictException("error.capaClosurePending", id);
        }
        if (!CapaFlow.allowed(state, to)) {
            throw new ConflictException("error.capaStep", id, state.name(), to == null ? "" : to.name());
        }
        if (to == CapaState.CLOSED) {
            if (evidence == null || evidence.isBlank()) {
                throw new RuleViolationException(FieldError.of("evidence", "validation.required"));
            }
            this.evidence = evidence.strip();
            closurePending = true;
            closureRejection = null;
            events.add(new CapaEvent(this, CLOSURE_SUBMITTED, this.evidence, by, at));
            return true;
        }
        state = to;
        events.add(new CapaEvent(this, to.name(), note, by, at));
        return false;
    }

    /** Q3: the closure's approval ended — approved: CLOSED; rejected or withdrawn: VERIFIED still, with the reason. */
    public void closureDecided(boolean approved, String reason, String by, Instant at) {
        if (!closurePending || state != CapaState.VERIFIED) {
            throw new ConflictException("error.capaNoClosurePending", id);
        }
        closurePending = false;
        if (approved) {
            state = CapaState.CLOSED;
            closedAt = at;
            events.add(new CapaEvent(this, CapaState.CLOSED.name(), reason, by, at));
        } else {
            closureRejection = reason == null || reason.isBlank() ? "-" : reason;
            events.add(new CapaEvent(this, CLOSURE_REJECTED, reason, by, at));
        }
    }

    /** Q3: a new owner, department or deadline while it is open; a later deadline may be alerted again. */
    public void reassign(String owner, String department, LocalDate deadline) {
        if (state == CapaState.CLOSED) {
            throw new ConflictException("error.capaStep", id, state.name(), state.name());
        }
        if (owner != null && !owner.isBlank()) {
            this.owner = owner.strip();
        }
        if (department != null && !department.isBlank()) {
            this.department = department.strip();
        }
        if (deadline != null && !deadline.equals(this.deadline)) {
            this.deadline = deadline;
            overdueAlertedAt = null;
        }
    }

    public boolean overdue(LocalDate today) {
        return CapaFlow.overdue(state, deadline, today);
    }

    /** The subject of the closure's approval (kind CAPA_CLOSURE). */
    public String subject() {
        return subjectOf(id);
    }

    public static String subjectOf(Long id) {
        return "CAPA-" + id;
    }

    @Override
    public Long getId() {
        return id;
    }

    public CapaSource getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public String getDepartment() {
        return department;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public CapaState getState() {
        return state;
    }

    public String getEvidence() {
        return evidence;
    }

    public boolean isClosurePending() {
        return closurePending;
    }

    public String getClosureRejection() {
        return closureRejection;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isOverdueAlerted() {
        return overdueAlertedAt != null;
    }

    public List<CapaEvent> getEvents() {
        return Collections.unmodifiableList(events);
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("source", source.name());
        m.put("sourceRef", sourceRef);
        m.put("title", title);
        m.put("owner", owner);
        m.put("department", department);
        m.put("deadline", String.valueOf(deadline));
        m.put("state", state.name());
        m.put("closurePending", String.valueOf(closurePending));
        m.put("evidence", evidence);
        return m;
    }
}
