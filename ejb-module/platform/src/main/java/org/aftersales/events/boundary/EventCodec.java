package org.aftersales.events.boundary;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.aftersales.domain.shared.DomainEvent;

/** A domain event as the JSON text it travels as on the events topic. */
public final class EventCodec {

    /**
     * Issue 15.1: {@code JSON.createObjectBuilder()} and {@code JSON.createReader()} look the
     * provider up through the ServiceLoader on every call (12 % of the server's CPU in a
     * registration, JFR); the provider is thread-safe and looked up once.
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private EventCodec() {}

    public static String encode(DomainEvent event) {
        JsonObjectBuilder data = JSON.createObjectBuilder();
        event.data().forEach((key, value) -> {
            if (value == null) {
                data.addNull(key);
            } else {
                data.add(key, value);
            }
        });
        return JSON.createObjectBuilder()
                .add("type", event.type())
                .add("id", event.id())
                .add("occurredAt", event.occurredAt().toString())
                .add("data", data)
                .build()
                .toString();
    }

    /** Parses an event; a malformed one is an {@link IllegalArgumentException} (it goes to the dead messages). */
    /** The event in a message of the events topic (a text message with the JSON). */
    public static DomainEvent decode(jakarta.jms.Message message) {
        try {
            if (message instanceof jakarta.jms.TextMessage text) {
                return decode(text.getText());
            }
            throw new IllegalArgumentException("Not a text message: " + message.getJMSMessageID());
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    public static DomainEvent decode(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text == null ? "" : text))) {
            JsonObject json = reader.readObject();
            Map<String, String> data = new HashMap<>();
            json.getJsonObject("data")
                    .forEach((key, value) -> data.put(
                            key,
                            value.getValueType() == JsonValue.ValueType.STRING
                                    ? ((JsonString) value).getString()
                                    : null));
            return new DomainEvent(
                    json.getString("type"), json.getString("id"), Instant.parse(json.getString("occurredAt")), data);
        } catch (JsonException | ClassCastException | NullPointerException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not a domain event: " + e.getMessage(), e);
        }
    }
}
