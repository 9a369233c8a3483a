package org.aftersales.domain.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Q3: the corrective action's state machine, every pair of states, closing through its approval, overdue. */
class CapaFlowTest {

    private static final Instant AT = Instant.parse("2026-12-01T02:00:00Z");
    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 10);

    private static final Set<List<CapaState>> LEGAL = Set.of(
            List.of(CapaState.PROPOSED, CapaState.CONFIRMED),
            List.of(CapaState.CONFIRMED, CapaState.IN_PROGRESS),
            List.of(CapaState.IN_PROGRESS, CapaState.VERIFIED),
            List.of(CapaState.VERIFIED, CapaState.CLOSED));

    static Stream<Arguments> everyPair() {
        return Stream.of(CapaState.values())
                .flatMap(from -> Stream.of(CapaState.values())
                        .map(to -> Arguments.of(from, to, LEGAL.contains(List.of(from, to)))));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void onlyTheNextStepOfTheOnePathIsAllowed(CapaState from, CapaState to, boolean legal) {
        assertEquals(legal, CapaFlow.allowed(from, to));
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @MethodSource("everyPair")
    void anIllegalStepIsAConflictAndChangesNothing(CapaState from, CapaState to, boolean legal) {
        CorrectiveAction a = actionIn(from);
        int history = a.getEvents().size();
        if (legal) {
            boolean submit = a.step(to, null, "三个月无同类投诉", "li.si", AT);
            assertEquals(to == CapaState.CLOSED, submit);
            assertEquals(to == CapaState.CLOSED ? CapaState.VERIFIED : to, a.getState());
        } else {
            assertThrows(ConflictException.class, () -> a.step(to, null, "证据", "li.si", AT));
            assertEquals(from, a.getState());
            assertEquals(history, a.getEvents().size());
        }
    }

    @Test
    void closingNeedsTheEvidenceOfEffectiveness() {
        CorrectiveAction a = actionIn(CapaState.VERIFIED);
        assertThrows(RuleViolationException.class, () -> a.step(CapaState.CLOSED, null, " ", "li.si", AT));
        assertFalse(a.isClosurePending());
        assertNull(a.getEvidence());
    }

    @Test
    void closingWaitsForItsApprovalAndNothingElseHappensMeanwhile() {
        CorrectiveAction a = actionIn(CapaState.VERIFIED);
        assertTrue(a.step(CapaState.CLOSED, null, "整改后抽检合格", "li.si", AT));
        assertTrue(a.isClosurePending());
        assertThrows(ConflictException.class, () -> a.step(CapaState.CLOSED, null, "again", "li.si", AT));

        a.closureDecided(false, "证据不足", "wang.wu", AT);
        assertEquals(CapaState.VERIFIED, a.getState());
        assertFalse(a.isClosurePending());
        assertEquals("证据不足", a.getClosureRejection());
        assertThrows(ConflictException.class, () -> a.closureDecided(true, null, "wang.wu", AT));

        a.step(CapaState.CLOSED, null, "连续三个月无同类投诉", "li.si", AT);
        a.closureDecided(true, null, "wang.wu", AT);
        assertEquals(CapaState.CLOSED, a.getState());
        assertEquals(AT, a.getClosedAt());
        assertEquals(
                List.of(
                        "PROPOSED",
                        "CONFIRMED",
                        "IN_PROGRESS",
                        "VERIFIED",
                        CorrectiveAction.CLOSURE_SUBMITTED,
                        CorrectiveAction.CLOSURE_REJECTED,
                        CorrectiveAction.CLOSURE_SUBMITTED,
                        "CLOSED"),
                a.getEvents().stream().map(CapaEvent::getType).toList());
    }

    @ParameterizedTest(name = "{0} on {1}: overdue {2}")
    @CsvSource({
        "PROPOSED, 2026-12-10, false",
        "PROPOSED, 2026-12-11, true",
        "IN_PROGRESS, 2026-12-31, true",
        "VERIFIED, 2026-12-11, true",
        "CLOSED, 2026-12-31, false"
    })
    void anOpenItemPastItsDeadlineIsOverdue(CapaState state, LocalDate today, boolean overdue) {
        assertEquals(overdue, CapaFlow.overdue(state, DEADLINE, today));
    }

    @Test
    void aLaterDeadlineMayBeAlertedAgainAndAClosedItemIsNotReassigned() {
        CorrectiveAction a = actionIn(CapaState.CONFIRMED);
        a.reassign("zhao.liu", "技术部", DEADLINE.plusDays(5));
        assertEquals("zhao.liu", a.getOwner());
        assertEquals(DEADLINE.plusDays(5), a.getDeadline());
        CorrectiveAction closed = actionIn(CapaState.CLOSED);
        assertThrows(ConflictException.class, () -> closed.reassign("x", null, null));
    }

    static CorrectiveAction actionIn(CapaState state) {
        CorrectiveAction a = new CorrectiveAction(
                CapaSource.COMPLAINT, "YX-TS-26-12-01", "压缩机异响", "批次问题", "li.si", "制造部", DEADLINE, "li.si", AT);
        for (CapaState s : List.of(CapaState.CONFIRMED, CapaState.IN_PROGRESS, CapaState.VERIFIED, CapaState.CLOSED)) {
            if (a.getState() == state) {
                break;
            }
            a.step(s, null, "有效", "li.si", AT);
            if (s == CapaState.CLOSED) {
                a.closureDecided(true, null, "wang.wu", AT);
            }
        }
        assertEquals(state, a.getState());
        return a;
    }
}
