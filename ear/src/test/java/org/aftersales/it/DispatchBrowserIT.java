package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * T4, M2, T11 in the browser: a dispatcher assigns a ticket on the dispatch board — an unqualified
 * technician is refused beside the field and nothing changes, the qualified one gets it — and the
 * technician finds it on the phone; the hours of a service record show in the daily report (T11);
 * an item taken in for repair shows in the goods in/out log (T6).
 */
class DispatchBrowserIT {

    private static final String PASSWORD = "dispatch browser secret";
    private final java.util.List<Browser> browsers = new java.util.ArrayList<>();
    private String testName;

    @BeforeEach
    void name(TestInfo info) {
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void stop() {
        for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).screenshot("dispatch-" + testName + "-" + i);
            browsers.get(i).close();
        }
    }

    private Browser browser() {
        Browser browser = new Browser();
        browsers.add(browser);
        return browser;
    }

    /** A staff account in {@code region}; {@code qualifications} as a JSON array. */
    private static String staff(String role, String region, String qualifications) {
        String username = Api.unique("d");
        Api.Answer created = Api.post("/api/v1/users", Api.admin(), """
                {"username":"%s","displayName":"派工测试 %s","password":"%s","roles":["%s"],"region":"%s",
                 "qualifications":%s,"temporaryPassword":false}""".formatted(
                        username, username, PASSWORD, role, region, qualifications));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    /** A customer in {@code region} with a product, and a ticket for it; returns the ticket number. */
    private static String ticket(String region, String qualifications) {
        return ticket(region, "ONSITE_REPAIR", qualifications);
    }

    private static String ticket(String region, String kind, String qualifications) {
        long customerId = Api.post("/api/v1/customers", Api.admin(), """
                {"name":"派工客户%s","type":"HOUSEHOLD","phone":"136%s","region":"%s","address":"%s和平路8号"}""".formatted(
                        Api.unique(""), String.format("%08d", (long) (Math.random() * 100_000_000L)), region, region))
                .json()
                .getJsonNumber("id")
                .longValue();
        String serial = Api.unique("DSP");
        Api.Answer product =
                Api.post("/api/v1/customers/" + customerId + "/products", Api.admin(), """
                {"model":"KFR-35GW","serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""".formatted(serial));
        assertEquals(201, product.status(), product.body());
        Api.Answer ticket =
                Api.post("/api/v1/tickets", Api.admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"%s","faultLevel":"GENERAL",
                 "description":"空调不制冷，室外机不启动，需检查供电线路","requiredQualifications":%s}""".formatted(customerId, serial, kind, qualifications));
        assertEquals(201, ticket.status(), ticket.body());
        return ticket.json().getString("number");
    }

    private static JsonObject ticketAsAdmin(String number) {
        Api.Answer answer = Api.get("/api/v1/tickets/" + number, Api.admin());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    /** Clicks the "pick" button in the technicians table's row of {@code username}. */
    private static void pickTechnician(Browser browser, String username) {
        WebElement button = browser.driver.findElement(
                By.xpath("//tbody[@id='dispatchForm:technicians_data']/tr[contains(., '" + username + "')]//button"));
        browser.clickAndWaitForAjax(button.getAttribute("id"));
    }

    @Test
    void aDispatcherIsRefusedAnUnqualifiedTechnicianAndAssignsTheQualifiedOneWhoSeesTheJobOnThePhone() {
        String region = Api.createRegion("派工区");
        String number = ticket(region, "[\"ELECTRICIAN\"]");
        String electrician = staff("TECHNICIAN", region, "[\"ELECTRICIAN\"]");
        String mechanic = staff("TECHNICIAN", region, "[\"MECHANIC\"]");
        String dispatcher = staff("DISPATCHER", region, "[]");

        Browser browser = browser();
        browser.login(dispatcher, PASSWORD);
        browser.open("/dispatch.xhtml");
        assertTrue(browser.source().contains("待派工的叫修单"));
        browser.choose("dispatchForm:region", region);
        browser.clickAndWaitForAjax("dispatchForm:search");
        browser.waitForText(number);
        assertTrue(
                browser.find("dispatchForm:tickets:0:ticketLink").getText().contains(number),
                "only the region's ticket");
        assertTrue(browser.source().contains("持证电工"), "the qualification the work needs");
        assertTrue(browser.find("dispatchForm:tickets:0:print")
                .getAttribute("href")
                .endsWith("/aftersales/print/dispatch-sheet?number=" + number));
        browser.clickAndWaitForAjax("dispatchForm:tickets:0:choose");
        browser.screenshot("dispatch-board-chosen");
        assertTrue(browser.find("dispatchForm:selectedTicket").getText().contains(number));
        assertTrue(
                browser.source().contains(electrician) && browser.source().contains(mechanic),
                "the region's technicians with their loads");

        pickTechnician(browser, mechanic);
        browser.type("dispatchForm:note", "请先联系客户确认上门时间");
        browser.clickAndWaitForAjax("dispatchForm:assignButton");
        String refusal = browser.find("dispatchForm:technicianMessage").getText();
        assertTrue(refusal.contains("不具备该工作所需资质") && refusal.contains("ELECTRICIAN"), refusal);
        JsonObject unchanged = ticketAsAdmin(number);
        assertEquals("REGISTERED", unchanged.getString("status"));
        assertTrue(!unchanged.containsKey("technician") || unchanged.isNull("technician"), "M2: nothing changed");

        pickTechnician(browser, electrician);
        browser.clickAndWaitForAjax("dispatchForm:assignButton");
        browser.waitForText("已派给");
        JsonObject dispatched = ticketAsAdmin(number);
        assertEquals("DISPATCHED", dispatched.getString("status"));
        assertEquals(electrician, dispatched.getString("technician"));
        assertFalse(browser.find("dispatchForm:tickets").getText().contains(number), "no longer waiting");
        assertEquals(
                "1",
                browser.driver
                        .findElement(By.xpath("//tbody[@id='dispatchForm:technicians_data']/tr[contains(., '"
                                + electrician + "')]//span[contains(@id, ':open')]"))
                        .getText(),
                "the technician's load counts it");

        Browser phone = browser();
        phone.driver.manage().window().setSize(new Dimension(375, 800));
        phone.login(electrician, PASSWORD);
        phone.open("/my-jobs.xhtml");
        assertEquals(number, phone.find("jobsForm:jobs:0:number").getText());
        assertTrue(phone.find("jobsForm:jobs:0:address").getText().contains("和平路8号"));
        assertTrue(phone.find("jobsForm:jobs:0:call").getAttribute("href").startsWith("tel:136"));
        assertTrue(phone.find("jobsForm:jobs:0:open").getAttribute("href").endsWith("/ticket.xhtml?number=" + number));
        long pageWidth = (Long)
                ((JavascriptExecutor) phone.driver).executeScript("return document.documentElement.scrollWidth;");
        long viewport = (Long) ((JavascriptExecutor) phone.driver).executeScript("return window.innerWidth;");
        assertTrue(pageWidth <= viewport, "nothing wider than the phone: " + pageWidth + " > " + viewport);
        assertTrue(phone.find("jobsForm:jobs:0:open").getSize().getHeight() >= 44, "a tap target, not a tiny link");
    }

    @Test
    void aTicketCancelledMeanwhileIsNotAssignedAndTheDispatcherIsTold() {
        String region = Api.createRegion("撤单区");
        String number = ticket(region, "[]");
        String technician = staff("TECHNICIAN", region, "[]");
        String dispatcher = staff("DISPATCHER", region, "[]");

        Browser browser = browser();
        browser.login(dispatcher, PASSWORD);
        browser.open("/dispatch.xhtml");
        browser.choose("dispatchForm:region", region);
        browser.clickAndWaitForAjax("dispatchForm:search");
        browser.waitForText(number);
        browser.clickAndWaitForAjax("dispatchForm:tickets:0:choose");
        pickTechnician(browser, technician);
        Api.Answer cancelled = Api.post("/api/v1/tickets/" + number + "/events", Api.admin(), """
                {"type":"CANCELLED","note":"客户来电取消"}""");
        assertEquals(201, cancelled.status(), cancelled.body());

        browser.clickAndWaitForAjax("dispatchForm:assignButton");
        String told = browser.find("dispatchForm:messages").getText();
        assertTrue(told.contains(number) && told.contains("现在不能执行"), told);
        assertTrue(
                browser.find("dispatchForm:selectedTicket").getText().contains("请在左侧选中一张叫修单"),
                "the cancelled ticket leaves the assignment");
        JsonObject after = ticketAsAdmin(number);
        assertEquals("CANCELLED", after.getString("status"));
        assertTrue(!after.containsKey("technician") || after.isNull("technician"), "409: nothing changed");
    }

    @Test
    void theHoursOfAServiceRecordShowInTheTechniciansDailyReportAndTheDepartmentTotals() {
        String region = Api.createRegion("日报区");
        String number = ticket(region, "[]");
        String technician = staff("TECHNICIAN", region, "[]");
        String dispatcher = staff("DISPATCHER", region, "[]");
        Api.Answer dispatched = Api.post(
                "/api/v1/tickets/" + number + "/events", Api.basic(dispatcher, PASSWORD), """
                {"type":"DISPATCHED","technician":"%s"}""".formatted(technician));
        assertEquals(201, dispatched.status(), dispatched.body());
        long version = dispatched.json().getJsonNumber("version").longValue();
        Api.Answer saved = Api.send(
                "PUT", "/api/v1/tickets/" + number + "/service-record", Api.basic(technician, PASSWORD), """
                {"version":%d,"diagnosis":"启动电容失效","workDone":"更换启动电容，试机正常","hours":"2.5"}""".formatted(
                                version));
        assertEquals(200, saved.status(), saved.body());

        Browser browser = browser();
        browser.login(technician, PASSWORD);
        browser.open("/work-report.xhtml");
        assertTrue(browser.find("dayForm:entries").getText().contains(number), "the day's entry");
        assertTrue(browser.find("dayForm:entries:0:hours").getText().equals("2.5"));
        assertTrue(browser.find("dayForm:dayTotals").getText().contains("上门维修"), "totals per work category");
        assertTrue(browser.find("dayForm:dayHours").getText().contains("2.5"));
        assertFalse(browser.source().contains("totalsForm"), "the department totals are the supervisor's");

        Browser supervisor = browser();
        supervisor.login(dispatcher, PASSWORD);
        supervisor.open("/work-report.xhtml?technician=" + technician);
        assertTrue(
                supervisor.find("dayForm:entries").getText().contains(number),
                "a dispatcher reads any technician's day");
        String perTechnician = supervisor.find("totalsForm:technicianTotals").getText();
        assertTrue(perTechnician.contains(technician) && perTechnician.contains("2.5"), perTechnician);
        assertTrue(supervisor.find("totalsForm:categoryTotals").getText().contains("上门维修"));
    }

    @Test
    void anItemTakenInForRepairShowsInTheGoodsLog() {
        String region = Api.createRegion("送修区");
        String number = ticket(region, "CARRY_IN_REPAIR", "[]");
        String item = "电饭煲 " + Api.unique("");
        Api.Answer received = Api.post("/api/v1/tickets/" + number + "/events", Api.admin(), """
                {"type":"RECEIVED","item":"%s","condition":"外壳轻微划痕，附电源线","person":"李女士"}""".formatted(item));
        assertEquals(201, received.status(), received.body());
        String keeper = staff("WAREHOUSE", region, "[]");

        Browser browser = browser();
        browser.login(keeper, PASSWORD);
        browser.open("/goods-log.xhtml");
        String log = browser.find("goodsLogForm:lines").getText();
        assertTrue(log.contains(number) && log.contains(item), log);
        assertTrue(log.contains("外壳轻微划痕，附电源线") && log.contains("李女士") && log.contains("收入"), log);
    }
}
