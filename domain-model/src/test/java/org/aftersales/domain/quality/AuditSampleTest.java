package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Q6: the month's audit sample — its size and that it is reproducible. */
class AuditSampleTest {

    private static final List<String> TICKETS =
            IntStream.rangeClosed(1, 200).mapToObj(i -> "YX-26-11-" + i).toList();

    @ParameterizedTest(name = "{0} closed, {1} % → {2}")
    @CsvSource({"200, 5, 10", "199, 5, 10", "20, 5, 1", "1, 5, 1", "0, 5, 0", "40, 0, 0", "10, 100, 10", "10, 150, 10"})
    void theSampleTakesTheShareRoundedUp(int closed, String percent, int size) {
        assertEquals(size, AuditSample.size(closed, new BigDecimal(percent)));
    }

    @Test
    void theSameMonthAndTicketsGiveTheSameSampleInAnyOrder() {
        YearMonth nov = YearMonth.of(2026, 11);
        List<String> shuffled = new ArrayList<>(TICKETS);
        Collections.shuffle(shuffled);
        List<String> first = AuditSample.pick(TICKETS, nov, new BigDecimal("5"));
        assertEquals(10, first.size());
        assertEquals(first, AuditSample.pick(shuffled, nov, new BigDecimal("5")));
        assertTrue(TICKETS.containsAll(first));
        // another month draws another sample
        assertNotEquals(first, AuditSample.pick(TICKETS, YearMonth.of(2026, 12), new BigDecimal("5")));
    }
}
