package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.3 in the browser, in Chinese: a quality engineer finds a corrective action in the list
 * (纠正预防措施), opens it and confirms it; the page shows its new state and the history line.
 */
class CapaBrowserIT {

    private static final String PASSWORD = "capa browser secret";
    private Browser quality;

    @AfterEach
    void stop() {
        if (quality != null) {
            quality.screenshot("capa-last");
            quality.close();
        }
    }

    @Test
    void aQualityEngineerConfirmsACorrectiveActionOnItsPage() {
        String user = Api.createUser("QUALITY", PASSWORD);
        String title = Api.unique("外机噪音整改");
        Api.Answer raised = Api.post("/api/v1/corrective-actions", Api.basic(user, PASSWORD), """
                {"source":"STATISTICS","title":"%s","owner":"%s","department":"制造部","deadline":"%s"}""".formatted(
                        title, user, LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(5)));
        assertEquals(201, raised.status(), raised.body());

        quality = new Browser(1280, 900);
        quality.login(user, PASSWORD);
        quality.open("/qa/capas.xhtml");
        quality.waitForText("纠正预防措施");
        quality.type("filterForm:text", title);
        quality.clickAndWaitForAjax("filterForm:search");
        quality.waitForText(title);
        assertTrue(quality.source().contains("已提出"), "the state in words");
        quality.clickAndWaitForPage("filterForm:capas:0:open");
        quality.waitForText("下一步");
        quality.type("stepForm:note", "同批次问题已确认");
        quality.clickAndWaitForAjax("stepForm:step");
        quality.waitForText("已完成这一步。");
        String page = quality.source();
        assertTrue(page.contains("已确认"), "confirmed");
        assertTrue(page.contains("同批次问题已确认"), "the history line with its note");
        quality.screenshot("capa-confirmed");
    }
}
