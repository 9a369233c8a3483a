package org.aftersales.platform.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.io.Serializable;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.aftersales.domain.shared.IdempotencyRecord;
import org.aftersales.settings.boundary.BusinessCalendar;
import org.aftersales.settings.boundary.SettingReader;
import org.aftersales.support.failure.Causes;

/**
 * Remembers what a POST with an {@code Idempotency-Key} answered. Each step runs in a transaction
 * of its own, apart from the request's work: claiming a key is committed before the work starts, so
 * a second request with the same key is refused at once and told what the first left.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class IdempotencyStore {

    public static final String RETENTION_HOURS = "api.idempotency.retention-hours";

    @PersistenceContext(unitName = "aftersales")
    private EntityManager em;

    @Inject
    private SettingReader settings;

    @Inject
    private BusinessCalendar calendar;

    public enum Claim {
        NEW,
        REPLAY,
        DIFFERENT_REQUEST,
        IN_PROGRESS
    }

    public record Outcome(Claim claim, Long recordId, Integer status, String location, String contentType, String body)
            implements Serializable {

        /** An outcome without an answer to replay ({@code recordId} null when there is no record). */
        public static Outcome of(Claim claim, Long recordId) {
            return new Outcome(claim, recordId, null, null, null, null);
        }
    }

    /**
     * Claims {@code key} for this caller and request: one INSERT, no read first (issue 15.1: every
     * POST with a key pays the claim, a repeated key is rare). A key already claimed is refused by
     * the unique constraint ({@link KeyTakenException}); {@link #earlier} then says what that claim left.
     */
    public Outcome claim(String caller, String key, String requestHash) {
        IdempotencyRecord record = new IdempotencyRecord(caller, key, requestHash, calendar.now());
        try {
            em.persist(record);
            em.flush();
            return Outcome.of(Claim.NEW, record.getId());
        } catch (PersistenceException e) {
            if (keyBusy(e)) {
                // claimed before, or by another request an instant ago; this transaction rolls back
                throw new KeyTakenException();
            }
            // anything else (a lost connection, a defect) is not "in progress": it goes to the
            // caller as what it is, and the API answers 503 or 500 and logs it
            throw e;
        }
    }

    /**
     * What the claim of {@code key} that refused this one left: the answer to replay, another
     * request under the same key, or a request still running. A claim released since (its request
     * failed) counts as running: the caller retries, and the retry claims the key.
     */
    public Outcome earlier(String caller, String key, String requestHash) {
        Optional<IdempotencyRecord> existing = find(caller, key);
        if (existing.isEmpty()) {
            return Outcome.of(Claim.IN_PROGRESS, null);
        }
        IdempotencyRecord record = existing.get();
        if (!record.getRequestHash().equals(requestHash)) {
            return Outcome.of(Claim.DIFFERENT_REQUEST, record.getId());
        }
        if (!record.isCompleted()) {
            return Outcome.of(Claim.IN_PROGRESS, record.getId());
        }
        return new Outcome(
                Claim.REPLAY,
                record.getId(),
                record.getStatus(),
                record.getLocation(),
                record.getContentType(),
                record.getBody());
    }

    /** Keeps the answer in one UPDATE (no read first: a round trip less on every POST, issue 13). */
    public void complete(long recordId, int status, String location, String contentType, String body) {
        em.createNamedQuery("IdempotencyRecord.complete")
                .setParameter("status", status)
                .setParameter("location", location)
                .setParameter("contentType", contentType)
                .setParameter("body", body)
                .setParameter("id", recordId)
                .executeUpdate();
    }

    /** Forgets a claim whose request failed: an error changes nothing, so the key may be used again. */
    public void release(long recordId) {
        em.createNamedQuery("IdempotencyRecord.release")
                .setParameter("id", recordId)
                .executeUpdate(); // one DELETE, no read first
    }

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void expire() {
        Duration retention = Duration.ofHours(settings.number(RETENTION_HOURS, 48));
        em.createNamedQuery("IdempotencyRecord.expire")
                .setParameter("before", calendar.now().minus(retention))
                .executeUpdate();
    }

    private Optional<IdempotencyRecord> find(String caller, String key) {
        return em.createNamedQuery("IdempotencyRecord.find", IdempotencyRecord.class)
                .setParameter("caller", caller)
                .setParameter("key", key)
                .getResultStream()
                .findFirst();
    }

    /**
     * True when the database refused the claim because another transaction holds the key: a unique
     * violation (SQLState 23505, Derby and PostgreSQL) or, while that transaction has not ended, a
     * lock conflict — Derby answers a racing duplicate with a lock timeout (40XL1), and either
     * database may pick the claim as a deadlock victim (40001, 40P01, 55P03). Retrying later is the
     * answer to all of them. Issue 15.4: anything else is not a key in use.
     */
    public static boolean keyBusy(Throwable failure) {
        return Causes.of(failure)
                .filter(t -> t instanceof SQLException sql && sql.getSQLState() != null)
                .findFirst()
                .map(t -> ((SQLException) t).getSQLState())
                .map(state -> state.equals("23505") || state.startsWith("40") || state.equals("55P03"))
                .orElse(false);
    }

    /** Two requests raced for one key; the loser is told to retry later. */
    @jakarta.ejb.ApplicationException(rollback = true)
    public static class KeyTakenException extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
