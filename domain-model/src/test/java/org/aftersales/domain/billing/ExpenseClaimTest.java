package org.aftersales.domain.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.shared.ConflictException;
import org.aftersales.domain.shared.FieldError;
import org.aftersales.domain.shared.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpenseClaimTest {

    private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

    private static ExpenseClaim claim(
            ExpenseClaimType type, String project, List<String> tickets, ExpenseClaim.Line... lines) {
        return ExpenseClaim.file("SC-BX-26-12-01", type, "SC", project, "jing.ban", AT, DAY, tickets, List.of(lines));
    }

    private static ExpenseClaim.Line line(ExpenseCategory c, String amount, int receipts, String ticket) {
        return new ExpenseClaim.Line(c, "赴现场", new BigDecimal(amount), receipts, ticket);
    }

    @Test
    void totalIsTheSumOfTheLinesRoundedHalfUpAtEachLine() {
        ExpenseClaim c = claim(
                ExpenseClaimType.STANDARD,
                null,
                List.of("SC-26-12-04"),
                line(ExpenseCategory.TRAVEL_ALLOWANCE, "860.00", 3, null),
                line(ExpenseCategory.RENTAL, "10.005", 1, null),
                line(ExpenseCategory.FREIGHT, "0.005", 0, null));
        assertEquals(new BigDecimal("870.02"), c.getTotal()); // 860.00 + 10.01 + 0.01
        assertEquals(4, c.getReceipts());
    }

    @Test
    void everyBrokenLineIsReportedWithItsPath() {
        RuleViolationException e = assertThrows(
                RuleViolationException.class,
                () -> claim(
                        ExpenseClaimType.ACTUAL_COST,
                        " ",
                        List.of("T1"),
                        line(ExpenseCategory.TRAVEL, "0.00", -1, "T2"),
                        new ExpenseClaim.Line(null, " ", new BigDecimal("5"), 0, null)));
        Map<String, String> fields =
                e.errors().stream().collect(Collectors.toMap(FieldError::field, FieldError::messageKey, (a, b) -> a));
        assertEquals("validation.expenseProjectRequired", fields.get("project"));
        assertEquals("validation.amountPositive", fields.get("lines[0].amount"));
        assertEquals("validation.positive", fields.get("lines[0].receipts"));
        assertEquals("validation.expenseLineTicket", fields.get("lines[0].ticketNumber"));
        assertEquals("validation.required", fields.get("lines[1].category"));
        assertEquals("validation.required", fields.get("lines[1].description"));
        assertThrows(RuleViolationException.class, () -> claim(ExpenseClaimType.STANDARD, null, List.of()));
    }

    @ParameterizedTest
    @CsvSource({"STANDARD, EXPENSE_CLAIM", "ACTUAL_COST, EXPENSE_CLAIM_ACTUAL"})
    void theClaimTypeChoosesTheChain(ExpenseClaimType type, ApprovalKind kind) {
        assertEquals(kind, type.approvalKind());
        assertEquals(type, ExpenseClaimType.of(kind).orElseThrow());
        assertTrue(ExpenseClaimType.of(ApprovalKind.REFUND).isEmpty());
    }

    @Test
    void onlyAnApprovedClaimIsPaidAndOnlyOnce() {
        ExpenseClaim c =
                claim(ExpenseClaimType.STANDARD, null, List.of(), line(ExpenseCategory.OTHER, "12.00", 1, null));
        assertThrows(ConflictException.class, () -> c.pay(DAY, ChargePaymentMethod.BANK, "cai.wu", AT));
        c.decided(true, "jing.li", null, AT, false);
        assertEquals(ExpenseClaimState.APPROVED, c.getState());
        c.pay(DAY, ChargePaymentMethod.BANK, "cai.wu", AT);
        assertEquals(ExpenseClaimState.PAID, c.getState());
        assertThrows(ConflictException.class, () -> c.pay(DAY, ChargePaymentMethod.BANK, "cai.wu", AT));
        assertThrows(ConflictException.class, () -> c.decided(false, "x", "no", AT, false));
    }

    @Test
    void aRejectedClaimIsNeverPaidAndCostsNothing() {
        ExpenseClaim c =
                claim(ExpenseClaimType.STANDARD, null, List.of("T1"), line(ExpenseCategory.OTHER, "12.00", 1, null));
        c.decided(false, "jing.li", "无票据", AT, false);
        assertEquals(ExpenseClaimState.REJECTED, c.getState());
        assertTrue(c.amountsFor("T1").isEmpty());
        assertThrows(ConflictException.class, () -> c.pay(DAY, ChargePaymentMethod.CASH, "cai.wu", AT));
    }

    @Test
    void aTicketGetsItsOwnLinesAndAnEqualShareOfTheOthers() {
        ExpenseClaim c = claim(
                ExpenseClaimType.STANDARD,
                null,
                List.of("T1", "T2", "T3"),
                line(ExpenseCategory.TRAVEL_ALLOWANCE, "100.00", 2, null),
                line(ExpenseCategory.FREIGHT, "50.00", 1, "T2"),
                line(ExpenseCategory.RENTAL, "30.00", 1, "T1"));
        assertTrue(c.amountsFor("T1").isEmpty(), "nothing before approval");
        c.decided(true, "jing.li", null, AT, false);
        assertEquals(
                Map.of(
                        ExpenseCategory.TRAVEL_ALLOWANCE,
                        new BigDecimal("33.34"),
                        ExpenseCategory.RENTAL,
                        new BigDecimal("30.00")),
                c.amountsFor("T1"));
        assertEquals(
                Map.of(
                        ExpenseCategory.TRAVEL_ALLOWANCE,
                        new BigDecimal("33.33"),
                        ExpenseCategory.FREIGHT,
                        new BigDecimal("50.00")),
                c.amountsFor("T2"));
        assertEquals(Map.of(ExpenseCategory.TRAVEL_ALLOWANCE, new BigDecimal("33.33")), c.amountsFor("T3"));
        assertTrue(c.amountsFor("T4").isEmpty());
    }

    @ParameterizedTest
    @CsvSource({
        "TRAVEL, TRAVEL_ALLOWANCE",
        "ALLOWANCE, TRAVEL_ALLOWANCE",
        "TRAVEL_ALLOWANCE, TRAVEL_ALLOWANCE",
        "RENTAL, RENTAL",
        "SITE_COORDINATION, RENTAL",
        "FREIGHT, FREIGHT",
        "OTHER, "
    })
    void everyCategoryIsBookedOnACostLine(ExpenseCategory category, CostCategory costLine) { // B5
        assertEquals(java.util.Optional.ofNullable(costLine), category.costLine());
    }

    @org.junit.jupiter.api.Test
    void aRejectedClaimIsCorrectedAndResubmittedByItsHandlerUnderTheSameNumber() { // B6
        Instant at = Instant.parse("2026-12-01T01:00:00Z");
        ExpenseClaim c = ExpenseClaim.file(
                "SC-BX-26-12-09",
                "SC",
                "li.si",
                at,
                LocalDate.of(2026, 12, 1),
                ExpenseClaim.check(
                        ExpenseClaimType.STANDARD,
                        null,
                        List.of("T1"),
                        List.of(
                                new ExpenseClaim.Line(ExpenseCategory.TRAVEL, "火车票", new BigDecimal("300"), 2, "T1"),
                                new ExpenseClaim.Line(ExpenseCategory.OTHER, "杂费", new BigDecimal("20"), 1, null))));
        ExpenseClaim.Draft corrected = ExpenseClaim.check(
                ExpenseClaimType.STANDARD,
                "BYQ",
                List.of("T1", "T2"),
                List.of(new ExpenseClaim.Line(
                        ExpenseCategory.TRAVEL, " 火车票（改签） ", new BigDecimal("280.005"), 3, "T2")));
        assertThrows(
                org.aftersales.domain.shared.ConflictException.class,
                () -> c.resubmit(corrected, "li.si", at),
                "only a rejected or withdrawn claim");
        c.decided(false, "sc.jingli", "无原始票据", at.plusSeconds(60), false);
        assertThrows(
                org.aftersales.domain.shared.NotPermittedException.class,
                () -> c.resubmit(corrected, "wang.wu", at.plusSeconds(120)),
                "only its handler");
        assertThrows(
                org.aftersales.domain.shared.RuleViolationException.class,
                () -> c.resubmit(
                        ExpenseClaim.check(
                                ExpenseClaimType.ACTUAL_COST,
                                "BYQ",
                                List.of(),
                                List.of(new ExpenseClaim.Line(ExpenseCategory.OTHER, "x", BigDecimal.ONE, 0, null))),
                        "li.si",
                        at),
                "the chain of a claim does not change");
        c.resubmit(corrected, "li.si", at.plusSeconds(180));
        assertEquals("SC-BX-26-12-09", c.getNumber());
        assertEquals(ExpenseClaimState.PENDING, c.getState());
        assertEquals(null, c.getDecisionReason());
        assertEquals(1, c.getResubmissions());
        assertEquals(at.plusSeconds(180), c.getResubmittedAt());
        assertEquals(at, c.getFiledAt(), "filed when it was filed");
        assertEquals("BYQ", c.getProject());
        assertEquals(List.of("T1", "T2"), c.getTicketNumbers());
        assertEquals(1, c.getLines().size());
        assertEquals("火车票（改签）", c.getLines().get(0).getDescription());
        assertEquals(new BigDecimal("280.01"), c.getTotal());
        assertEquals(3, c.getReceipts());
        assertThrows(
                org.aftersales.domain.shared.RuleViolationException.class,
                () -> ExpenseClaim.check(ExpenseClaimType.STANDARD, null, List.of(), List.of()),
                "the same rules as a new claim");
    }
}
