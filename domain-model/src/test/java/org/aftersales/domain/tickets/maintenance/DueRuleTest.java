package org.aftersales.domain.tickets.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.aftersales.domain.tickets.maintenance.DueRule.DueState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** M1: due by operating hours or by the calendar, whichever comes first. */
class DueRuleTest {

    private static LocalDate d(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    /** "2026-03-01=1200;2026-04-01=1600" → readings. */
    private static List<HoursReading> readings(String s) {
        return s == null
                ? List.of()
                : Arrays.stream(s.split(";"))
                        .map(r -> r.split("="))
                        .map(r -> new HoursReading(d(r[0]), Long.parseLong(r[1])))
                        .toList();
    }

    @ParameterizedTest(name = "[{index}] {0}+{2}m/{3}h from {1}h, readings {4}, on {5} → {9} {10}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // baseline | hours | months | interval h | readings                         | as of      | next date  |
                // next h | latest | due date   | reason
                // by the calendar only: due from the day the months have passed
                "2026-01-15 | 0     | 3      | -          | -                                | 2026-04-14 | 2026-04-15 | -      | -      | -          | -",
                "2026-01-15 | 0     | 3      | -          | -                                | 2026-04-15 | 2026-04-15 | -      | -      | 2026-04-15 | CALENDAR",
                "2026-01-15 | 0     | 3      | -          | -                                | 2026-06-30 | 2026-04-15 | -      | -      | 2026-04-15 | CALENDAR",
                // a month end stays in its month
                "2026-01-31 | 0     | 1      | -          | -                                | 2026-02-28 | 2026-02-28 | -      | -      | 2026-02-28 | CALENDAR",
                "2027-11-30 | 0     | 3      | -          | -                                | 2028-02-28 | 2028-02-29 | -      | -      | -          | -",
                // by the hours only: due once a reading shows baseline + interval
                "2026-01-15 | 1000  | -      | 500        | 2026-02-01=1200                  | 2026-03-01 | -          | 1500   | 1200   | -          | -",
                "2026-01-15 | 1000  | -      | 500        | 2026-02-01=1200;2026-03-01=1500  | 2026-03-01 | -          | 1500   | 1500   | 2026-03-01 | HOURS",
                // the earliest reading that reached the threshold dates it; later readings do not move it
                "2026-01-15 | 1000  | -      | 500        | 2026-03-01=1550;2026-04-01=1900  | 2026-05-01 | -          | 1500   | 1900   | 2026-03-01 | HOURS",
                // readings after the day asked about are not known yet
                "2026-01-15 | 1000  | -      | 500        | 2026-03-01=1200;2026-04-01=1600  | 2026-03-15 | -          | 1500   | 1200   | -          | -",
                // readings before the baseline do not count
                "2026-01-15 | 0     | -      | 500        | 2026-01-10=800                   | 2026-03-15 | -          | 500    | 800    | -          | -",
                // no readings at all: never due by hours
                "2026-01-15 | 1000  | -      | 500        | -                                | 2030-01-01 | -          | 1500   | -      | -          | -",
                // whichever comes first: the hours
                "2026-01-15 | 1000  | 6      | 500        | 2026-03-01=1600                  | 2026-03-01 | 2026-07-15 | 1500   | 1600   | 2026-03-01 | HOURS",
                "2026-01-15 | 1000  | 6      | 500        | 2026-03-01=1600                  | 2026-08-01 | 2026-07-15 | 1500   | 1600   | 2026-03-01 | HOURS",
                // whichever comes first: the calendar
                "2026-01-15 | 1000  | 6      | 500        | 2026-03-01=1200                  | 2026-07-15 | 2026-07-15 | 1500   | 1200   | 2026-07-15 | CALENDAR",
                "2026-01-15 | 1000  | 6      | 500        | 2026-03-01=1200;2026-08-01=1700  | 2026-08-01 | 2026-07-15 | 1500   | 1700   | 2026-07-15 | CALENDAR",
                // both on the same day: the calendar is named
                "2026-01-15 | 1000  | 6      | 500        | 2026-07-15=1500                  | 2026-07-15 | 2026-07-15 | 1500   | 1500   | 2026-07-15 | CALENDAR",
                // neither yet
                "2026-01-15 | 1000  | 6      | 500        | 2026-03-01=1499                  | 2026-07-14 | 2026-07-15 | 1500   | 1499   | -          | -",
            })
    void dueByHoursOrCalendarWhicheverComesFirst(
            String baseline,
            long hours,
            Integer months,
            Long intervalHours,
            String readings,
            String asOf,
            String nextDate,
            Long nextHours,
            Long latest,
            String dueDate,
            DueReason reason) {
        DueState state = DueRule.evaluate(
                d(baseline), hours, new MaintenanceInterval(months, intervalHours), readings(readings), d(asOf));
        assertEquals(d(nextDate), state.nextDueDate(), "next due date");
        assertEquals(nextHours, state.nextDueHours(), "next due hours");
        assertEquals(latest, state.latestHours(), "latest reading");
        assertEquals(d(dueDate), state.dueDate(), "due date");
        assertEquals(reason, state.reason(), "reason");
        assertEquals(dueDate != null, state.isDue());
    }

    @ParameterizedTest(name = "[{index}] {0} months / {1} hours is refused")
    @CsvSource(
            nullValues = "-",
            value = {"-, -", "0, -", "-, 0", "-3, 100", "3, -100"})
    void anIntervalNeedsAPositiveMonthOrHourCount(Integer months, Long hours) {
        assertThrows(IllegalArgumentException.class, () -> new MaintenanceInterval(months, hours));
    }

    @Test
    void theDateAskedAboutAndTheBaselineAreRequired() {
        assertThrows(
                NullPointerException.class,
                () -> DueRule.evaluate(null, 0, MaintenanceInterval.months(1), List.of(), d("2026-01-01")));
        assertThrows(
                NullPointerException.class,
                () -> DueRule.evaluate(d("2026-01-01"), 0, MaintenanceInterval.months(1), List.of(), null));
    }
}
