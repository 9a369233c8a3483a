package org.aftersales.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An event a consumer has handled. The key is {@code consumer/eventId}: each consumer handles an
 * event at most once, however often the broker delivers it.
 */
@Entity
@Table(name = "processed_event")
public class ProcessedEvent {

    @Id
    @Column(name = "event_key", length = 200)
    private String key;

    @Column(name = "consumer", nullable = false, length = 100)
    private String consumer;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedEvent() {}

    public ProcessedEvent(String eventId, String consumer, Instant processedAt) {
        this.key = consumer + "/" + eventId;
        this.consumer = consumer;
        this.processedAt = processedAt;
    }

    public static String keyOf(String consumer, String eventId) {
        return consumer + "/" + eventId;
    }

    public String getKey() {
        return key;
    }
}
