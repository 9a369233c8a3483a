package org.aftersales.settings.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void todayIsTheDateInTheConfiguredZoneNotInUtc() {
        // 2026-12-05 17:30 UTC is already 6 December in Beijing
        BusinessCalendar calendar =
                BusinessCalendar.fixed(SHANGHAI, Clock.fixed(Instant.parse("2026-12-05T17:30:00Z"), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2026, 12, 6), calendar.today());
        assertEquals(Instant.parse("2026-12-05T17:30:00Z"), calendar.now());
    }

    @Test
    void aDayRunsFromLocalMidnightToTheNextLocalMidnight() {
        BusinessCalendar calendar = BusinessCalendar.fixed(SHANGHAI, Clock.systemUTC());
        LocalDate day = LocalDate.of(2026, 12, 6);
        assertEquals(Instant.parse("2026-12-05T16:00:00Z"), calendar.startOf(day));
        assertEquals(Instant.parse("2026-12-06T16:00:00Z"), calendar.endOf(day));
    }
}
