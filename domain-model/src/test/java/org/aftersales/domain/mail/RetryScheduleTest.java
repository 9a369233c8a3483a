package org.aftersales.domain.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryScheduleTest {

    @ParameterizedTest(name = "base {0} s, after attempt {1} → wait {2} s")
    @CsvSource({
        "30, 1, 30",
        "30, 2, 60",
        "30, 3, 120",
        "30, 4, 240",
        "30, 5, 480",
        "1, 1, 1",
        "1, 10, 512",
        "60, 0, 0",
        "3600, 5, 57600",
        "3600, 6, 86400", // 32 h would be more than the longest wait of 24 h
        "3600, 1000, 86400", // no overflow however many attempts
        "2147483647, 3, 86400",
    })
    void waitsDoubleFromTheBaseUpToADay(int baseSeconds, int attemptsMade, long expectedSeconds) {
        assertEquals(
                Duration.ofSeconds(expectedSeconds),
                RetrySchedule.of(100, baseSeconds).delayAfter(attemptsMade));
    }

    @Test
    void theDefaultsGiveSixAttemptsOverAboutFifteenMinutes() {
        RetrySchedule schedule = RetrySchedule.of(6, 30);
        assertEquals(
                List.of(30L, 60L, 120L, 240L, 480L),
                schedule.delays().stream().map(Duration::getSeconds).toList());
        assertFalse(schedule.exhausted(5));
        assertTrue(schedule.exhausted(6), "the sixth failed attempt is the last");
    }

    @Test
    void nonsenseSettingsFallBackToOneAttemptAfterOneSecond() {
        RetrySchedule schedule = RetrySchedule.of(0, -5);
        assertEquals(1, schedule.maxAttempts());
        assertEquals(Duration.ofSeconds(1), schedule.base());
        assertTrue(schedule.exhausted(1));
        assertEquals(List.of(), schedule.delays());
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(1, Duration.ZERO));
    }
}
