package org.aftersales.domain.shared;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened in one bounded context that others may react to. It travels on the
 * JMS events topic as JSON (never Java serialization): a type, a unique id that consumers use to
 * handle it at most once, when it happened, and a few string fields — ids to reload, not copies of
 * entities.
 */
public record DomainEvent(String type, String id, Instant occurredAt, Map<String, String> data) {

    /** The JMS message property with the event's type; consumers select on it ({@code eventType = '…'}). */
    public static final String TYPE_PROPERTY = "eventType";
    /** The JMS message property with the event's id. */
    public static final String ID_PROPERTY = "eventId";

    public DomainEvent {
        Objects.requireNonNull(type, "The event type is required.");
        Objects.requireNonNull(id, "The event id is required.");
        Objects.requireNonNull(occurredAt, "The time is required.");
        data = data == null ? Map.of() : Map.copyOf(data);
    }

    public static DomainEvent of(String type, Instant occurredAt, Map<String, String> data) {
        return new DomainEvent(type, UUID.randomUUID().toString(), occurredAt, data);
    }

    public String get(String field) {
        return data.get(field);
    }
}
