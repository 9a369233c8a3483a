package org.aftersales.domain.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** T4, T5: deadlines per fault level from the events, and the breaches (API.md defaults). */
class SlaClockTest {

    private static Instant t(String s) {
        return s == null ? null : Instant.parse(s + ":00Z");
    }

    private static Set<SlaDeadline> breaches(String s) {
        return s == null
                ? Set.of()
                : Arrays.stream(s.split("\\+"))
                        .map(SlaDeadline::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SlaDeadline.class)));
    }

    @ParameterizedTest(name = "[{index}] {0}: arrived {2}, solution {3}, resolved {4}, now {5} → {6}/{7}/{8} {9}")
    @CsvSource(
            nullValues = "-",
            delimiter = '|',
            value = {
                // level | registered      | arrived          | solution         | resolved         | now              |
                // arriveBy         | solutionBy       | resolveBy        | breaches
                "GENERAL | 2026-11-26T01:30 | -                | -                | -                | 2026-11-26T02:00 | 2026-11-27T01:30 | -                | -                | -",
                "GENERAL | 2026-11-26T01:30 | -                | -                | -                | 2026-11-27T01:31 | 2026-11-27T01:30 | -                | -                | ARRIVAL",
                "GENERAL | 2026-11-26T01:30 | 2026-11-27T01:30 | -                | -                | 2026-11-27T05:30 | 2026-11-27T01:30 | -                | 2026-11-27T05:30 | -",
                "GENERAL | 2026-11-26T01:30 | 2026-11-27T02:00 | -                | 2026-11-27T05:00 | 2026-11-28T00:00 | 2026-11-27T01:30 | -                | 2026-11-27T06:00 | ARRIVAL",
                "GENERAL | 2026-11-26T01:30 | 2026-11-26T08:00 | -                | -                | 2026-11-26T12:01 | 2026-11-27T01:30 | -                | 2026-11-26T12:00 | RESOLUTION",
                "MAJOR   | 2026-11-26T01:30 | -                | -                | -                | 2026-11-28T01:29 | 2026-11-28T01:30 | -                | -                | -",
                "MAJOR   | 2026-11-26T01:30 | 2026-11-27T10:00 | -                | -                | 2026-11-27T12:00 | 2026-11-28T01:30 | 2026-11-27T14:00 | 2026-11-27T22:00 | -",
                "MAJOR   | 2026-11-26T01:30 | 2026-11-27T10:00 | -                | -                | 2026-11-27T14:01 | 2026-11-28T01:30 | 2026-11-27T14:00 | 2026-11-27T22:00 | SOLUTION",
                "MAJOR   | 2026-11-26T01:30 | 2026-11-27T10:00 | 2026-11-27T13:00 | 2026-11-27T23:00 | 2026-11-29T00:00 | 2026-11-28T01:30 | 2026-11-27T14:00 | 2026-11-27T22:00 | RESOLUTION",
                "MAJOR   | 2026-11-26T01:30 | 2026-11-28T02:00 | 2026-11-28T07:00 | 2026-11-28T15:00 | 2026-11-29T00:00 | 2026-11-28T01:30 | 2026-11-28T06:00 | 2026-11-28T14:00 | ARRIVAL+SOLUTION+RESOLUTION",
                // a resolution recorded in time with no separate proposal counts as the proposal
                "MAJOR   | 2026-11-26T01:30 | 2026-11-27T10:00 | -                | 2026-11-27T12:00 | 2026-11-29T00:00 | 2026-11-28T01:30 | 2026-11-27T14:00 | 2026-11-27T22:00 | -",
            })
    void deadlinesAndBreaches(
            FaultLevel level,
            String registered,
            String arrived,
            String solution,
            String resolved,
            String now,
            String arriveBy,
            String solutionBy,
            String resolveBy,
            String breaches) {
        SlaClock clock = SlaClock.compute(
                SlaTerms.defaults(level), t(registered), null, t(arrived), t(solution), t(resolved), t(now));
        assertEquals(t(arriveBy), clock.arriveBy());
        assertEquals(t(solutionBy), clock.solutionBy());
        assertEquals(t(resolveBy), clock.resolveBy());
        assertEquals(breaches(breaches), clock.breaches());
    }

    @Test
    void aLaterAppointmentMovesTheArrivalDeadlineAnEarlierOneDoesNot() {
        SlaTerms general = SlaTerms.defaults(FaultLevel.GENERAL);
        assertEquals(
                t("2026-11-30T02:00"),
                SlaClock.compute(
                                general,
                                t("2026-11-26T01:30"),
                                t("2026-11-30T02:00"),
                                null,
                                null,
                                null,
                                t("2026-11-26T01:30"))
                        .arriveBy());
        assertEquals(
                t("2026-11-27T01:30"),
                SlaClock.compute(
                                general,
                                t("2026-11-26T01:30"),
                                t("2026-11-26T05:00"),
                                null,
                                null,
                                null,
                                t("2026-11-26T01:30"))
                        .arriveBy());
    }

    @Test
    void configuredTermsReplaceTheDefaults() {
        SlaTerms strict = SlaTerms.ofHours(FaultLevel.GENERAL, 8, 1, 2);
        SlaClock clock = SlaClock.compute(
                strict, t("2026-11-26T01:30"), null, t("2026-11-26T05:00"), null, null, t("2026-11-26T06:30"));
        assertEquals(t("2026-11-26T09:30"), clock.arriveBy());
        assertEquals(t("2026-11-26T06:00"), clock.solutionBy());
        assertEquals(EnumSet.of(SlaDeadline.SOLUTION), clock.breaches());
    }

    @Test
    void termsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> SlaTerms.ofHours(FaultLevel.MAJOR, 0, 4, 12));
        assertThrows(IllegalArgumentException.class, () -> SlaTerms.ofHours(FaultLevel.MAJOR, 48, -1, 12));
    }

    @Test
    void theNextOpenDeadlineFollowsTheEvents() {
        SlaClock major = SlaClock.compute(
                SlaTerms.defaults(FaultLevel.MAJOR),
                t("2026-11-26T01:30"),
                null,
                t("2026-11-27T10:00"),
                null,
                null,
                t("2026-11-27T10:00"));
        assertEquals(t("2026-11-27T14:00"), major.nextOpenDeadline(t("2026-11-27T10:00"), null, null));
        assertEquals(t("2026-11-27T22:00"), major.nextOpenDeadline(t("2026-11-27T10:00"), t("2026-11-27T11:00"), null));
        assertEquals(null, major.nextOpenDeadline(t("2026-11-27T10:00"), t("2026-11-27T11:00"), t("2026-11-27T12:00")));
    }

    @Test
    void faultLevelNamesSortBySeverityAsTheDispatchBoardExpects() {
        assertEquals(true, FaultLevel.MAJOR.name().compareTo(FaultLevel.GENERAL.name()) > 0);
    }
}
