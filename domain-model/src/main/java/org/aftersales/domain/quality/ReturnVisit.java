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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.aftersales.domain.shared.AuditedEntity;
import org.aftersales.domain.shared.ConflictException;

/**
 * 顾客回访记录表 (Q4): a visit (usually a call) owed to a customer for a product — after its delivery or
 * after a closed ticket.
 *
 * <p>Invariants: one visit per event that caused it ({@code sourceEvent} is unique); the outcome is
 * recorded also when the customer has nothing to say; not reached, it is due again the next day until
 * the attempts allowed are used up (then UNREACHABLE); a done or given-up visit takes no more outcomes
 * (conflict).
 */
@Entity
@Table(name = "return_visit")
public class ReturnVisit extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_event", nullable = false, unique = true, updatable = false, length = 64)
    private String sourceEvent;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false, length = 20)
    private VisitReason reason;

    @Column(name = "serial_number", length = 64, updatable = false)
    private String serialNumber;

    @Column(name = "customer_id", updatable = false)
    private Long customerId;

    @Column(name = "ticket_number", length = 32, updatable = false)
    private String ticketNumber;

    @Column(name = "due_from", nullable = false)
    private LocalDate dueFrom;

    @Column(name = "due_until", nullable = false)
    private LocalDate dueUntil;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private VisitState state;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(name = "last_result", length = 20)
    private VisitResult lastResult;

    @Column(name = "remarks", length = 1000)
    private String remarks;

    @Column(name = "complaint_number", length = 32)
    private String complaintNumber;

    @Column(name = "visited_by", length = 64)
    private String visitedBy;

    @Column(name = "visited_at")
    private Instant visitedAt;

    protected ReturnVisit() {}

    public ReturnVisit(
            String sourceEvent,
            VisitReason reason,
            String serialNumber,
            Long customerId,
            String ticketNumber,
            VisitDue due) {
        this.sourceEvent = Objects.requireNonNull(sourceEvent, "The source event is required.");
        this.reason = Objects.requireNonNull(reason, "The reason is required.");
        this.serialNumber = serialNumber;
        this.customerId = customerId;
        this.ticketNumber = ticketNumber;
        this.dueFrom = due.from();
        this.dueUntil = due.until();
        this.state = VisitState.DUE;
    }

    /**
     * Q4: the outcome of one call. REACHED ends the visit (remarks may be empty: nothing to say);
     * NOT_REACHED counts an attempt and makes it due again the next day, or gives it up at
     * {@code maxAttempts}. A visit no longer open → conflict, nothing changes.
     */
    public void record(VisitResult result, String remarks, LocalDate today, int maxAttempts, String by, Instant at) {
        Objects.requireNonNull(result, "The result is required.");
        if (!state.isOpen()) {
            throw new ConflictException("error.visitClosed", String.valueOf(id));
        }
        attempts++;
        lastResult = result;
        this.remarks = remarks == null || remarks.isBlank() ? null : remarks.strip();
        visitedBy = Objects.requireNonNull(by);
        visitedAt = Objects.requireNonNull(at);
        if (result == VisitResult.REACHED) {
            state = VisitState.DONE;
        } else if (attempts >= Math.max(1, maxAttempts)) {
            state = VisitState.UNREACHABLE;
        } else {
            state = VisitState.RETRY;
            VisitDue again = due().retryAfter(today);
            dueFrom = again.from();
            dueUntil = again.until();
        }
    }

    /** Q4: the problem the customer raised became this complaint. */
    public void complaintOpened(String complaintNumber) {
        this.complaintNumber = Objects.requireNonNull(complaintNumber);
    }

    public VisitDue due() {
        return new VisitDue(dueFrom, dueUntil);
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getSourceEvent() {
        return sourceEvent;
    }

    public VisitReason getReason() {
        return reason;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public Long getCustomerId() {
        return customerId;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public LocalDate getDueFrom() {
        return dueFrom;
    }

    public LocalDate getDueUntil() {
        return dueUntil;
    }

    public VisitState getState() {
        return state;
    }

    public int getAttempts() {
        return attempts;
    }

    public VisitResult getLastResult() {
        return lastResult;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getComplaintNumber() {
        return complaintNumber;
    }

    public String getVisitedBy() {
        return visitedBy;
    }

    public Instant getVisitedAt() {
        return visitedAt;
    }

    @Override
    protected Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("reason", reason == null ? null : reason.name());
        s.put("serialNumber", serialNumber);
        s.put("ticketNumber", ticketNumber);
        s.put("state", state == null ? null : state.name());
        s.put("attempts", String.valueOf(attempts));
        s.put("dueFrom", String.valueOf(dueFrom));
        return s;
    }
}
