package org.aftersales.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import org.aftersales.domain.shared.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EventCodecTest {

    @Test
    void anEventSurvivesTheRoundTripThroughJson() {
        DomainEvent event = new DomainEvent(
                "AccountLocked",
                "e-1",
                Instant.parse("2026-11-26T01:30:00Z"),
                Map.of("username", "李四", "failedLogins", "5"));
        assertEquals(event, EventCodec.decode(EventCodec.encode(event)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {
                "",
                "not json",
                "{}",
                "{\"type\":\"X\"}",
                "[1,2]",
                "{\"type\":\"X\",\"id\":\"1\",\"occurredAt\":\"yesterday\",\"data\":{}}"
            })
    void aMalformedMessageIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> EventCodec.decode(text));
    }
}
