package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.aftersales.domain.shared.ConflictException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Q4: when a return visit is due, and what a call that reaches nobody does to it. */
class VisitDueTest {

    private static final Instant AT = Instant.parse("2026-12-05T02:00:00Z");

    @ParameterizedTest(name = "delivered {0}, {1}–{2} days → {3} … {4}")
    @CsvSource({
        "2026-11-28, 5, 7, 2026-12-03, 2026-12-05",
        "2026-12-29, 5, 7, 2027-01-03, 2027-01-05",
        "2026-11-28, 0, 0, 2026-11-28, 2026-11-28",
        // a wrong pair of settings still gives a window of at least one day
        "2026-11-28, 7, 5, 2026-12-05, 2026-12-05"
    })
    void aNewCustomerIsVisitedFiveToSevenDaysAfterDelivery(
            LocalDate delivered, int from, int until, LocalDate dueFrom, LocalDate dueUntil) {
        assertEquals(new VisitDue(dueFrom, dueUntil), VisitDue.afterDelivery(delivered, from, until));
    }

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2026-12-02, false",
        "2026-12-03, true",
        "2026-12-05, true",
        // late is still owed: it stays on the list after its window
        "2026-12-09, true"
    })
    void aVisitIsOnTheListFromItsFirstDueDayOn(LocalDate day, boolean due) {
        assertEquals(
                due, VisitDue.afterDelivery(LocalDate.parse("2026-11-28"), 5, 7).dueOn(day));
    }

    @ParameterizedTest(name = "closed {0}, after {1} within {2} → {3} … {4}")
    @CsvSource({
        "2026-12-01, 3, 2, 2026-12-04, 2026-12-06",
        "2026-12-01, 0, 0, 2026-12-01, 2026-12-01",
        "2026-12-01, -1, -1, 2026-12-01, 2026-12-01"
    })
    void afterAClosedTicketTheVisitIsDueSomeDaysLater(
            LocalDate closed, int after, int window, LocalDate dueFrom, LocalDate dueUntil) {
        assertEquals(new VisitDue(dueFrom, dueUntil), VisitDue.afterClose(closed, after, window));
    }

    @ParameterizedTest(name = "window {0} … {1}, nobody answered on {2} → {3} … {4}")
    @CsvSource({
        "2026-12-03, 2026-12-05, 2026-12-03, 2026-12-04, 2026-12-05",
        "2026-12-03, 2026-12-05, 2026-12-05, 2026-12-06, 2026-12-06",
        "2026-12-03, 2026-12-05, 2026-12-09, 2026-12-10, 2026-12-10",
        // called before it was due: the window stays as it was
        "2026-12-03, 2026-12-05, 2026-12-01, 2026-12-03, 2026-12-05"
    })
    void nobodyAnsweredMakesItDueAgainTheNextDay(
            LocalDate from, LocalDate until, LocalDate today, LocalDate newFrom, LocalDate newUntil) {
        assertEquals(new VisitDue(newFrom, newUntil), new VisitDue(from, until).retryAfter(today));
    }

    @Test
    void theOutcomeIsRecordedAlsoWhenTheCustomerHasNothingToSay() {
        ReturnVisit v = visit();
        v.record(VisitResult.REACHED, "  ", LocalDate.parse("2026-12-05"), 3, "agent", AT);
        assertEquals(VisitState.DONE, v.getState());
        assertNull(v.getRemarks());
        assertEquals(1, v.getAttempts());
        assertEquals("agent", v.getVisitedBy());
        assertThrows(
                ConflictException.class,
                () -> v.record(VisitResult.REACHED, "again", LocalDate.parse("2026-12-05"), 3, "agent", AT));
    }

    @ParameterizedTest(name = "{0} attempts allowed")
    @CsvSource({"1", "2", "3", "5"})
    void notReachedIsRetriedUpToTheAttemptsAllowed(int allowed) {
        ReturnVisit v = visit();
        LocalDate day = LocalDate.parse("2026-12-03");
        for (int call = 1; call < allowed; call++) {
            v.record(VisitResult.NOT_REACHED, null, day, allowed, "agent", AT);
            assertEquals(VisitState.RETRY, v.getState(), "call " + call);
            assertEquals(day.plusDays(1), v.getDueFrom());
            day = day.plusDays(1);
        }
        v.record(VisitResult.NOT_REACHED, null, day, allowed, "agent", AT);
        assertEquals(VisitState.UNREACHABLE, v.getState());
        assertEquals(allowed, v.getAttempts());
        LocalDate last = day;
        assertThrows(ConflictException.class, () -> v.record(VisitResult.REACHED, null, last, allowed, "agent", AT));
    }

    private static ReturnVisit visit() {
        return new ReturnVisit(
                "event-1",
                VisitReason.NEW_CUSTOMER,
                "SN1",
                42L,
                null,
                VisitDue.afterDelivery(LocalDate.parse("2026-11-28"), 5, 7));
    }
}
