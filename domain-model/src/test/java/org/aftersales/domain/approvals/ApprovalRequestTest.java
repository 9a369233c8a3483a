package org.aftersales.domain.approvals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.approvals.ApprovalRequest.Outcome;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.NotPermittedException;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** B6, B4, P6, Q3: the rules of a request walking its chain. */
class ApprovalRequestTest {

    static final Instant T0 = Instant.parse("2026-12-01T01:00:00Z");

    static StepRule users(String name, String... users) {
        return new StepRule(name, List.of(users), Set.of(), false, null, null);
    }

    static StepRule all(String name, String... users) {
        return new StepRule(name, List.of(users), Set.of(), true, null, null);
    }

    static StepRule quorum(int n, String... users) {
        return new StepRule("会签", List.of(users), Set.of(), false, n, null);
    }

    static StepRule from(String amount, StepRule r) {
        return new StepRule(r.name(), r.users(), r.roles(), r.all(), r.quorum(), new BigDecimal(amount));
    }

    static ApprovalRequest request(String amount, StepRule... chain) {
        return new ApprovalRequest(
                ApprovalKind.EXPENSE_CLAIM,
                "SC",
                "SC-BX-26-12-01",
                "差旅",
                amount == null ? null : new BigDecimal(amount),
                "jing.ban",
                List.of(chain),
                T0);
    }

    static Actor me(String user, Role... roles) {
        return new Actor(user, Set.of(roles));
    }

    static Outcome approve(ApprovalRequest r, String user, Role... roles) {
        return r.decide(user, List.of(me(user, roles)), Verdict.APPROVE, null, null, T0.plusSeconds(60));
    }

    /** Which approvals, in order, end each step and the request (B6: the chain in order). */
    static Stream<Arguments> walks() {
        return Stream.of(
                // one of the named users decides the step
                Arguments.of(List.of(users("部门经理", "a", "b")), List.of("b"), ApprovalState.APPROVED),
                // every named user must sign (the two budget officers in parallel)
                Arguments.of(List.of(all("预算员", "a", "b")), List.of("a"), ApprovalState.PENDING),
                Arguments.of(List.of(all("预算员", "a", "b")), List.of("a", "b"), ApprovalState.APPROVED),
                // any 2 of 3
                Arguments.of(List.of(quorum(2, "a", "b", "c")), List.of("c"), ApprovalState.PENDING),
                Arguments.of(List.of(quorum(2, "a", "b", "c")), List.of("c", "a"), ApprovalState.APPROVED),
                // steps in order: the second waits until the first is done
                Arguments.of(
                        List.of(all("预算员", "a", "b"), users("部门经理", "m"), users("财务", "f")),
                        List.of("a", "b", "m"),
                        ApprovalState.PENDING),
                Arguments.of(
                        List.of(all("预算员", "a", "b"), users("部门经理", "m"), users("财务", "f")),
                        List.of("a", "b", "m", "f"),
                        ApprovalState.APPROVED));
    }

    @ParameterizedTest
    @MethodSource("walks")
    void stepsEndByTheirRule(List<StepRule> chain, List<String> approvers, ApprovalState expected) {
        ApprovalRequest r = request("100.00", chain.toArray(StepRule[]::new));
        approvers.forEach(u -> approve(r, u));
        assertEquals(expected, r.getState());
        assertEquals(approvers.size(), r.getDecisions().size());
    }

    /** A step with a minimum amount applies only from that amount upward. */
    static Stream<Arguments> thresholds() {
        return Stream.of(
                Arguments.of("4999.99", StepState.SKIPPED, "财务"),
                Arguments.of("5000.00", StepState.WAITING, "总经理或授权人"),
                Arguments.of(null, StepState.WAITING, "总经理或授权人"));
    }

    @ParameterizedTest
    @MethodSource("thresholds")
    void stepsBelowTheirAmountAreSkipped(String amount, StepState generalManager, String afterManager) {
        ApprovalRequest r =
                request(amount, users("部门经理", "m"), from("5000.00", users("总经理或授权人", "g")), users("财务", "f"));
        assertEquals(generalManager, r.getSteps().get(1).getState());
        approve(r, "m");
        assertEquals(afterManager, r.getCurrentStepName());
    }

    @Test
    void everyStepSkippedApprovesAtOnce() {
        ApprovalRequest r = request("10.00", from("5000.00", users("总经理", "g")));
        assertEquals(ApprovalState.APPROVED, r.getState());
        assertEquals(-1, r.getCurrentStep());
    }

    @Test
    void roleHoldersDecideAndAdminHoldsEveryRole() {
        ApprovalRequest r = request(null, StepRule.ofRole("经理", Role.MANAGER));
        assertThrows(NotPermittedException.class, () -> approve(r, "w", Role.WAREHOUSE));
        assertEquals(Outcome.APPROVED, approve(r, "boss", Role.ADMIN));
    }

    @Test
    void nobodyApprovesTheirOwnRequest() {
        ApprovalRequest r = request(null, users("经理", "jing.ban", "m"));
        assertThrows(NotPermittedException.class, () -> approve(r, "jing.ban"));
        // not even in the place of a delegator who could
        assertThrows(
                NotPermittedException.class,
                () -> r.decide("jing.ban", List.of(me("jing.ban"), me("m")), Verdict.APPROVE, null, null, T0));
        assertTrue(r.getDecisions().isEmpty());
    }

