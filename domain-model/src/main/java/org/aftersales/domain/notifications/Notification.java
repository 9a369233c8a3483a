package org.aftersales.domain.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message to one user in the application. The text is a bundle key and its arguments, so each
 * reader sees it in their own language.
 */
@Entity
@Table(name = "notification")
@NamedQuery(
        name = "Notification.forRecipient",
        query = "SELECT n FROM Notification n WHERE n.recipient = :recipient ORDER BY n.id DESC")
@NamedQuery(
        name = "Notification.countForRecipient",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient")
@NamedQuery(
        name = "Notification.unreadCount",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.recipient = :recipient AND n.readAt IS NULL")
@NamedQuery(
        name = "Notification.markAllRead",
        query = "UPDATE Notification n SET n.readAt = :now WHERE n.recipient = :recipient AND n.readAt IS NULL")
public class Notification {

    private static final String SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient", nullable = false, length = 64)
    private String recipient;

    @Column(name = "message_key", nullable = false, length = 100)
    private String messageKey;

    @Column(name = "message_args", length = 1000)
    private String args;

    @Column(name = "source_event", length = 64)
    private String sourceEvent;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {}

    public Notification(String recipient, String messageKey, List<String> args, String sourceEvent, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient, "The recipient is required.");
        this.messageKey = Objects.requireNonNull(messageKey, "The message key is required.");
        this.args = args == null || args.isEmpty() ? null : String.join(SEPARATOR, args);
        this.sourceEvent = sourceEvent;
        this.createdAt = Objects.requireNonNull(createdAt, "The time is required.");
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArgs() {
        return args == null ? List.of() : Arrays.asList(args.split(SEPARATOR, -1));
    }

    public String getSourceEvent() {
        return sourceEvent;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }
}
