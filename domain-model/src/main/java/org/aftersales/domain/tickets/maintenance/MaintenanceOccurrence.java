package org.aftersales.domain.tickets.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * M1: a due date of a plan for which a maintenance ticket was created. Inserted in the transaction
 * that creates the ticket; the unique key on (plan, due date) lets only one of two simultaneous
 * runs create it — the other rolls back with its ticket. Never changed.
 */
@Entity
@Table(
        name = "maintenance_occurrence",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uq_maintenance_occurrence",
                        columnNames = {"plan_id", "due_date"}))
public class MaintenanceOccurrence {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    private long planId;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_reason", nullable = false, updatable = false, length = 10)
    private DueReason reason;

    @Column(name = "ticket_number", nullable = false, updatable = false, length = 32)
    private String ticketNumber;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    protected MaintenanceOccurrence() {}

    public MaintenanceOccurrence(
            long planId,
            LocalDate dueDate,
            DueReason reason,
            String ticketNumber,
            Instant createdAt,
            String createdBy) {
        this.planId = planId;
        this.dueDate = Objects.requireNonNull(dueDate, "The due date is required.");
        this.reason = Objects.requireNonNull(reason, "The reason is required.");
        this.ticketNumber = Objects.requireNonNull(ticketNumber, "The ticket number is required.");
        this.createdAt = Objects.requireNonNull(createdAt, "The time is required.");
        this.createdBy = Objects.requireNonNull(createdBy, "The creator is required.");
    }

    public Long getId() {
        return id;
    }

    public long getPlanId() {
        return planId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public DueReason getReason() {
        return reason;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
