package org.aftersales.web.quality.print;

import static org.aftersales.web.shared.print.PrintedPdf.compact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.aftersales.domain.quality.InfoFormState;
import org.aftersales.domain.quality.InfoSource;
import org.aftersales.domain.quality.SatisfactionLevel;
import org.aftersales.quality.boundary.RecordsViews.AttendanceView;
import org.aftersales.quality.boundary.RecordsViews.InfoFormView;
import org.aftersales.quality.boundary.RecordsViews.SessionView;
import org.aftersales.web.shared.print.PrintedPdf;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 售后信息处理单 and 培训签到表 print what the paper holds, with names, never logins. */
class RecordsFormsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Map<String, String> NAMES = Map.of("li.si", "李四", "wang.wu", "王五");
    private static final Instant AT = Instant.parse("2026-12-01T01:00:00Z");

    @BeforeEach
    void chineseFontFile() {
        PrintedPdf.assumeChineseFontFile();
    }

    @Test
    void theInformationFormHasTheProblemTheDepartmentItsAnswerAndTheFlow() {
        InfoFormView form = new InfoFormView(
                12L,
                InfoSource.COMPLAINT,
                "YX-TS-26-12-01",
                42L,
                "SN2023000123",
                "外机噪音大",
                "安装一周后噪音变大",
                InfoFormState.ANSWERED,
                "MFG",
                "制造部",
                LocalDate.of(2026, 12, 4),
                false,
                "更换减震垫",
                SatisfactionLevel.SATISFIED,
                null,
                "li.si",
                AT,
                "li.si",
                AT,
                "li.si",
                AT,
                "wang.wu",
                AT.plusSeconds(3600),
                null,
                null,
                null,
                null,
                null);
        PrintedPdf pdf = new PrintedPdf(RecordsForms.infoForm(form, "售后服务部", CHINA, u -> NAMES.getOrDefault(u, u)));
        assertEquals(1, pdf.pages());
        String text = pdf.text(1);
        for (String expected : List.of(
                "售后信息处理单", "YX-TS-26-12-01", "外机噪音大", "制造部", "2026-12-04", "更换减震垫", "满意", "部门解决并反馈", "王五", "签字")) {
            assertTrue(text.contains(compact(expected)), expected + " in " + text);
        }
        assertFalse(text.contains("wang.wu"), "no login on paper");
    }

    @Test
    void theSignInSheetListsTheAttendeesAndLinesToSign() {
        SessionView session = new SessionView(
                3L,
                null,
                "变频空调维修",
                LocalDate.of(2027, 3, 12),
                "培训室",
                "王工",
                "故障代码与检测",
                List.of(new AttendanceView(1L, "张三", "售后服务部", null, AT)),
                0L);
        String text = new PrintedPdf(RecordsForms.signInSheet(session, "售后服务部", CHINA)).text(1);
        for (String expected : List.of("培训签到表", "变频空调维修", "2027-03-12", "培训室", "王工", "张三", "售后服务部", "签字")) {
            assertTrue(text.contains(compact(expected)), expected + " in " + text);
        }
    }
}
