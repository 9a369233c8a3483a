package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Q7: a key customer's yearly visit and its report, due within 10 days of the visit. */
class KeyCustomerVisitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);

    @ParameterizedTest(name = "visited {0}, {1} days → due {2}")
    @CsvSource({"2026-06-10, 10, 2026-06-20", "2026-12-28, 10, 2027-01-07", "2026-06-10, 0, 2026-06-10"})
    void theReportIsDueTheDaysAfterTheVisit(LocalDate visited, int days, LocalDate due) {
        assertEquals(due, KeyCustomerVisit.reportDue(visited, days));
    }

    @ParameterizedTest(name = "visited {0}, today {1}, reported {2} → overdue {3}")
    @CsvSource({
        "2026-06-10, 2026-06-20, false, false", // the tenth day: still in time
        "2026-06-10, 2026-06-21, false, true",
        "2026-06-10, 2026-06-21, true, false"
    })
    void theReportIsOverdueAfterItsDueDayUntilWritten(
            LocalDate visited, LocalDate today, boolean reported, boolean overdue) {
        KeyCustomerVisit v = new KeyCustomerVisit(1L, 2026, LocalDate.of(2026, 6, 1), "年度走访");
        v.visited(visited, today, 10, "quality");
        if (reported) {
            v.report("设备运行正常，客户满意", "quality", Instant.now());
        }
        assertEquals(overdue, v.reportOverdue(today));
    }

    @Test
    void thePlannedDayLiesInThePlansYear() {
        assertThrows(
                RuleViolationException.class, () -> new KeyCustomerVisit(1L, 2026, LocalDate.of(2027, 1, 5), null));
    }

    @Test
    void aVisitIsRecordedOnceNotInTheFutureAndItsReportOnceAfterIt() {
        KeyCustomerVisit v = new KeyCustomerVisit(1L, 2026, LocalDate.of(2026, 6, 1), null);
        assertTrue(v.visitOverdue(TODAY));
        assertThrows(ConflictException.class, () -> v.report("提前写报告", "quality", Instant.now()));
        assertThrows(RuleViolationException.class, () -> v.visited(TODAY.plusDays(1), TODAY, 10, "quality"));
        v.visited(TODAY, TODAY, 10, "quality");
        assertFalse(v.visitOverdue(TODAY));
        assertEquals(TODAY.plusDays(10), v.getReportDue());
        assertThrows(ConflictException.class, () -> v.visited(TODAY, TODAY, 10, "quality"));
        assertThrows(RuleViolationException.class, () -> v.report(" ", "quality", Instant.now()));
        v.report("走访纪要", "quality", Instant.now());
        assertThrows(ConflictException.class, () -> v.report("再写一次", "quality", Instant.now()));
    }
}
