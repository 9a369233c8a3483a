package org.aftersales.web.billing.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionView;
import org.aftersales.approvals.boundary.ApprovalViews.StepView;
import org.aftersales.billing.boundary.ExpenseViews.ClaimLineView;
import org.aftersales.billing.boundary.ExpenseViews.ClaimView;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.approvals.StepState;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.domain.billing.ChargePaymentMethod;
import org.aftersales.domain.billing.ExpenseCategory;
import org.aftersales.domain.billing.ExpenseClaimState;
import org.aftersales.domain.billing.ExpenseClaimType;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13.7 (B6): the expense claim prints on its own form (费用报销单), like the paper. */
class ExpenseClaimFormTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Instant AT = Instant.parse("2026-12-01T01:00:00Z");
    private static final Map<String, String> NAMES =
            Map.of("li.si", "李四", "yu.suanyuan", "钱预算", "sc.jingli", "孙经理", "cai.wu", "周出纳");

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    @Test
    void theClaimPrintsItsLinesByCategoryReceiptsTicketsTotalAndApproversWithDates() {
        ClaimView claim = new ClaimView(
                "SC-BX-26-12-03",
                ExpenseClaimType.STANDARD,
                "SC",
                "BYQ",
                "li.si",
                AT,
                new BigDecimal("1260.00"),
                6,
                List.of("SC-26-12-04"),
                List.of(
                        new ClaimLineView(
                                1, ExpenseCategory.TRAVEL, "赴现场火车票", new BigDecimal("300.00"), 2, "SC-26-12-04"),
                        new ClaimLineView(2, ExpenseCategory.RENTAL, "租用吊车", new BigDecimal("800.00"), 1, null),
                        new ClaimLineView(3, ExpenseCategory.TRAVEL, "住宿", new BigDecimal("160.00"), 3, null)),
                ExpenseClaimState.PAID,
                "sc.jingli",
                AT.plusSeconds(7200),
                null,
                LocalDate.of(2026, 12, 2),
                ChargePaymentMethod.BANK,
                "cai.wu",
                9L,
                1,
                AT.plusSeconds(1800));
        ApprovalDetail trail = new ApprovalDetail(
                new ApprovalSummary(
                        9L,
                        ApprovalKind.EXPENSE_CLAIM,
                        "SC-BX-26-12-03",
                        "费用报销 1260.00",
                        new BigDecimal("1260.00"),
                        "SC",
                        "li.si",
                        AT,
                        ApprovalState.APPROVED,
                        null,
                        null,
                        null,
                        AT.plusSeconds(7200),
                        null),
                List.of(
                        step(0, "预算员", "yu.suanyuan", AT.plusSeconds(3600), "核对无误"),
                        step(1, "部门经理", "sc.jingli", AT.plusSeconds(7200), null)),
                false,
                false,
                2L);
        PrintedPdf pdf =
                new PrintedPdf(ExpenseClaimForm.pdf(claim, trail, "售后服务部", CHINA, u -> NAMES.getOrDefault(u, u)));
        String text = pdf.text(1);
        for (String expected : List.of(
                "费用报销单",
                "No.SC-BX-26-12-03",
                "李四",
                "BYQ",
                "SC-26-12-04",
                "差旅费",
                "赴现场火车票",
                "差旅费小计",
                "¥460.00",
                "设备、工具租用",
                "¥1,260.00",
                "单据合计",
                "钱预算",
                "2026-12-0110:00",
                "孙经理",
                "2026-12-0111:00",
                "同意",
                "周出纳",
                "报销人签字")) {
            assertTrue(text.contains(compact(expected)), expected + " in " + text);
        }
        assertFalse(text.contains("li.si") || text.contains("TRAVEL") || text.contains("APPROVE"), text);
        assertEquals(1, pdf.pages());
    }

    private static StepView step(int position, String name, String by, Instant at, String reason) {
        return new StepView(
                position,
                name,
                StepState.DONE,
                List.of(by),
                Set.of(),
                false,
                null,
                null,
                AT,
                at,
                List.of(new DecisionView(by, null, Verdict.APPROVE, at, reason)));
    }
}
