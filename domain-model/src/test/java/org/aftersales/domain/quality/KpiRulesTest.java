package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.aftersales.domain.tickets.ServiceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Q8: the KPI definitions on crafted ticket histories. */
class KpiRulesTest {

    private static final Instant T0 = Instant.parse("2026-11-02T00:00:00Z");

    private static Instant h(double hours) {
        return T0.plusSeconds((long) (hours * 3600));
    }

    private static Instant d(int days) {
        return T0.plusSeconds(days * 86_400L);
    }

    /** A repair called at T0, on site within 24 h, a solution within 4 h of arrival, resolved within 12 h. */
    private static TicketHistory repair(
            String number, String serial, Instant start, double arrived, double resolved, Instant closed) {
        return new TicketHistory(
                number,
                serial,
                ServiceKind.ONSITE_REPAIR,
                start,
                0,
                start.plusSeconds(24 * 3600),
                start.plusSeconds((long) (arrived * 3600)),
                start.plusSeconds(28 * 3600),
                start.plusSeconds((long) (arrived * 3600)),
                start.plusSeconds(36 * 3600),
                start.plusSeconds((long) (resolved * 3600)),
                closed,
                null,
                null,
                null);
    }

    private static TicketHistory with(TicketHistory t, ServiceKind kind, int reopenings, Integer score) {
        return new TicketHistory(
                t.number(),
                t.serialNumber(),
                kind,
                t.cycleStart(),
                reopenings,
                t.arriveBy(),
                t.arrivedAt(),
                t.solutionBy(),
                t.solutionAt(),
                t.resolveBy(),
                t.resolvedAt(),
                t.closedAt(),
                score,
                t.quality(),
                t.attitude());
    }

    @ParameterizedTest(name = "deadline {0}, done {1} → {2}")
    @CsvSource(
            nullValues = "-",
            value = {
                "2026-11-03T00:00:00Z, 2026-11-02T23:59:00Z, true",
                "2026-11-03T00:00:00Z, 2026-11-03T00:00:00Z, true", // at the deadline is in time
                "2026-11-03T00:00:00Z, 2026-11-03T00:01:00Z, false",
                "2026-11-03T00:00:00Z, -, false", // never reached: missed
                "-, 2026-11-03T00:01:00Z, -" // no deadline: not counted
            })
    void slaMet(Instant deadline, Instant done, Boolean met) {
        assertEquals(met, KpiRules.slaMet(deadline, done));
    }

    @ParameterizedTest(name = "closed day 0, next call after {0} h, window {1} d → {2}")
    @CsvSource({
        "1, 30, true",
        "720, 30, true", // exactly 30 days later still counts
        "721, 30, false",
        "0, 30, false", // at the close itself: not after it
        "-5, 30, false", // called before the close (a parallel ticket): not a repeat
        "24, 0, false"
    })
    void aRepeatFailureFollowsTheCloseWithinTheWindow(int hoursLater, int days, boolean repeat) {
        assertEquals(repeat, KpiRules.followsWithin(T0, T0.plusSeconds(hoursLater * 3600L), days));
    }

    @ParameterizedTest(name = "reopened {0}, repeat {1} → first-time fix {2}")
    @CsvSource({"0, false, true", "1, false, false", "0, true, false", "2, true, false"})
    void firstTimeFix(int reopenings, boolean repeat, boolean ftf) {
        assertEquals(ftf, KpiRules.firstTimeFix(reopenings, repeat));
    }

