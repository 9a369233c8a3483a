package org.aftersales.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of a POST made with an {@code Idempotency-Key}: the same key from the same caller
 * with the same request replays it; the unique constraint on (caller, key) lets only one of two
 * simultaneous requests run.
 */
@Entity
@Table(name = "idempotency_record", uniqueConstraints = @UniqueConstraint(columnNames = {"caller", "idem_key"}))
@NamedQuery(
        name = "IdempotencyRecord.find",
        query = "SELECT r FROM IdempotencyRecord r WHERE r.caller = :caller AND r.key = :key")
@NamedQuery(name = "IdempotencyRecord.release", query = "DELETE FROM IdempotencyRecord r WHERE r.id = :id")
@NamedQuery(name = "IdempotencyRecord.expire", query = "DELETE FROM IdempotencyRecord r WHERE r.createdAt < :before")
/* The answer kept in one UPDATE, without reading the record first (issue 13: a round trip less on every POST). */
@NamedQuery(
        name = "IdempotencyRecord.complete",
        query = "UPDATE IdempotencyRecord r SET r.completed = TRUE, r.status = :status, r.location = :location,"
                + " r.contentType = :contentType, r.body = :body WHERE r.id = :id")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "caller", nullable = false, length = 64)
    private String caller;

    @Column(name = "idem_key", nullable = false, length = 200)
    private String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    private String requestHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "completed", nullable = false)
    private boolean completed;

    @Column(name = "status_code")
    private Integer status;

    @Column(name = "location", length = 1000)
    private String location;

    @Column(name = "content_type", length = 200)
    private String contentType;

    @Lob
    @Column(name = "response_body")
    private String body;

    protected IdempotencyRecord() {}

    public IdempotencyRecord(String caller, String key, String requestHash, Instant createdAt) {
        this.caller = Objects.requireNonNull(caller);
        this.key = Objects.requireNonNull(key);
        this.requestHash = Objects.requireNonNull(requestHash);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    public void complete(int status, String location, String contentType, String body) {
        this.completed = true;
        this.status = status;
        this.location = location;
        this.contentType = contentType;
        this.body = body;
    }

    public Long getId() {
        return id;
    }

    public String getRequestHash() {
        return requestHash;
    }

    public boolean isCompleted() {
        return completed;
    }

    public Integer getStatus() {
        return status;
    }

    public String getLocation() {
        return location;
    }

    public String getContentType() {
        return contentType;
    }

    public String getBody() {
        return body;
    }
}
