package org.aftersales.domain.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** 授权人: the delegation's window and rules. */
class DelegationTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @ParameterizedTest
    @CsvSource({"2026-11-30, false", "2026-12-01, true", "2026-12-15, true", "2026-12-31, true", "2027-01-01, false"})
    void activeOnEveryDayOfItsPeriod(LocalDate day, boolean active) {
        Delegation d =
                new Delegation("sc.jingli", "fu.jingli", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), TODAY);
        assertEquals(active, d.activeOn(day));
    }

    @Test
    void aRevokedDelegationEndsAtOnce() {
        Delegation d = new Delegation("a", "b", TODAY, TODAY.plusDays(3), TODAY);
        d.revoke("a", Instant.now());
        assertEquals(false, d.activeOn(TODAY));
        assertThrows(ConflictException.class, () -> d.revoke("a", Instant.now()));
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("a", "a", TODAY, TODAY, "to"),
                Arguments.of("a", "", TODAY, TODAY, "to"),
                Arguments.of("a", "b", TODAY, TODAY.minusDays(1), "validUntil"),
                Arguments.of("a", "b", TODAY.minusDays(9), TODAY.minusDays(2), "validUntil"),
                Arguments.of("a", "b", TODAY, TODAY.plusDays(400), "validUntil"),
                Arguments.of("a", "b", null, TODAY, "validFrom"));
    }

    @ParameterizedTest
    @MethodSource("broken")
    void brokenRulesNameTheirField(String from, String to, LocalDate validFrom, LocalDate until, String field) {
        RuleViolationException e =
                assertThrows(RuleViolationException.class, () -> new Delegation(from, to, validFrom, until, TODAY));
        assertEquals(field, e.errors().get(0).field());
    }
}
