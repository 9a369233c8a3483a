package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 14 (q-flow) in the browser, in Chinese: a quality engineer classifies a complaint with a new
 * category and severity (Q2, the change in its history), then raises a corrective action from it in
 * one click (Q3, Q4) — a deadline in the past is refused beside the field — and the complaint and the
 * corrective action link to each other.
 */
class QualityFlowBrowserIT {

    private static final String PASSWORD = "quality flow browser secret";
    private Browser b;

    @AfterEach
    void stop() {
        if (b != null) {
            b.screenshot("quality-flow-last");
            b.close();
        }
    }

    @Test
    void aComplaintIsRegradedAndBecomesACorrectiveActionInOneClick() {
        String user = Api.createUser("QUALITY", PASSWORD);
        Api.Answer taken = Api.post("/api/v1/complaints", Api.basic(user, PASSWORD), """
                {"channel":"PHONE","category":"SERVICE_ATTITUDE","severity":"NORMAL","description":"安装后外机噪音大"}""");
        assertEquals(201, taken.status(), taken.body());
        String number = taken.json().getString("number");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        b = new Browser(1280, 900);
        b.login(user, PASSWORD);
        b.open("/complaint.xhtml?number=" + number);
        b.waitForText("立案纠正预防措施");

        // Q2: classified as a product problem and graded serious; the history says so in words
        b.choose("stepForm:classCategory", "PRODUCT_QUALITY");
        b.clickLabelOf("stepForm:classSeverity:2");
        b.type("stepForm:note", "实为产品质量问题");
        b.clickAndWaitForAjax("stepForm:step");
        b.waitForText("严重程度：一般 → 严重");
        String page = b.source();
        assertTrue(page.contains("类别：服务态度 → 产品质量"), "the category change in the history");
        String shown = b.driver.findElement(By.tagName("body")).getText();
        assertFalse(shown.contains("PRODUCT_QUALITY") || shown.contains("SERIOUS"), "no enum names on screen");
        b.screenshot("quality-flow-classified");

        // Q3: the dialog; a deadline in the past is refused beside the field and nothing is raised
        b.find("capaListForm:raiseCapa").click();
        b.find("capaRaiseForm:owner_input");
        pickOwner(user);
        b.choose("capaRaiseForm:department", "质检中心");
        b.typeDate("capaRaiseForm:deadline_input", today.minusDays(1).toString());
        b.screenshot("quality-flow-dialog");
        b.clickAndWaitForAjax("capaRaiseForm:raise");
        b.waitForText("完成期限不能早于今天。");
        assertTrue(b.source().contains("尚未立案纠正预防措施。"), "nothing raised");
        b.screenshot("quality-flow-bad-deadline");

        retypeDate("capaRaiseForm:deadline_input", today.plusDays(7).toString());
        b.clickAndWaitForAjax("capaRaiseForm:raise");
        b.waitForText("已立案纠正预防措施 CAPA-");
        WebElement link = new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[id$=':capaLink']")));
        assertTrue(link.getText().contains("投诉 " + number), link.getText());
        b.screenshot("quality-flow-capa-raised");

        // the corrective action shows its source and links back
        b.clickAndWaitForPage(link.getAttribute("id"));
        b.waitForText("纠正预防措施");
        assertTrue(b.source().contains("已提出"), "proposed, in words");
        WebElement back = b.find("sourceComplaint");
        assertEquals(number, back.getText());
        b.screenshot("quality-flow-capa-source");
        b.clickAndWaitForPage("sourceComplaint");
        b.waitForText("立案纠正预防措施");
        assertTrue(b.source().contains("CAPA-"), "the complaint lists its corrective action");
    }

    /** The re-rendered date field still holds the refused date: select it and type over it. */
    private void retypeDate(String id, String isoDate) {
        WebElement input = b.find(id);
        input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
        input.sendKeys(isoDate, org.openqa.selenium.Keys.TAB);
        new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(d -> isoDate.equals(d.findElement(By.id(id)).getAttribute("value")));
    }

    private void pickOwner(String username) {
        b.type("capaRaiseForm:owner_input", username);
        b.waitForAjax();
        WebElement item = new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("[id='capaRaiseForm:owner_panel'] li.ui-autocomplete-item")));
        item.click();
        b.waitForAjax();
    }
}
