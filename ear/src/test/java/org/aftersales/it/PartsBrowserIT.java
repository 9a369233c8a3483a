package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * P2, P4 in the browser: a keeper receives goods with a shortage (invoiced 10, counted 8); the
 * technician requests a part for the ticket on the ticket page; the keeper issues it from the queue;
 * the stock shows 7 and the ticket's section requested 1 / issued 1.
 */
class PartsBrowserIT {

    private static final String PASSWORD = "parts browser secret";
    private Browser keeperBrowser;
    private Browser technicianBrowser;

    @AfterEach
    void stop() {
        for (Browser b : new Browser[] {keeperBrowser, technicianBrowser}) {
            if (b != null) {
                b.screenshot("parts-" + (b == keeperBrowser ? "keeper" : "technician"));
                b.close();
            }
        }
    }

    @Test
    void aKeeperReceivesWithAShortageATechnicianRequestsAPartAndTheKeeperIssuesIt() throws Exception {
        String keeper = Api.createUser("WAREHOUSE", PASSWORD);
        String technician = Api.createUser("TECHNICIAN", PASSWORD);
        String point = ("B" + Api.unique("").substring(0, 7)).toUpperCase(Locale.ROOT);
        assertEquals(
                201,
                Api.post("/api/v1/service-points", Api.admin(), """
                {"code":"%s","name":"浏览器测试站","keepers":["%s"]}""".formatted(point, keeper))
                        .status());
        String part = Api.unique("YSJ-");
        assertEquals(
                201, Api.post("/api/v1/parts", Api.admin(), """
                {"partNumber":"%s","name":"压缩机","unit":"台","price":"850.00","fittingModels":["KFR-35GW"],
                 "supplier":"某某压缩机厂","source":"BOUGHT_IN"}""".formatted(part)).status());
        String ticket = PartRequestsIT.ticketFor(technician);

        // the keeper receives: invoiced 10, counted 8 → the shortage shows, 8 enter the stock
        keeperBrowser = new Browser();
        keeperBrowser.login(keeper, PASSWORD);
        keeperBrowser.open("/receiving.xhtml");
        new Select(keeperBrowser.find("receivingForm:servicePoint")).selectByValue(point);
        keeperBrowser.type("receivingForm:supplier", "某某压缩机厂");
        keeperBrowser.type("receivingForm:lines:0:partNumber_input", part);
        keeperBrowser.type("receivingForm:lines:0:invoicedQty", "10");
        keeperBrowser.type("receivingForm:lines:0:countedQty", "8");
        keeperBrowser.type("receivingForm:lines:0:unitPrice", "800.00");
        keeperBrowser.clickAndWaitForAjax("receivingForm:receive");
        String slip = keeperBrowser.find("receivingForm:slipNumber").getText();
        assertTrue(slip.matches("[A-Z]+-RK-\\d{2}-\\d{2}-\\d{2,}"), slip);
        assertEquals(
                "2",
                keeperBrowser.find("receivingForm:discrepancies:0:shortage").getText());
        String pdf = keeperBrowser.find("receivingForm:slipPdf").getAttribute("href");
        assertTrue(pdf.endsWith("/print/slip?number=" + slip), pdf);
        // the signed-in keeper prints it with the session (the API would want Basic credentials)
        String cookies = keeperBrowser.driver.manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> printed = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + "/print/slip?number=" + slip))
                        .header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, printed.statusCode());
        assertEquals(
                "application/pdf",
                printed.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals(8, onHand(point, part));

        // the technician asks for one on the ticket page
        technicianBrowser = new Browser();
        technicianBrowser.login(technician, PASSWORD);
        technicianBrowser.open("/ticket.xhtml?number=" + ticket);
        new Select(technicianBrowser.find("ticketPartsForm:servicePoint")).selectByValue(point);
        technicianBrowser.type("ticketPartsForm:partNumber_input", part);
        technicianBrowser.type("ticketPartsForm:qty", "1");
        technicianBrowser.clickAndWaitForAjax("ticketPartsForm:requestParts");
        technicianBrowser.waitForText("已提交备件申请");
        assertEquals(
                "已申请",
                technicianBrowser.find("ticketPartsForm:partRequests:0:status").getText());

        // the keeper issues it from the queue
        keeperBrowser.open("/part-requests.xhtml");
        new Select(keeperBrowser.find("queueForm:servicePoint")).selectByValue(point);
        keeperBrowser.clickAndWaitForAjax("queueForm:search");
        keeperBrowser.clickAndWaitForAjax("queueForm:requests:0:issue");
        keeperBrowser.waitForText("已出库，出库单");
        assertEquals(7, onHand(point, part));

        technicianBrowser.open("/ticket.xhtml?number=" + ticket);
        assertEquals(
                "已出库",
                technicianBrowser.find("ticketPartsForm:partRequests:0:status").getText());
        String line = technicianBrowser.source();
        assertTrue(line.contains(part + " 压缩机 — 申请 1 / 已发 1"), "requested 1 / issued 1, with the part's name");

        // P4: the technician records the part used and the defective one returned, to be scrapped
        technicianBrowser.type("ticketPartsForm:partRequests:0:lines:0:used", "1");
        technicianBrowser.type("ticketPartsForm:partRequests:0:lines:0:defective", "2");
        technicianBrowser.clickAndWaitForAjax("ticketPartsForm:partRequests:0:recordUsage");
        technicianBrowser.waitForText("退回的坏件数量在 0 到使用数量 1 之间");
        technicianBrowser.type("ticketPartsForm:partRequests:0:lines:0:defective", "1");
        new Select(technicianBrowser.find("ticketPartsForm:partRequests:0:lines:0:disposition"))
                .selectByValue("SCRAPPED");
        technicianBrowser.clickAndWaitForAjax("ticketPartsForm:partRequests:0:recordUsage");
        technicianBrowser.waitForText("的用量和坏件已登记");
        assertTrue(technicianBrowser.source().contains("已用 1"), "used 1");
        assertTrue(technicianBrowser.source().contains("退回坏件 1 报废"), "defective returned, scrapped");
        assertEquals(7, onHand(point, part), "a defective part is not good stock");

        // P6: the month's report of the service point: 8 received, 1 issued, 7 at the end
        keeperBrowser.open("/stock-report.xhtml");
        keeperBrowser.type(
                "reportForm:month",
                java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
        new Select(keeperBrowser.find("reportForm:servicePoint")).selectByValue(point);
        keeperBrowser.clickAndWaitForAjax("reportForm:show");
        keeperBrowser.waitForText(part);
        assertEquals("7", keeperBrowser.find("reportForm:report:0:closing").getText());
    }

    private static int onHand(String point, String part) {
        return Api.get("/api/v1/stock?servicePoint=" + point + "&partNumber=" + part, Api.admin())
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getInt("onHand");
    }
}
