package org.aftersales.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One line of the append-only audit log: who changed what, when, and the state before and after. */
@Entity
@Table(name = "audit_entry")
@NamedQuery(
        name = "AuditEntry.forEntity",
        query = "SELECT a FROM AuditEntry a WHERE a.entityType = :type AND a.entityId = :id ORDER BY a.id")
@NamedQuery(name = "AuditEntry.latest", query = "SELECT a FROM AuditEntry a ORDER BY a.id DESC")
@NamedQuery(name = "AuditEntry.count", query = "SELECT COUNT(a) FROM AuditEntry a")
public class AuditEntry {

    public enum Action {
        CREATE,
        UPDATE,
        DELETE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 64)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 16)
    private Action action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false, length = 64)
    private String entityId;

    @Lob
    @Column(name = "before_state", updatable = false)
    private String before;

    @Lob
    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEntry() {}

    public AuditEntry(
            Instant at, String actor, Action action, String entityType, String entityId, String before, String after) {
        this.at = Objects.requireNonNull(at, "The time is required.");
        this.actor = Objects.requireNonNull(actor, "The actor is required.");
        this.action = Objects.requireNonNull(action, "The action is required.");
        this.entityType = Objects.requireNonNull(entityType, "The entity type is required.");
        this.entityId = Objects.requireNonNull(entityId, "The entity id is required.");
        this.before = before;
        this.after = after;
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
