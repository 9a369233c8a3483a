package org.aftersales.web.tickets.dealer.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.aftersales.domain.tickets.dealer.Appearance;
import org.aftersales.domain.tickets.dealer.Arrival;
import org.aftersales.domain.tickets.dealer.DealerReturnStage;
import org.aftersales.domain.tickets.dealer.Disposition;
import org.aftersales.domain.tickets.dealer.FunctionCheck;
import org.aftersales.domain.tickets.dealer.Handling;
import org.aftersales.domain.tickets.dealer.Judgement;
import org.aftersales.domain.tickets.dealer.WantedHandling;
import org.aftersales.tickets.dealer.boundary.DealerReturnViews.DealerReturnView;
import org.aftersales.web.shared.print.PaperForm;
import org.aftersales.web.shared.print.PrintFormat;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** T7: the 产品售后管理表 prints like the paper — every item, every choice boxed, two copies. */
class DealerReturnFormTest {

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    private static DealerReturnView closed() {
        return new DealerReturnView(
                "YX-26-11-06",
                "YX",
                DealerReturnStage.CLOSED,
                "YX-26-11-07",
                7L,
                "华联电器商行",
                LocalDate.of(2026, 11, 18),
                "KFR-35GW",
                "白",
                "SN-DR-0001",
                LocalDate.of(2026, 10, 1),
                "顾客反映不制冷",
                Arrival.COURIER,
                "顺丰",
                "SF1234567890",
                WantedHandling.EXCHANGE_RESELLABLE,
                5,
                Instant.parse("2026-11-21T02:05:00Z"),
                "agent1",
                Appearance.SCRATCHED,
                FunctionCheck.ABNORMAL,
                "压缩机不启动",
                "遥控器",
                null,
                LocalDate.of(2026, 11, 26),
                false,
                Judgement.PRODUCT_FAULT,
                null,
                Instant.parse("2026-11-22T02:00:00Z"),
                "quality1",
                Handling.BACK_TO_FACTORY,
                null,
                Instant.parse("2026-11-23T02:00:00Z"),
                "quality1",
                Disposition.RESELLABLE_TO_STOCK,
                null,
                Instant.parse("2026-11-24T02:00:00Z"),
                "quality1",
                Instant.parse("2026-11-20T02:00:00Z"),
                "agent1",
                4);
    }

    private static PrintedPdf print(DealerReturnView r) {
        return new PrintedPdf(DealerReturnForm.pdf(r, List.of(3, 5, 7), PaperForm.DEFAULT_COMPANY, PrintFormat.CHINA));
    }

    @Test
    void twoCopiesForTheDealerAndAfterSales() {
        PrintedPdf pdf = print(closed());
        assertEquals(2, pdf.pages());
        assertTrue(pdf.text(1).contains("第一联经销商"), pdf.text(1));
        assertTrue(pdf.text(2).contains("第二联售后服务"), pdf.text(2));
    }

    @Test
    void everyItemOfThePaperIsFilledInAndTheChoicesAreBoxed() {
        PrintedPdf pdf = print(closed());
        for (int page = 1; page <= 2; page++) {
            String text = pdf.text(page);
            for (String expected : List.of(
                    "产品售后管理表",
                    "No. YX-26-11-06",
                    "1经销商名称",
                    "华联电器商行",
                    "2026-11-18",
                    "KFR-35GW · 白",
                    "SN-DR-0001",
                    "2026-10-01",
                    "YX-26-11-07",
                    "顾客反映不制冷",
                    "□ 直接送达 ■ 快递送达，快递单号：SF1234567890（顺丰）",
                    "□ 维修返还 ■ 换售后可二次销售机 □ 整机更换",
                    "□ 3天 ■ 5天 □ 7天",
                    "2026-11-21 10:05",
                    "2026-11-26",
                    "□ 良好 ■ 刮花 □ 破损",
                    "□ 正常 ■ 异常：压缩机不启动",
                    "遥控器",
                    "□ 运输损坏 □ 顾客使用不当损坏 ■ 机器故障",
                    "□ 维修返还 □ 换售后可二次销售机 □ 整机更换 ■ 返厂换新",
                    "□ 维修返还 ■ 可二次销售进仓 □ 报废",
                    "13对此售后机处理",
                    "售后接收",
                    "agent1")) {
                assertTrue(text.contains(compact(expected)), expected + " on page " + page + ": " + text);
            }
        }
    }

    @Test
    void aFreshReturnLeavesAfterSalesBoxesOpen() {
        DealerReturnView r = closed();
        DealerReturnView fresh = new DealerReturnView(
                r.number(),
                r.department(),
                DealerReturnStage.REGISTERED,
                r.ticketNumber(),
                r.dealerCustomerId(),
                r.dealerName(),
                r.feedbackDate(),
                r.model(),
                null,
                null,
                null,
                r.problem(),
                Arrival.BROUGHT_IN,
                null,
                null,
                WantedHandling.REPAIR_AND_RETURN,
                3,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                false,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                r.createdAt(),
                r.createdBy(),
                0);
        String text = print(fresh).text(1);
        assertTrue(text.contains(compact("■ 直接送达 □ 快递送达")), text);
        assertTrue(text.contains(compact("□ 良好 □ 刮花 □ 破损")), text);
        assertTrue(text.contains(compact("□ 维修返还 □ 可二次销售进仓 □ 报废")), text);
        assertFalse(text.contains("快递单号"), text);
    }
}