    @Test
    void aDelegateDecidesInTheDelegatorsPlaceAndBothNamesAreKept() {
        ApprovalRequest r = request(null, users("部门经理", "sc.jingli"));
        assertThrows(NotPermittedException.class, () -> approve(r, "fu.jingli"));
        r.decide("fu.jingli", List.of(me("fu.jingli"), me("sc.jingli")), Verdict.APPROVE, null, null, T0);
        ApprovalDecision d = r.getDecisions().get(0);
        assertEquals("fu.jingli", d.getBy());
        assertEquals("sc.jingli", d.getOnBehalfOf());
        assertEquals(ApprovalState.APPROVED, r.getState());
    }

    @Test
    void aDelegateCannotApproveInTheRequestersPlace() {
        ApprovalRequest r = request(null, users("经理", "jing.ban"));
        assertThrows(
                NotPermittedException.class,
                () -> r.decide("fu", List.of(me("fu"), me("jing.ban")), Verdict.APPROVE, null, null, T0));
    }

    @Test
    void aStepDecidedMeanwhileIsAConflict() {
        ApprovalRequest r = request(null, users("经理", "a", "b"), users("财务", "f"));
        approve(r, "a");
        // b saw the manager's step and pressed approve a moment later: 409, not 403
        assertThrows(ConflictException.class, () -> approve(r, "b"));
        // and a decision made on a step that is no longer the one waiting
        assertThrows(ConflictException.class, () -> r.decide("f", List.of(me("f")), Verdict.APPROVE, null, 0, T0));
        assertEquals(1, r.getDecisions().size());
    }

    @Test
    void theSamePersonSignsAStepOnce() {
        ApprovalRequest r = request(null, all("预算员", "a", "b"));
        approve(r, "a");
        assertThrows(ConflictException.class, () -> approve(r, "a"));
    }

    @Test
    void anEndedRequestTakesNoMoreDecisions() {
        ApprovalRequest r = request(null, users("经理", "a", "b"));
        approve(r, "a");
        assertThrows(ConflictException.class, () -> approve(r, "b"));
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheRequest() {
        ApprovalRequest r = request(null, users("经理", "m"), users("财务", "f"));
        RuleViolationException e = assertThrows(
                RuleViolationException.class, () -> r.decide("m", List.of(me("m")), Verdict.REJECT, " ", null, T0));
        assertEquals("reason", e.errors().get(0).field());
        assertEquals(Outcome.REJECTED, r.decide("m", List.of(me("m")), Verdict.REJECT, "票据不全", null, T0));
        assertEquals(ApprovalState.REJECTED, r.getState());
        assertEquals(StepState.REJECTED, r.getSteps().get(0).getState());
        assertEquals(StepState.WAITING, r.getSteps().get(1).getState());
        assertEquals("票据不全", r.getEndReason());
    }

    @Test
    void onlyTheRequesterWithdrawsAPendingRequest() {
        ApprovalRequest r = request(null, users("经理", "m"));
        assertThrows(NotPermittedException.class, () -> r.withdraw("m", null, T0));
        r.withdraw("jing.ban", "金额有误", T0);
        assertEquals(ApprovalState.WITHDRAWN, r.getState());
        assertThrows(ConflictException.class, () -> r.withdraw("jing.ban", null, T0));
        assertThrows(ConflictException.class, () -> approve(r, "m"));
    }

    @Test
    void remindersOncePerStepAndDayAfterTheTerm() {
        ApprovalRequest r = request(null, users("经理", "m"), users("财务", "f"));
        LocalDate day = LocalDate.of(2026, 12, 1);
        assertEquals(false, r.remindIfDue(24, T0.plusSeconds(23 * 3600), day));
        assertEquals(true, r.remindIfDue(24, T0.plusSeconds(25 * 3600), day.plusDays(1)));
        assertEquals(false, r.remindIfDue(24, T0.plusSeconds(26 * 3600), day.plusDays(1)));
        assertEquals(true, r.remindIfDue(24, T0.plusSeconds(49 * 3600), day.plusDays(2)));
        // the next step's term counts from its start
        r.decide("m", List.of(me("m")), Verdict.APPROVE, null, null, T0.plusSeconds(48 * 3600));
        assertEquals(false, r.remindIfDue(24, T0.plusSeconds(49 * 3600), day.plusDays(2)));
    }

    @Test
    void waitingDecidersShrinkAsTheySign() {
        ApprovalRequest r = request(null, all("预算员", "a", "b", "c"));
        approve(r, "b");
        assertEquals(List.of("a", "c"), r.waitingUsers());
    }

    @Test
    void whoMayStillDecideTheWaitingStep() {
        ApprovalRequest r = request(null, all("预算员", "a", "b"), users("财务", "f"));
        assertEquals(false, r.mayDecide("jing.ban", List.of(me("jing.ban"))), "never one's own request");
        assertEquals(false, r.mayDecide("f", List.of(me("f"))), "not this step's decider");
        assertEquals(true, r.mayDecide("a", List.of(me("a"))));
        approve(r, "a");
        assertEquals(false, r.mayDecide("a", List.of(me("a"))), "already signed");
        assertEquals(true, r.mayDecide("x", List.of(me("x"), me("b"))), "b's delegate");
    }
}
