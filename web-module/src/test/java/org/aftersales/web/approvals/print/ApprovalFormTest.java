package org.aftersales.web.approvals.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalDetail;
import org.aftersales.approvals.boundary.ApprovalViews.ApprovalSummary;
import org.aftersales.approvals.boundary.ApprovalViews.DecisionView;
import org.aftersales.approvals.boundary.ApprovalViews.StepView;
import org.aftersales.domain.accounts.Role;
import org.aftersales.domain.approvals.ApprovalKind;
import org.aftersales.domain.approvals.ApprovalState;
import org.aftersales.domain.approvals.StepState;
import org.aftersales.domain.approvals.Verdict;
import org.aftersales.web.shared.i18n.Messages;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 12.6: the 审批单 prints the subject and the signatures in order, with names, never logins. */
class ApprovalFormTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> NAMES =
            Map.of("yu.suanyuan", "余预算", "fu.jingli", "付经理", "sc.jingli", "孙经理", "ku.guan", "赵库管");

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    @Test
    void theSheetHasTheSubjectAndEverySignatureInOrderWithNamesAndTheDelegator() {
        Instant asked = Instant.parse("2026-12-01T01:00:00Z");
        ApprovalDetail detail = new ApprovalDetail(
                new ApprovalSummary(
                        7L,
                        ApprovalKind.STOCK_ADJUSTMENT,
                        "SC-PD-26-12-01",
                        "盘点差异 2 行，盘亏 120.00 元",
                        new BigDecimal("1234.5"),
                        "SC",
                        "ku.guan",
                        asked,
                        ApprovalState.PENDING,
                        1,
                        "部门经理",
                        asked.plusSeconds(3600),
                        null,
                        null),
                List.of(
                        new StepView(
                                0,
                                "预算员",
                                StepState.DONE,
                                List.of("yu.suanyuan"),
                                Set.of(),
                                false,
                                null,
                                null,
                                asked,
                                asked.plusSeconds(3600),
                                List.of(new DecisionView(
                                        "yu.suanyuan", null, Verdict.APPROVE, asked.plusSeconds(3600), "核对无误"))),
                        new StepView(
                                1,
                                "部门经理",
                                StepState.PENDING,
                                List.of(),
                                Set.of(Role.MANAGER),
                                false,
                                null,
                                new BigDecimal("1000.00"),
                                asked.plusSeconds(3600),
                                null,
                                List.of(new DecisionView(
                                        "fu.jingli", "sc.jingli", Verdict.REJECT, asked.plusSeconds(7200), "请复盘")))),
                false,
                false,
                3L);
        PrintedPdf pdf = new PrintedPdf(ApprovalForm.pdf(detail, "售后服务部", CHINA, u -> NAMES.getOrDefault(u, u)));
        assertEquals(1, pdf.pages());
        String text = pdf.text(1);
        for (String expected : List.of(
                "审批单",
                "No.SC-PD-26-12-01",
                "盘点调整",
                "审批中",
                "¥1,234.50",
                "赵库管",
                "2026-12-01 09:00",
                "盘点差异",
                "1.预算员",
                "余预算",
                "核对无误",
                "2.部门经理",
                "付经理",
                "孙经理",
                "退回",
                "请复盘",
                "签字")) {
            assertTrue(text.contains(compact(expected)), expected + " in " + text);
        }
        assertTrue(text.indexOf("余预算") < text.indexOf("付经理"), "the signatures in the chain's order: " + text);
        for (String login : NAMES.keySet()) {
            assertFalse(text.contains(login), "no login on paper: " + login);
        }
    }

    @Test
    void aStepInWordsSaysWhoDecidesAndHowManyMustAgree() {
        var zh = Messages.CHINESE;
        assertEquals(
                "余预算、经理（角色）",
                ApprovalWords.deciders(
                        zh, List.of("yu.suanyuan"), Set.of(Role.MANAGER), u -> NAMES.getOrDefault(u, u)));
        assertEquals("全部同意", ApprovalWords.rule(zh, true, null, null));
        assertEquals("至少 2 人同意、金额 5,000.00 元起", ApprovalWords.rule(zh, false, 2, new BigDecimal("5000")));
        assertEquals("任一人同意", ApprovalWords.rule(zh, false, null, null));
        assertEquals("1,200.00", ApprovalWords.money(new BigDecimal("1200")));
    }
}
