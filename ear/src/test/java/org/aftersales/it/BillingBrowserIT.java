package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13 (screens), in Chinese: a technician quotes a paid repair on the 375 px phone view (a negative
 * amount is refused beside its field), the customer signs the quote on the pad, the repair is resolved
 * (B3 lets it through only now); the agent makes the charge, is refused a payment above the balance and a
 * negative one (beside the field, nothing recorded), takes a partial payment by WeChat, sees the balance
 * and the charges list, and prints the receipt (收费单) and the quote (维修报价单) as PDFs.
 */
class BillingBrowserIT {

    private static final String PASSWORD = "billing browser secret";
    private static final int PHONE = 375;

    private Browser phone;
    private Browser desk;

    @AfterEach
    void stop() {
        if (phone != null) {
            phone.screenshot("billing-phone-last");
            phone.close();
        }
        if (desk != null) {
            desk.screenshot("billing-desk-last");
            desk.close();
        }
    }

    private static String paidTicket(String technician, String customerName) {
        Answer customer = Api.post(
                "/api/v1/customers", Api.admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"张三","phone":"139%08d","region":"北京","address":"北京市朝阳区建国路1号"}""".formatted(customerName, (long) (Math.random() * 100_000_000L)));
        assertEquals(201, customer.status(), customer.body());
        Answer ticket = Api.post("/api/v1/tickets", Api.admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"空调不制冷"}""".formatted(
                        customer.json().getJsonNumber("id").longValue()));
        assertEquals(201, ticket.status(), ticket.body());
        assertEquals("PAID", ticket.json().getString("entitlement"));
        String number = ticket.json().getString("number");
        for (String event : new String[] {
            "{\"type\":\"DISPATCHED\",\"technician\":\"" + technician + "\"}", "{\"type\":\"ARRIVED\"}"
        }) {
            Answer a = Api.post("/api/v1/tickets/" + number + "/events", Api.admin(), event);
            assertEquals(201, a.status(), a.body());
        }
        return number;
    }

    private void fitsPhone(String what) {
        phone.waitForAjax();
        phone.screenshot("billing-" + what);
        assertTrue(phone.scrollWidth() <= PHONE, what + " is wider than the phone:\n" + phone.overflowing());
    }

    @Test
    void aTechnicianQuotesOnThePhoneTheCustomerSignsAndTheAgentTakesAPartialPayment() throws Exception {
        String technician = Api.createUser("TECHNICIAN", PASSWORD);
        String agent = Api.createUser("AGENT", PASSWORD);
        String customerName = Api.unique("收费客户");
        String ticket = paidTicket(technician, customerName);

        // the technician on the phone: the quote panel of their own ticket
        phone = new Browser(PHONE, 812);
        phone.login(technician, PASSWORD);
        phone.open("/ticket.xhtml?number=" + ticket);
        phone.find("quoteForm:materials");
        assertTrue(phone.source().contains("现行收费标准"), "the fee schedule in force is named");
        fitsPhone("phone-quote-empty");

        // a negative amount is refused beside its field, nothing is quoted
        phone.type("quoteForm:materials", "-5");
        phone.clickAndWaitForAjax("quoteForm:typed");
        phone.waitForText("金额不能为负数");
        assertTrue(phone.driver.findElements(By.id("quoteState")).isEmpty(), "no quote was made");

        // API.md's amounts: 100 + 50 + 30 + 20 = 200, markup 80, total 280
        phone.type("quoteForm:materials", "100");
        phone.type("quoteForm:labour", "50");
        phone.type("quoteForm:travel", "30");
        phone.type("quoteForm:tax", "20");
        phone.clickAndWaitForAjax("quoteForm:typed");
        phone.waitForText("已报价");
        assertEquals("待客户确认", phone.find("quoteState").getText());
        assertEquals("客户付费", phone.find("payer").getText());
        assertEquals("200.00", phone.find("quoteCost").getText());
        assertEquals("80.00", phone.find("quoteMarkup").getText());
        assertEquals("280.00", phone.find("quoteTotal").getText());
        assertTrue(phone.source().contains("材料费") && phone.source().contains("加成"), "the lines are named");
        String lines =
                phone.driver.findElement(By.cssSelector("[id$='quoteLines']")).getText();
        assertTrue(
                lines.contains("40 %") && !lines.contains("0.4"), "the markup's rate as the paper says it: " + lines);
        fitsPhone("phone-quoted");

        // B3: not resolved before the customer agreed
        Answer early = Api.post(
                "/api/v1/tickets/" + ticket + "/events", Api.basic(technician, PASSWORD), "{\"type\":\"RESOLVED\"}");
        assertEquals(409, early.status(), early.body());

        // the customer signs on the pad
        WebElement pad = phone.find("quoteForm:quoteSignature").findElement(By.tagName("canvas"));
        ((JavascriptExecutor) phone.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", pad);
        new Actions(phone.driver)
                .moveToElement(pad, -80, 10)
                .clickAndHold()
                .moveByOffset(40, -20)
                .moveByOffset(40, 30)
                .moveByOffset(50, -25)
                .release()
                .perform();
        fitsPhone("phone-signing");
        phone.type("quoteForm:signer", "张三");
        phone.clickAndWaitForAjax("quoteForm:acceptSigned");
        phone.waitForText("已经客户确认");
        assertEquals("客户已同意", phone.find("quoteState").getText());
        assertTrue(phone.find("agreed").getText().contains("张三"));
        phone.find("quoteForm:quoteSignatureImage");
        fitsPhone("phone-signed");
        assertEquals(
                "ACCEPTED",
                Api.get("/api/v1/tickets/" + ticket + "/quote", Api.admin())
                        .json()
                        .getString("state"));

        // the repair is resolved on the phone
        WebElement resolve = phone.driver.findElement(By.cssSelector(".as-event-RESOLVED"));
        ((JavascriptExecutor) phone.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", resolve);
        resolve.click();
        phone.waitForAjax();
        phone.clickAndWaitForAjax("eventForm:save");
        phone.waitForText("已解决");
        assertEquals(
                "RESOLVED",
                Api.get("/api/v1/tickets/" + ticket, Api.admin()).json().getString("status"));

        // the agent: the charge of the agreed quote
        desk = new Browser();
        desk.login(agent, PASSWORD);
        desk.open("/ticket.xhtml?number=" + ticket);
        desk.clickAndWaitForAjax("quoteForm:makeCharge");
        desk.waitForText("已开收费单");
        String charge =
                desk.find("quoteForm:chargeLink").getText().replace("收费单", "").strip();
        assertTrue(charge.startsWith("YX-SF-"), charge);
        desk.clickAndWaitForPage("quoteForm:chargeLink");
        assertEquals("280.00", desk.find("chargeTotal").getText());

        // above the balance, and negative: the reason beside the field, nothing recorded
        desk.type("payForm:amount", "500");
        desk.clickAndWaitForAjax("payForm:pay");
        desk.waitForText("收款金额超过未收余额 280.00");
        assertEquals("0.00", desk.find("chargePaid").getText());
        desk.find("payForm:amount").findElement(By.xpath("./following::*[contains(@class,'ui-message-error')][1]"));
        desk.type("payForm:amount", "-1");
        desk.clickAndWaitForAjax("payForm:pay");
        desk.waitForText("金额须大于 0");
        assertEquals("0.00", desk.find("chargePaid").getText());
        assertEquals(
                "0.00", Api.get("/api/v1/charges/" + charge, Api.admin()).json().getString("paid"));
        desk.screenshot("billing-charge-refused");

        // a partial payment by WeChat
        desk.type("payForm:amount", "100");
        new Select(desk.find("payForm:method")).selectByVisibleText("微信");
        desk.clickAndWaitForAjax("payForm:pay");
        desk.waitForText("已收款 100.00");
        assertEquals("100.00", desk.find("chargePaid").getText());
        assertEquals("180.00", desk.find("chargeBalance").getText());
        assertTrue(desk.find("payments").getText().contains("微信"));
        desk.screenshot("billing-charge-paid");

        // the list: found by customer, paid in part
        desk.open("/billing/charges.xhtml");
        desk.type("chargeForm:customer", customerName);
        desk.clickAndWaitForAjax("chargeForm:search");
        new org.openqa.selenium.support.ui.WebDriverWait(desk.driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("chargeForm:charges")).getText().contains(charge));
        String list = desk.find("chargeForm:charges").getText();
        assertTrue(list.contains("部分收款") && list.contains("180.00"), list);
        desk.screenshot("billing-charges-list");

        // the receipt and the quote print as PDFs, numbered, in Chinese
        String cookies = desk.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        String receipt = pdfText("/print/charge-receipt?number=" + charge, cookies);
        assertTrue(
                receipt.contains("收费单")
                        && receipt.contains(charge)
                        && receipt.contains("¥100.00")
                        && receipt.contains("¥180.00")
                        && receipt.contains("微信"),
                receipt);
        assertFalse(receipt.contains(agent), "colleagues by name, never by login: " + receipt);
        String quote = pdfText("/print/quote?number=" + ticket, cookies);
        assertTrue(
                quote.contains("维修报价单") && quote.contains(ticket) && quote.contains("¥280.00") && quote.contains("张三"),
                quote);
        // another technician's phone does not get the quote of a ticket not assigned to them
        WebSession stranger = WebSession.login(Api.createUser("TECHNICIAN", PASSWORD), PASSWORD);
        assertEquals(404, stranger.get("/print/quote?number=" + ticket).statusCode());
        assertFalse(stranger.get("/ticket.xhtml?number=" + ticket).body().contains("quoteForm"));
    }

    @Test
    void financeDraftsANewFeeScheduleVersionAndSubmitsItForApproval() {
        String finance = Api.createUser("FINANCE", PASSWORD);
        desk = new Browser();
        desk.login(finance, PASSWORD);
        desk.open("/billing/fee-schedules.xhtml");
        String versions = desk.find("versionsForm:versions").getText();
        assertTrue(versions.contains("V1") && versions.contains("现行"), versions);
        desk.find("scheduleTerms"); // the version in force, readable
        desk.screenshot("billing-fee-schedules");
        desk.clickAndWaitForAjax("versionsForm:newVersion");
        desk.find("draftForm:labourRates:0:perHour");
        // a markup outside 0..5 is refused beside its field; nothing is submitted
        desk.type("draftForm:markup", "9");
        desk.clickAndWaitForAjax("draftForm:submit");
        desk.waitForText("比率须在 0 与 5 之间");
        desk.screenshot("billing-fee-schedule-refused");
        desk.type("draftForm:markup", "0.45");
        desk.type("draftForm:labourRates:0:perHour", "88");
        desk.clickAndWaitForAjax("draftForm:submit");
        new org.openqa.selenium.support.ui.WebDriverWait(desk.driver, Duration.ofSeconds(30))
                .until(d ->
                        d.getPageSource().contains("已提交审批") || d.getPageSource().contains("版已批准"));
        assertTrue(desk.driver.findElements(By.id("draftForm:submit")).isEmpty(), "the draft is closed");
        assertTrue(desk.find("versionsForm:versions").getText().contains("0.45"));
        desk.screenshot("billing-fee-schedule-submitted");
        // a manager reads, but drafts nothing
        desk.close();
        desk = new Browser();
        desk.login(Api.createUser("MANAGER", PASSWORD), PASSWORD);
        desk.open("/billing/fee-schedules.xhtml");
        desk.find("versionsForm:versions");
        assertTrue(desk.driver.findElements(By.id("versionsForm:newVersion")).isEmpty());
    }

    /** GETs a print with the browser's session; a PDF of some size, its first page's text. */
    static String pdfText(String path, String cookies) {
        try {
            var answer = Api.HTTP.send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + path))
                            .header("Cookie", cookies)
                            .timeout(Duration.ofSeconds(60))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, answer.statusCode(), path);
            assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"), path);
            assertTrue(answer.body().length > 2_000, path + " is only " + answer.body().length + " bytes");
            java.nio.file.Path saved = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(saved);
            java.nio.file.Files.write(
                    saved.resolve("billing-" + path.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf"), answer.body());
            com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(answer.body());
            try {
                assertTrue(reader.getNumberOfPages() >= 2, path + ": one page per copy");
                return new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            } finally {
                reader.close();
            }
        } catch (Exception e) {
            throw new AssertionError(path, e);
        }
    }
}
