package org.aftersales.web.tickets.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T4, T5: the colour of a running deadline in the lists. */
class DeadlineStyleTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    @ParameterizedTest(name = "deadline {0} → \"{1}\"")
    @CsvSource(
            nullValues = "-",
            value = {
                "2026-11-26T07:59:00Z, as-overdue",
                "2026-11-26T08:00:00Z, as-due-soon",
                "2026-11-26T09:59:00Z, as-due-soon",
                "2026-11-26T10:00:00Z, as-due-soon",
                "2026-11-26T10:01:00Z, ''",
                "-, ''",
            })
    void redWhenPastAmberWithinTwoHours(String deadline, String expected) {
        assertEquals(
                expected,
                DeadlineStyle.of(deadline == null ? null : Instant.parse(deadline), NOW, Duration.ofHours(2)));
    }
}
