package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * T1, T3, T4, T8 in the browser: an agent takes a call and registers a ticket; a dispatcher assigns
 * it; the technician records arrival, the service record and the resolution, and the customer
 * signs on the pad; the customer's copy of the service record prints as a PDF in Chinese.
 */
class TicketsBrowserIT {

    private static final String PASSWORD = "tickets browser secret";
    private Browser agentBrowser;
    private Browser dispatcherBrowser;
    private Browser technicianBrowser;

    @AfterEach
    void stop() {
        for (Browser b : new Browser[] {agentBrowser, dispatcherBrowser, technicianBrowser}) {
            if (b != null) {
                b.screenshot("tickets-"
                        + (b == agentBrowser ? "agent" : b == dispatcherBrowser ? "dispatcher" : "technician"));
                b.close();
            }
        }
    }

    private static void clickEvent(Browser browser, String type) {
        WebElement button = browser.driver.findElement(By.cssSelector(".as-event-" + type));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        browser.waitForAjax();
        browser.find("eventForm:save");
    }

    private static void sign(Browser browser, String signedBy) {
        WebElement pad = browser.find("signatureForm:signature").findElement(By.tagName("canvas"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", pad);
        new Actions(browser.driver)
                .moveToElement(pad, -80, 10)
                .clickAndHold()
                .moveByOffset(40, -20)
                .moveByOffset(40, 30)
                .moveByOffset(50, -25)
                .release()
                .perform();
        browser.type("signatureForm:signedBy", signedBy);
        browser.clickAndWaitForAjax("signatureForm:sign");
    }

    @Test
    void aCallIsTakenDispatchedServedSignedAndPrinted() throws Exception {
        String phone = "136" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String customerName = "浏览器叫修客户" + Api.unique("");
        Api.Answer customer = Api.post("/api/v1/customers", Api.admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"李女士","phone":"%s","region":"北京","address":"北京市西城区金融街1号"}""".formatted(customerName, phone));
        long customerId = customer.json().getJsonNumber("id").longValue();
        String serial = Api.unique("SNBT");
        assertEquals(
                201,
                Api.post("/api/v1/customers/" + customerId + "/products", Api.admin(), """
                {"model":"KFR-50LW","serialNumber":"%s","factoryDate":"2026-01-05","purchaseDate":"2026-03-01",
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(serial))
                        .status());
        String agent = Api.createUser("AGENT", PASSWORD);
        String dispatcher = Api.createUser("DISPATCHER", PASSWORD);
        // issue 10.17: the technician's phone is on the account, and the paper names people, not logins
        String technician = Api.unique("tech");
        String technicianPhone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        Api.Answer createdTechnician =
                Api.post("/api/v1/users", Api.admin(), """
                {"username":"%s","displayName":"李四师傅","password":"%s","roles":["TECHNICIAN"],"region":"北京",
                 "qualifications":["ELECTRICIAN"],"phone":"%s","temporaryPassword":false}""".formatted(technician, PASSWORD, technicianPhone));
        assertEquals(201, createdTechnician.status(), createdTechnician.body());
        assertEquals(
                technicianPhone,
                Api.get("/api/v1/users/" + technician, Api.admin()).json().getString("phone"));

        // the agent on the phone: the caller's number finds the customer and the product, the warranty shows at once
        agentBrowser = new Browser();
        agentBrowser.login(agent, PASSWORD);
        agentBrowser.open("/intake.xhtml");
        agentBrowser.type("intakeForm:query", phone);
        agentBrowser.clickAndWaitForAjax("intakeForm:find");
        agentBrowser.waitForText(customerName);
        agentBrowser.waitForText("保修期内"); // W1: bought 2026-03-01 with an invoice
        assertTrue(agentBrowser.source().contains("免费"), "in warranty: free");
        agentBrowser.type("intakeForm:description", "空调不制冷，室外机不转");
        agentBrowser.clickAndWaitForAjax("intakeForm:register");
        agentBrowser.waitForText("已登记叫修单");
        String number = agentBrowser.find("intakeForm:registeredNumber").getText();
        assertTrue(number.matches("[A-Z]+-\\d{2}-\\d{2}-\\d{2,}"), number);

        // the dispatcher assigns it
        dispatcherBrowser = new Browser();
        dispatcherBrowser.login(dispatcher, PASSWORD);
        dispatcherBrowser.open("/ticket.xhtml?number=" + number);
        assertTrue(dispatcherBrowser.source().contains("已登记"));
        clickEvent(dispatcherBrowser, "DISPATCHED");
        new Select(dispatcherBrowser.find("eventForm:technician")).selectByValue(technician);
        dispatcherBrowser.clickAndWaitForAjax("eventForm:save");
        dispatcherBrowser.waitForText("已派工");
        assertEquals(
                "DISPATCHED",
                Api.get("/api/v1/tickets/" + number, Api.admin()).json().getString("status"));

        // the technician: arrival, the service record, resolution, the customer's signature
        technicianBrowser = new Browser();
        technicianBrowser.login(technician, PASSWORD);
        technicianBrowser.open("/ticket.xhtml?number=" + number);
        clickEvent(technicianBrowser, "ARRIVED");
        technicianBrowser.clickAndWaitForAjax("eventForm:save");
        technicianBrowser.waitForText("已到场");
        technicianBrowser.type("serviceForm:diagnosis", "室外风机电容损坏");
        technicianBrowser.type("serviceForm:workDone", "更换风机电容，试机制冷正常");
        technicianBrowser.type("serviceForm:partsUsed", "风机电容 2.5µF ×1");
        technicianBrowser.type("serviceForm:hours", "1.5");
        technicianBrowser.clickAndWaitForAjax("serviceForm:saveRecord");
        technicianBrowser.waitForText("维修记录已保存");
        clickEvent(technicianBrowser, "RESOLVED");
        technicianBrowser.clickAndWaitForAjax("eventForm:save");
        technicianBrowser.waitForText("已解决");

        // issue 10.1: another technician cannot take the customer's signature on a ticket not assigned to them
        String colleague = Api.createUser("TECHNICIAN", PASSWORD);
        try (Browser other = new Browser()) {
            other.login(colleague, PASSWORD);
            other.open("/ticket.xhtml?number=" + number);
            sign(other, "张冒名");
            other.waitForText("未派给您");
        }
        assertEquals(
                false, Api.get("/api/v1/tickets/" + number, Api.admin()).json().getBoolean("signed"));

        sign(technicianBrowser, "李女士");
        technicianBrowser.waitForText("客户已签字");
        WebElement image = technicianBrowser.find("signatureForm:signatureImage");
        assertTrue(image.isDisplayed());
        // issue 10.11: the image is really there (its URL once carried the context path twice: 404)
        Object width = ((org.openqa.selenium.JavascriptExecutor) technicianBrowser.driver)
                .executeAsyncScript(
                        "var img = arguments[0], done = arguments[arguments.length - 1];"
                                + "if (img.complete) { done(img.naturalWidth); } else { img.onload = function () { done(img.naturalWidth); };"
                                + " img.onerror = function () { done(0); }; }",
                        image);
        assertTrue(((Number) width).intValue() > 0, "the signature image loads: " + image.getAttribute("src"));

        var ticket = Api.get("/api/v1/tickets/" + number, Api.admin()).json();
        assertEquals("RESOLVED", ticket.getString("status"));
        assertTrue(ticket.getBoolean("signed"));
        // issue 10.18: the record and the signature left their lines in the history
        String types = ticket.getJsonArray("events").getValuesAs(jakarta.json.JsonObject.class).stream()
                .map(e -> e.getString("type"))
                .collect(Collectors.joining(","));
        assertTrue(types.contains("SERVICE_RECORDED") && types.contains("SIGNED"), types);
        assertEquals("1.50", ticket.getString("hours"));

        // the customer-facing PDF: three copies, Chinese text, the signature
        String cookies = technicianBrowser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/print/service-record?number=" + number))
                        .header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        PdfReader reader = new PdfReader(pdf.body());
        assertEquals(3, reader.getNumberOfPages());
        String customerCopy = new PdfTextExtractor(reader).getTextFromPage(3);
        assertTrue(customerCopy.contains("第三联") && customerCopy.contains("客户"), customerCopy);
        assertTrue(customerCopy.contains(number) && customerCopy.contains("室外风机电容损坏"), customerCopy);
        reader.close();
        HttpResponse<byte[]> sheet = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/print/dispatch-sheet?number=" + number))
                        .header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, sheet.statusCode());
        PdfReader sheetReader = new PdfReader(sheet.body());
        String sheetText = new PdfTextExtractor(sheetReader).getTextFromPage(1);
        sheetReader.close();
        assertTrue(sheetText.contains("李四师傅") && sheetText.contains(technicianPhone), sheetText);
        assertTrue(!sheetText.contains(technician), "no login name on the paper: " + sheetText);
        technicianBrowser.open("/print/service-record?number=" + number);
        assertTrue(!technicianBrowser.source().contains("出错"), "the PDF opens in the browser");
    }

    @Test
    void aMajorFaultIsPushedToTheManagersOpenPage() {
        String manager = Api.createUser("MANAGER", PASSWORD);
        agentBrowser = new Browser();
        agentBrowser.login(manager, PASSWORD);
        agentBrowser.open("/index.xhtml");
        String before = agentBrowser.find("menuForm:menuNotifications").getText();
        Api.Answer customer = Api.post(
                "/api/v1/customers", Api.admin(), """
                {"name":"推送客户%s","type":"HOUSEHOLD","phone":"135%08d","region":"上海","address":"上海市浦东新区1号"}""".formatted(Api.unique(""), (long) (Math.random() * 100_000_000L)));
        String number = Api.post("/api/v1/tickets", Api.admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"MAJOR","description":"整机冒烟"}""".formatted(
                                customer.json().getJsonNumber("id").longValue()))
                .json()
                .getString("number");
        // T5: without reloading, the page shows the new notification (Faces websocket, NotificationPush)
        agentBrowser.waitForText("重大故障：叫修单 " + number);
        assertTrue(
                !before.equals(agentBrowser.find("menuForm:menuNotifications").getText()), "the unread count changed");
    }
}
