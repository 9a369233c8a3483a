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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A message no consumer could handle after the redelivery limit, taken off the broker's dead
 * message queue and kept for the administrators (issue 10.18). An administrator sends it back to
 * be delivered once more ({@link #retry}: pressed twice, it is sent once) or sets it aside with a
 * reason ({@link #discard}). A retried message that dies again comes back here as DEAD with one
 * more attempt.
 */
@Entity
@Table(name = "dead_message")
@NamedQuery(name = "DeadLetter.all", query = "SELECT d FROM DeadLetter d ORDER BY d.id")
@NamedQuery(name = "DeadLetter.countAll", query = "SELECT COUNT(d) FROM DeadLetter d")
@NamedQuery(name = "DeadLetter.inState", query = "SELECT d FROM DeadLetter d WHERE d.state = :state ORDER BY d.id")
@NamedQuery(name = "DeadLetter.countInState", query = "SELECT COUNT(d) FROM DeadLetter d WHERE d.state = :state")
@NamedQuery(
        name = "DeadLetter.ofEvent",
        query = "SELECT d FROM DeadLetter d WHERE d.eventId = :eventId AND d.state <> :discarded ORDER BY d.id")
public class DeadLetter {

    /**
     * Why OpenMQ gave a message up ({@code JMS_SUN_DMQ_UNDELIVERED_REASON}); shown in words, kept as the
     * broker's name in the {@code reason} column.
     */
    public enum BrokerReason {
        UNDELIVERABLE,
        EXPIRED,
        ERROR,
        REMOVED_OLDEST,
        REMOVED_LOW_PRIORITY,
        REMOVED_REJECTED,
        DELETED_BY_ADMIN
    }

    public enum State {
        DEAD,
        RETRIED,
        DISCARDED
    }

    public static final int ERROR_MAX = 1000;
    public static final int NOTE_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "message_id", length = 200)
    private String messageId;

    @Column(name = "event_id", length = 64)
    private String eventId;

    @Column(name = "event_type", length = 100)
    private String eventType;

    @Column(name = "destination", length = 200)
    private String destination;

    @Lob
    @Column(name = "body")
    private String body;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "dead_at", nullable = false)
    private Instant deadAt;

    @Column(name = "reason", length = 100)
    private String reason;

    @Column(name = "last_error", length = ERROR_MAX)
    private String lastError;

    /** How many times it was delivered in vain and ended here: 1, plus one per retry that died again. */
    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 12)
    private State state;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "note", length = NOTE_MAX)
    private String note;

    protected DeadLetter() {}

    public DeadLetter(
            String messageId,
            String eventId,
            String eventType,
            String destination,
            String body,
            Instant sentAt,
            Instant deadAt,
            String reason,
            String lastError) {
        this.messageId = cut(messageId, 200);
        this.eventId = cut(eventId, 64);
        this.eventType = cut(eventType, 100);
        this.destination = cut(destination, 200);
        this.body = body;
        this.sentAt = sentAt;
        this.deadAt = Objects.requireNonNull(deadAt, "The time it died is required.");
        this.reason = cut(reason, 100);
        this.lastError = cut(lastError, ERROR_MAX);
        this.attempts = 1;
        this.state = State.DEAD;
    }

    /** The retried message could not be handled again. */
    public void diedAgain(String newMessageId, Instant at, String why, String error) {
        messageId = cut(newMessageId, 200);
        deadAt = Objects.requireNonNull(at);
        reason = cut(why, 100);
        lastError = cut(error, ERROR_MAX);
        if (state == State.RETRIED) {
            attempts++;
        }
        state = State.DEAD;
    }

    /**
     * Sends it back once: true when it is to be sent now, false when it was retried already and
     * has not died again (pressing twice sends once). A discarded message stays discarded (409).
     */
    public boolean retry(String by, Instant now, String generatedEventId) {
        if (state == State.DISCARDED) {
            throw new ConflictException("error.deadMessageDiscarded");
        }
        if (state == State.RETRIED) {
            return false;
        }
        if (eventId == null || eventId.isBlank()) {
            eventId = generatedEventId; // so that, should it die again, it comes back to this row
        }
        state = State.RETRIED;
        decidedBy = by;
        decidedAt = now;
        note = null;
        return true;
    }

    /** Sets it aside for good; the reason is required. Discarding twice changes nothing; a retried one is 409. */
    public boolean discard(String why, String by, Instant now) {
        if (why == null || why.isBlank()) {
            throw new RuleViolationException(FieldError.of("reason", "validation.required"));
        }
        if (why.strip().length() > NOTE_MAX) {
            throw new RuleViolationException(FieldError.of("reason", "validation.tooLongMax", NOTE_MAX));
        }
        if (state == State.DISCARDED) {
            return false;
        }
        if (state != State.DEAD) {
            throw new ConflictException("error.deadMessageNotDead");
        }
        state = State.DISCARDED;
        decidedBy = by;
        decidedAt = now;
        note = why.strip();
        return true;
    }

    /** What the audit log keeps of an administrator's decision, as {@code key=value} lines (never the body). */
    public String auditText() {
        Map<String, String> text = new TreeMap<>();
        text.put("eventType", eventType);
        text.put("eventId", eventId);
        text.put("state", state.name());
        text.put("attempts", String.valueOf(attempts));
        text.put("lastError", lastError);
        text.put("reason", note);
        StringBuilder out = new StringBuilder();
        text.forEach((key, value) -> out.append(key)
                .append('=')
                .append(value == null ? "" : value.replace("\n", "\\n"))
                .append('\n'));
        return out.toString();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getDestination() {
        return destination;
    }

    public String getBody() {
        return body;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getDeadAt() {
        return deadAt;
    }

    public String getReason() {
        return reason;
    }

    public String getLastError() {
        return lastError;
    }

    public int getAttempts() {
        return attempts;
    }

    public State getState() {
        return state;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }
}
