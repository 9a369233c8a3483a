package org.aftersales.domain.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;

/**
 * An e-mail in the mail outbox. It is written in the transaction of whatever caused it (beside the
 * in-app notification) and sent later, outside that transaction, by the mail sender, so a mail
 * server that is slow, down or absent never rolls back or delays the business change.
 *
 * <p>Invariants: a PENDING mail has the time of its next attempt; an attempt is counted when it is
 * claimed (so two senders never send it twice); a failed attempt waits as the {@link RetrySchedule}
 * says, and the last allowed one makes the mail FAILED. Only PENDING and FAILED mails can be retried
 * or discarded — by an administrator, with the decision kept ({@code note}, {@code decidedBy}).
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    /** Longest error text kept: the exception's class and the start of its message. */
    public static final int ERROR_LENGTH = 500;

    public static final int SUBJECT_LENGTH = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Lob
    @Column(name = "body", nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private MailStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "note", length = 500)
    private String note;

    protected OutgoingMail() {}

    /** A mail to send as soon as the sender gets to it. */
    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = requireText(recipient, "The recipient is required.");
        this.subject = cut(Objects.requireNonNull(subject, "The subject is required."), SUBJECT_LENGTH);
        this.body = Objects.requireNonNull(body, "The body is required.");
        this.createdAt = Objects.requireNonNull(now, "The time is required.");
        this.status = MailStatus.PENDING;
        this.nextAttemptAt = now;
    }

    /** A mail that can never be sent (an address the mail library refuses): FAILED at once, for the administrators to see. */
    public static OutgoingMail undeliverable(String recipient, String subject, String body, String error, Instant now) {
        OutgoingMail mail = new OutgoingMail(recipient, subject, body, now);
        mail.status = MailStatus.FAILED;
        mail.nextAttemptAt = null;
        mail.lastError = cut(error, ERROR_LENGTH);
        return mail;
    }

    /** True when a sender may take it now. */
    public boolean isDue(Instant now) {
        return status == MailStatus.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now);
    }

    /**
     * A sender takes it for one attempt (under a row lock, committed before it talks to the SMTP
     * server): the attempt is counted and nobody else takes it before {@code leaseUntil} — by then the
     * sender has recorded the outcome, or crashed and the mail is due again.
     */
    public void claim(Instant now, Instant leaseUntil) {
        if (!isDue(now)) {
            throw new IllegalStateException("Mail " + id + " is not due");
        }
        attempts++;
        nextAttemptAt = leaseUntil;
    }

    /** The SMTP server accepted the mail. */
    public void sent(Instant now) {
        status = MailStatus.SENT;
        sentAt = Objects.requireNonNull(now);
        nextAttemptAt = null;
    }

    /**
     * The attempt just made (already counted in {@link #getAttempts()}) failed with {@code error}:
     * wait as the schedule says, or give up after the last allowed attempt.
     */
    public void attemptFailed(String error, Instant now, RetrySchedule schedule) {
        lastError = cut(error, ERROR_LENGTH);
        if (schedule.exhausted(attempts)) {
            status = MailStatus.FAILED;
            nextAttemptAt = null;
        } else {
            nextAttemptAt = now.plus(schedule.delayAfter(attempts));
        }
    }

    /** An administrator has it sent again now, with a fresh allowance of attempts. */
    public void retryNow(String by, Instant now) {
        requireOpen();
        status = MailStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        decided(by, now, null);
    }

    /** An administrator decides it is not to be sent; the reason is required. */
    public void discard(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException(FieldError.of("reason", "validation.required"));
        }
        if (reason.strip().length() > 500) {
            throw new RuleViolationException(FieldError.of("reason", "validation.tooLong", 500));
        }
        requireOpen();
        status = MailStatus.DISCARDED;
        nextAttemptAt = null;
        decided(by, now, reason.strip());
    }

    private void requireOpen() {
        if (status != MailStatus.PENDING && status != MailStatus.FAILED) {
            throw new ConflictException("error.mailClosed");
        }
    }

    private void decided(String by, Instant now, String why) {
        decidedBy = by;
        decidedAt = now;
        note = why;
    }

    /** What the audit log keeps of an administrator's decision, as {@code key=value} lines (never the body). */
    public String auditText() {
        Map<String, String> state = new TreeMap<>();
        state.put("recipient", recipient);
        state.put("subject", subject);
        state.put("status", status.name());
        state.put("attempts", String.valueOf(attempts));
        state.put("lastError", lastError);
        state.put("note", note);
        StringBuilder text = new StringBuilder();
        state.forEach((key, value) -> text.append(key)
                .append('=')
                .append(value == null ? "" : value.replace("\n", "\\n"))
                .append('\n'));
        return text.toString();
    }

    /** {@code SomeException: its message}, short enough to keep. */
    public static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = error.getClass().getSimpleName() + ": " + Objects.toString(error.getMessage(), "");
        if (root != error) {
            text += " (" + root.getClass().getSimpleName() + ": " + Objects.toString(root.getMessage(), "") + ")";
        }
        return cut(text.replaceAll("\\s+", " ").strip(), ERROR_LENGTH);
    }

    private static String requireText(String value, String message) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(message);
        }
        return value.strip();
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

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public MailStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
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
