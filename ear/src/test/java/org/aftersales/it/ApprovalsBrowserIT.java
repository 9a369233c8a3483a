package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 12 in the browser, in Chinese: an administrator sets the stock-take adjustments' chain on the
 * chains screen — 预算员 (a named colleague of finance) then 部门经理 (any manager); a keeper submits a
 * stock-take with a difference; the budget officer finds it in 审批中心 and approves it on its page,
 * the manager approves it from the inbox (bulk, one item); the keeper sees it 已批准 in 我发起的, the
 * stock-take approved, and the 审批单 prints both signatures in order.
 */
class ApprovalsBrowserIT {

    private static final String PASSWORD = "approvals browser secret";
    private Browser admin;
    private Browser budget;
    private Browser manager;
    private Browser keeper;

    @AfterEach
    void stop() {
        String[] names = {"admin", "budget", "manager", "keeper"};
        Browser[] browsers = {admin, budget, manager, keeper};
        for (int i = 0; i < browsers.length; i++) {
            if (browsers[i] != null) {
                browsers[i].screenshot("approvals-last-" + names[i]);
                browsers[i].close();
            }
        }
        // the default chain back to one manager, as the other tests of stock-takes expect it
        Api.send("PUT", "/api/v1/approval-chains/STOCK_ADJUSTMENT", Api.admin(), """
                {"steps":[{"name":"经理审批","roles":["MANAGER"]}]}""");
    }

