package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Q1: the reply promised to the customer — the severity's term from its setting, counted from acceptance. */
class ReplyTermTest {

    @ParameterizedTest(name = "{0}: {1} h by default, setting {2}")
    @CsvSource({
        "MINOR,    72, quality.reply-hours.MINOR",
        "NORMAL,   48, quality.reply-hours.NORMAL",
        "SERIOUS,  24, quality.reply-hours.SERIOUS",
        "CRITICAL,  4, quality.reply-hours.CRITICAL"
    })
    void eachSeverityHasItsTermInASetting(ComplaintSeverity severity, int hours, String key) {
        assertEquals(hours, severity.defaultReplyHours());
        assertEquals(key, severity.settingKey());
    }

    @ParameterizedTest(name = "accepted {0} + {1} h → {2}")
    @CsvSource({
        "2026-12-01T02:00:00Z, 48, 2026-12-03T02:00:00Z",
        "2026-12-01T02:00:00Z,  4, 2026-12-01T06:00:00Z",
        "2026-12-31T20:30:00Z, 24, 2027-01-01T20:30:00Z",
        // a setting of 0 or less still promises a reply at least an hour ahead
        "2026-12-01T02:00:00Z,  0, 2026-12-01T03:00:00Z",
        "2026-12-01T02:00:00Z, -5, 2026-12-01T03:00:00Z"
    })
    void theReplyIsPromisedTheTermAfterAcceptance(Instant accepted, int hours, Instant replyBy) {
        assertEquals(replyBy, ComplaintSeverity.replyBy(accepted, hours));
    }

    @Test
    void aTermNeedsATimeOfAcceptance() {
        assertThrows(NullPointerException.class, () -> ComplaintSeverity.replyBy(null, 4));
    }
}
