package org.aftersales.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;

/**
 * Base of every entity that people edit.
 *
 * <p>Invariants: {@code version} guards against lost updates (optimistic locking, a stale edit
 * fails with a conflict); the audit columns say who created and last changed the row and when;
 * {@link AuditListener} turns every insert, update and delete into an append-only
 * {@link AuditEntry} with the state before and after, as given by {@link #auditState()}.
 */
@MappedSuperclass
@EntityListeners(AuditListener.class)
public abstract class AuditedEntity {

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 64)
    private String updatedBy;

    /** The audit state as it was loaded from the database, the "before" of the next change. */
    @Transient
    private Map<String, String> loadedState;

    public abstract Object getId();

    /**
     * The fields worth auditing, as display strings. Secrets (password hashes, key hashes) must
     * never appear here.
     */
    protected abstract Map<String, String> auditState();

    /** The entity's name in the audit log. */
    public String auditType() {
        return getClass().getSimpleName();
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    void stampCreated(String who, Instant when) {
        createdBy = who;
        createdAt = when;
        stampUpdated(who, when);
    }

    void stampUpdated(String who, Instant when) {
        updatedBy = who;
        updatedAt = when;
    }

    Map<String, String> currentAuditState() {
        return java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(auditState()));
    }

    Map<String, String> loadedAuditState() {
        return loadedState;
    }

    void rememberLoadedState() {
        loadedState = currentAuditState();
    }
}