    @Test
    void aBudgetOfficerThenAManagerApproveAStockTakeAndTheKeeperSeesItApproved() {
        String suffix = Api.unique("");
        String officer = Api.unique("ys");
        Api.Answer created =
                Api.post("/api/v1/users", Api.admin(), """
                {"username":"%s","displayName":"余预算%s","password":"%s","roles":["FINANCE"],"region":"北京",
                 "temporaryPassword":false}""".formatted(officer, suffix.substring(0, 4), PASSWORD));
        assertEquals(201, created.status(), created.body());
        String officerName = "余预算" + suffix.substring(0, 4);
        String keeperUser = Api.createUser("WAREHOUSE", PASSWORD);
        String managerUser = Api.createUser("MANAGER", PASSWORD);

        // the chain, on the screen: 预算员 (the officer by name) → 部门经理 (the role)
        admin = new Browser(1440, 1000);
        admin.login("admin", Api.ADMIN_PASSWORD);
        admin.open("/admin/approval-chains.xhtml");
        new Select(admin.find("newChainForm:kind")).selectByValue("STOCK_ADJUSTMENT");
        admin.clickAndWaitForAjax("newChainForm:editNew");
        admin.find("chainForm:editKind");
        admin.clickAndWaitForAjax("chainForm:addStep");
        while (steps(admin) > 1) {
            admin.clickAndWaitForAjax("chainForm:steps:0:remove");
        }
        admin.type("chainForm:steps:0:name", "预算员");
        pick(admin, "chainForm:steps:0:users", officer, officerName);
        admin.clickAndWaitForAjax("chainForm:addStep");
        admin.type("chainForm:steps:1:name", "部门经理");
        admin.tick("chainForm:steps:1:roles", "经理");
        admin.clickAndWaitForAjax("chainForm:save");
        admin.waitForText("已保存盘点调整审批流程（默认）");
        admin.screenshot("approvals-chain-saved");
        String outline = admin.source();
        assertTrue(outline.contains("预算员（" + officerName + "；任一人同意） → 部门经理（经理（角色）；任一人同意）"), outline);

        // a stock-take with a difference: book 4, counted 3, submitted by the keeper
        String point = StockIT.servicePoint(keeperUser);
        String part = StockIT.part("120.00");
        StockIT.receive(point, part, 4, 4, "80.00");
        String keeperAuth = Api.basic(keeperUser, PASSWORD);
        Api.Answer started = Api.post("/api/v1/stock-takes", keeperAuth, """
                {"servicePoint":"%s","note":"审批测试"}""".formatted(point));
        assertEquals(201, started.status(), started.body());
        long takeId = started.json().getJsonNumber("id").longValue();
        String number = started.json().getString("number");
        JsonObject line = Api.get("/api/v1/stock-takes/" + takeId + "/lines", keeperAuth)
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        Api.Answer counted = Api.send("PUT", "/api/v1/stock-takes/" + takeId + "/counts", keeperAuth, """
                {"counts":[{"partNumber":"%s","counted":3,"version":%d}]}""".formatted(
                        part, line.getJsonNumber("version").longValue()));
        assertEquals(200, counted.status(), counted.body());
        Api.Answer submitted = Api.post("/api/v1/stock-takes/" + takeId + "/submission", keeperAuth, "");
        assertTrue(submitted.status() < 300, submitted.body());

        // the budget officer: the item waits in 审批中心, opens it, approves
        budget = new Browser(1440, 1000);
        budget.login(officer, PASSWORD);
        budget.open("/index.xhtml");
        assertEquals("1", budget.find("approvalsWaitingCount").getText());
        budget.open("/approvals/inbox.xhtml");
        budget.waitForText(number);
        budget.screenshot("approvals-inbox-budget");
        budget.find("inboxForm:items:0:open").click();
        budget.waitForPage();
        assertEquals(number, budget.find("decisionForm:subject").getText());
        assertEquals("盘点调整", budget.find("decisionForm:kind").getText());
        assertEquals("-1", budget.find("decisionForm:differences:0:difference").getText());
        budget.screenshot("approvals-item-budget");
        // a rejection needs its reason: said beside the field, nothing changes
        budget.clickAndWaitForAjax("decisionForm:reject");
        budget.waitForText("必填");
        assertEquals("审批中", budget.find("decisionForm:state").getText());
        budget.clickAndWaitForAjax("decisionForm:approve");
        budget.waitForText("已同意 " + number);
        assertEquals(
                officerName,
                budget.find("decisionForm:steps:0:decisions:0:decidedBy").getText());
        assertEquals("部门经理", budget.find("decisionForm:currentStep").getText());
        assertFalse(budget.source().contains("id=\"decisionForm:approve\""), "the officer has signed");

        // the manager: approves it from the inbox, the one item selected
        manager = new Browser(1440, 1000);
        manager.login(managerUser, PASSWORD);
        manager.open("/approvals/inbox.xhtml");
        new Select(manager.find("inboxForm:kind")).selectByValue("STOCK_ADJUSTMENT");
        manager.clickAndWaitForAjax("inboxForm:search");
        manager.waitForText(number);
        WebElement box = manager.driver.findElement(By.xpath(
                "//tr[.//a[normalize-space(text())='" + number + "']]//div[contains(@class,'ui-chkbox-box')]"));
        box.click();
        manager.waitForAjax();
        manager.clickAndWaitForAjax("inboxForm:approveSelected");
        manager.waitForText("已同意 1 / 1 项");
        assertEquals(
                "已同意 " + number + "。",
                manager.find("inboxForm:results:0:result").getText());
        manager.screenshot("approvals-bulk-manager");

        // the keeper: 已批准 in 我发起的, the stock-take approved
        keeper = new Browser(1440, 1000);
        keeper.login(keeperUser, PASSWORD);
        keeper.open("/approvals/inbox.xhtml?box=REQUESTED");
        keeper.waitForText(number);
        WebElement row = keeper.driver.findElement(By.xpath("//tr[.//a[normalize-space(text())='" + number + "']]"));
        assertTrue(row.getText().contains("已批准"), row.getText());
        keeper.screenshot("approvals-requested-keeper");
        assertEquals(
                "APPROVED",
                Api.get("/api/v1/stock-takes/" + takeId, keeperAuth).json().getString("status"));
        row.findElement(By.tagName("a")).click();
        keeper.waitForPage();
        assertEquals("已批准", keeper.find("decisionForm:state").getText());
        assertTrue(keeper.source().contains(officerName));
        keeper.screenshot("approvals-item-keeper");

        // the 审批单: both signatures in order, names and words, no logins
        String id = keeper.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        String cookies = keeper.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        String sheet = pdfText("/print/approval?id=" + id, cookies);
        assertTrue(sheet.contains("审批单") && sheet.contains(number) && sheet.contains("盘点调整"), sheet);
        assertTrue(sheet.indexOf(officerName) >= 0 && sheet.indexOf(officerName) < sheet.indexOf("部门经理"), sheet);
        assertFalse(sheet.contains(officer) || sheet.contains(managerUser) || sheet.contains(keeperUser), sheet);
        // the sheet is for whom it concerns: a colleague of the call centre gets 404, like for the page
        WebSession stranger = WebSession.login(Api.createUser("AGENT", PASSWORD), PASSWORD);
        assertEquals(404, stranger.get("/print/approval?id=" + id).statusCode());
        assertTrue(stranger.get("/approvals/approval.xhtml?id=" + id).body().contains("审批单不存在"));

        // the item on a phone: within 375 px
        keeper.close();
        keeper = new Browser(375, 812);
        keeper.login(keeperUser, PASSWORD);
        keeper.open("/approvals/approval.xhtml?id=" + id);
        keeper.find("decisionForm:subject");
        keeper.screenshot("approvals-item-phone");
        assertTrue(keeper.scrollWidth() <= 375, keeper.overflowing());
        admin.close();
        admin = new Browser(375, 812);
        admin.login("admin", Api.ADMIN_PASSWORD);
        admin.open("/admin/approval-chains.xhtml");
        admin.screenshot("approvals-chains-phone");

        // the link to the stock-take opens it, approved
        keeper.clickAndWaitForPage("decisionForm:stockTakeLink");
        assertEquals(number, keeper.find("takeForm:takeNumber").getText());
        assertEquals("已审批", keeper.find("takeForm:takeStatus").getText());
    }

    private static String pdfText(String path, String cookies) {
        try {
            var answer = Api.HTTP.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + path))
                            .header("Cookie", cookies)
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), path);
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(answer.body());
            try {
                return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            } finally {
                reader.close();
            }
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }

    private static int steps(Browser b) {
        return b.driver
                .findElements(By.cssSelector("input[id$=':name'][id^='chainForm:steps:']"))
                .size();
    }

    /** Types into a PrimeFaces autocomplete and picks the suggestion that shows {@code label}. */
    private static void pick(Browser b, String id, String typed, String label) {
        WebElement input = b.find(id + "_input");
        input.sendKeys(typed);
        WebElement item = new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@id='" + id
                        + "_panel']//li[contains(@class,'ui-autocomplete-item') and contains(normalize-space(.),'"
                        + label + "')]")));
        item.click();
        b.waitForAjax();
        new WebDriverWait(b.driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id(id)).getText().contains(label));
    }
}