    static Stream<Arguments> histories() {
        TicketHistory a = repair("A", "SN1", T0, 10, 12, d(1)); // in time, fixed
        TicketHistory b = repair("B", "SN1", d(10), 30, 40, d(12)); // SN1 again 9 days after A's close; late
        TicketHistory c = repair("C", "SN2", T0, 20, 50, d(3)); // arrived in time, resolved late
        TicketHistory e = with(repair("E", "SN3", T0, 5, 6, d(2)), ServiceKind.ONSITE_REPAIR, 1, null); // reopened
        TicketHistory g = with(repair("G", "SN4", T0, 1, 2, d(1)), ServiceKind.INSTALLATION, 0, 9); // not a repair
        TicketHistory f = with(repair("F", "SN4", d(5), 1, 3, d(6)), ServiceKind.ONSITE_REPAIR, 0, 6);
        TicketHistory open = repair("O", "SN5", T0, 1, 2, null);
        TicketHistory late = repair("L", "SN2", d(40), 1, 2, d(41)); // SN2 again, 37 days after C: no repeat
        return Stream.of(
                // tickets, closed, ftf, repair closed, repeats, arrival met/due, resolution met/due, MTTR, satisfaction
                Arguments.of("one fixed repair", List.of(a), 1, 1, 1, 0, "1.00", "1.00", "12.0", null),
                Arguments.of(
                        "a repair followed by another for the serial",
                        List.of(a, b),
                        2,
                        1,
                        2,
                        1,
                        "0.50",
                        "0.50",
                        "26.0",
                        null),
                Arguments.of("late resolution", List.of(c), 1, 1, 1, 0, "1.00", "0.00", "50.0", null),
                Arguments.of(
                        "a reopened ticket is no first-time fix", List.of(e), 1, 0, 1, 0, "1.00", "1.00", "6.0", null),
                Arguments.of(
                        "an installation before a repair is no repeat failure",
                        List.of(g, f),
                        2,
                        2,
                        1,
                        0,
                        "1.00",
                        "1.00",
                        "2.5",
                        "7.5"),
                Arguments.of("an open ticket counts nowhere", List.of(open), 0, 0, 0, 0, null, null, null, null),
                Arguments.of(
                        "a call after the window is no repeat",
                        List.of(c, late),
                        2,
                        2,
                        2,
                        0,
                        "1.00",
                        "0.50",
                        "26.0",
                        null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("histories")
    void figuresOfCraftedHistories(
            String what,
            List<TicketHistory> all,
            long closed,
            long ftf,
            long repairClosed,
            long repeats,
            String arrival,
            String resolution,
            String mttr,
            String satisfaction) {
        KpiCounters k = KpiRules.figures(all, at -> true, 30);
        assertEquals(closed, k.closed(), "closed");
        assertEquals(ftf, k.firstTimeFix(), "first-time fixes");
        assertEquals(repairClosed, k.repairClosed(), "closed repairs");
        assertEquals(repeats, k.repeatFailures(), "repeat failures");
        assertEquals(dec(arrival), k.slaArrivalMet(), "arrival met");
        assertEquals(dec(resolution), k.slaResolutionMet(), "resolution met");
        assertEquals(dec(mttr), k.mttrHours(), "MTTR");
        assertEquals(dec(satisfaction), k.satisfaction(), "satisfaction");
    }

    @Test
    void onlyTicketsClosedInThePeriodCount() {
        TicketHistory a = repair("A", "SN1", T0, 10, 12, d(1));
        TicketHistory b = repair("B", "SN1", d(10), 30, 40, d(12));
        KpiCounters firstWeek = KpiRules.figures(List.of(a, b), at -> at.isBefore(d(7)), 30);
        assertEquals(1, firstWeek.closed());
        // A still is a repeat failure: B's call came within 30 days of A's close, whatever the period
        assertEquals(1, firstWeek.repeatFailures());
        assertEquals(new BigDecimal("0.00"), firstWeek.firstTimeFixRate());
    }

    @Test
    void ratiosAreTwoPlacesHalfUpAndEmptyWithoutTickets() {
        assertEquals(new BigDecimal("0.67"), KpiCounters.ratio(2, 3));
        assertEquals(new BigDecimal("0.13"), KpiCounters.ratio(1, 8)); // 0.125 half up
        assertNull(KpiCounters.ratio(0, 0));
        assertEquals(new BigDecimal("2.5"), KpiCounters.perThousand(5, 2000));
        assertEquals(new BigDecimal("333.3"), KpiCounters.perThousand(1, 3));
        assertNull(KpiCounters.perThousand(3, 0));
    }

    @Test
    void aContributionTakenAwayLeavesNothing() {
        KpiCounters one = KpiRules.contribution(repair("A", "SN1", T0, 10, 12, d(1)), false);
        assertEquals(KpiCounters.ZERO, one.plus(one).minus(one).minus(one));
        assertEquals(KpiCounters.ZERO, KpiRules.contribution(repair("O", "SN1", T0, 1, 2, null), false));
    }

    @Test
    void aReopenedFactCountsNowhereUntilClosedAgainThenNotAsFirstTimeFix() {
        TicketFact fact = new TicketFact("A");
        fact.closed(
                new TicketFact.Closing(
                        "SN1",
                        "KFR-35",
                        "BJ",
                        "li",
                        ServiceKind.ONSITE_REPAIR,
                        "GENERAL",
                        T0,
                        d(1),
                        h(3),
                        d(1),
                        h(3),
                        d(1),
                        h(4),
                        h(5)),
                java.time.LocalDate.parse("2026-11-02"));
        assertEquals(1, fact.counters().firstTimeFix());
        fact.reopened();
        assertEquals(KpiCounters.ZERO, fact.counters());
        fact.closed(
                new TicketFact.Closing(
                        "SN1",
                        "KFR-35",
                        "BJ",
                        "li",
                        ServiceKind.ONSITE_REPAIR,
                        "GENERAL",
                        h(10),
                        d(2),
                        h(11),
                        d(2),
                        h(12),
                        d(2),
                        h(12),
                        h(13)),
                java.time.LocalDate.parse("2026-11-02"));
        assertEquals(1, fact.counters().closed());
        assertEquals(0, fact.counters().firstTimeFix());
        assertEquals("KFR-35", fact.keys().get(KpiDimension.MODEL));
    }

    private static BigDecimal dec(String s) {
        return s == null ? null : new BigDecimal(s);
    }
}
