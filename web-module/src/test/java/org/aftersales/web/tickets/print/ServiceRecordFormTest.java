package org.aftersales.web.tickets.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** T8: the service record prints in three copies with the work, the charges and the customer's signature. */
class ServiceRecordFormTest {

    private static final String LONG_DESCRIPTION =
            "空调外机压缩机启动约十分钟后跳闸，室内机显示故障代码E4，客户反映夏季高温时更频繁。".repeat(12) + "最后一次跳闸发生在夜间无人时段末尾词";

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    private static ServiceRecordForm form(String description, byte[] signature) {
        return new ServiceRecordForm(
                "YX-26-11-01",
                "杭州西湖电气设备有限公司",
                "王建国",
                "0571-8888 6666",
                "浙江省杭州市西湖区文三路 90 号",
                "KFR-35GW",
                "SN2026110042",
                "上门维修",
                "一般故障",
                description,
                Instant.parse("2026-11-03T01:30:00Z"),
                Instant.parse("2026-11-03T06:05:00Z"),
                Instant.parse("2026-11-03T08:40:00Z"),
                "启动电容容量衰减",
                "更换启动电容",
                "更换启动电容并试机两小时，运行正常",
                "启动电容 CBB65 35μF × 1",
                new BigDecimal("2.5"),
                new BigDecimal("1234.5"),
                "保修期外收费",
                "李师傅",
                signature,
                "王建国",
                LocalDate.of(2026, 11, 3));
    }

    @Test
    void printsThreeCopiesEachLabelledInTheCorner() {
        PrintedPdf pdf = new PrintedPdf(ServiceRecordForm.pdf(form("压缩机不启动", null)));

        assertEquals(3, pdf.pages());
        List<String> copies = List.of("第一联 存根", "第二联 售后服务", "第三联 客户");
        for (int page = 1; page <= 3; page++) {
            assertTrue(pdf.text(page).contains(compact(copies.get(page - 1))), pdf.text(page));
        }
    }

    @Test
    void everyCopyShowsTheNumberTheCustomerAndTheWork() {
        PrintedPdf pdf = new PrintedPdf(ServiceRecordForm.pdf(form("压缩机不启动", null)));

        for (int page = 1; page <= 3; page++) {
            String text = pdf.text(page);
            for (String expected : List.of(
                    "售后服务部",
                    "维修记录单",
                    "No.YX-26-11-01",
                    "杭州西湖电气设备有限公司",
                    "压缩机不启动",
                    "更换启动电容并试机两小时",
                    "客户名称",
                    "Customer",
                    "¥1,234.50",
                    "保修期外收费",
                    "李师傅")) {
                assertTrue(text.contains(compact(expected)), expected + " on page " + page + ": " + text);
            }
        }
    }

    @Test
    void everyCopyHasThePapersSignatureLines() {
        // issue 13.3: the paper's 部门领导 / 仓库人员 / 维修人员 lines, for a pen
        PrintedPdf pdf = new PrintedPdf(ServiceRecordForm.pdf(form("压缩机不启动", null)));

        for (int page = 1; page <= 3; page++) {
            String text = pdf.text(page);
            for (String expected : List.of("部门领导", "仓库人员", "维修人员")) {
                assertTrue(text.contains(compact(expected)), expected + " on page " + page + ": " + text);
            }
        }
    }

    @Test
    void timesArePrintedInChinaToTheMinute() {
        String text = new PrintedPdf(ServiceRecordForm.pdf(form("压缩机不启动", null))).text(1);

        assertTrue(text.contains("2026-11-0309:30"), text);
        assertTrue(text.contains("2026-11-0314:05"), text);
        assertTrue(text.contains("2026-11-0316:40"), text);
    }

    @Test
    void theCompanyNamedByTheCallerHeadsTheForm() {
        String text = new PrintedPdf(
                        ServiceRecordForm.pdf(form("压缩机不启动", null), "华东电气客户服务中心", ZoneId.of("Asia/Shanghai")))
                .text(1);

        assertTrue(text.contains("华东电气客户服务中心"), text);
        assertFalse(text.contains("售后服务部"), text);
    }

    @Test
    void theCustomersSignatureIsAnImageOnEveryCopy() {
        PrintedPdf signed = new PrintedPdf(ServiceRecordForm.pdf(form("压缩机不启动", PrintedPdf.signaturePng())));
        PrintedPdf unsigned = new PrintedPdf(ServiceRecordForm.pdf(form("压缩机不启动", null)));

        for (int page = 1; page <= 3; page++) {
            assertEquals(1, signed.images(page), "page " + page);
            assertEquals(0, unsigned.images(page), "page " + page);
        }
    }

    @Test
    void aLongDescriptionWrapsInsteadOfBeingCut() {
        PrintedPdf pdf = new PrintedPdf(ServiceRecordForm.pdf(form(LONG_DESCRIPTION, PrintedPdf.signaturePng())));

        assertEquals(3, pdf.pages());
        for (int page = 1; page <= 3; page++) {
            String text = pdf.text(page);
            assertTrue(text.contains(compact(LONG_DESCRIPTION)), "page " + page + ": " + text);
            assertTrue(text.contains("末尾词"), "page " + page);
        }
    }
}
