package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The date filters of the lists, typed as a person types them: a date that is no date ("2026-13-45")
 * and a period whose end is before its start are said beside the field, in Chinese, and the list
 * stays as it was (before, the picker emptied the field on leaving it and the list silently dropped
 * the filter, or showed nothing without a word).
 */
class DateFiltersBrowserIT {

    private static final String PASSWORD = "date filters secret 7";
    private static final String GARBAGE = "2026-13-45";
    private static final String NOT_A_DATE = "不是有效的日期";
    private static final String END_BEFORE_START = "截止日期不能早于起始日期。";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static String customerName;
    private static String agent;
    private Browser browser;

    @BeforeAll
    static void aCustomerWithOneTicket() {
        customerName = "日期筛选客户" + unique("");
        Answer customer =
                post("/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","phone":"136%08d","region":"北京","address":"北京市海淀区2号"}""".formatted(customerName, (long) (Math.random() * 100_000_000L)));
        assertEquals(201, customer.status(), customer.body());
        long customerId = customer.json().getJsonNumber("id").longValue();
        String serial = unique("DF");
        Answer product = post("/api/v1/customers/" + customerId + "/products", admin(), """
                {"model":"KFR-35GW","serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""".formatted(serial));
        assertEquals(201, product.status(), product.body());
        Answer ticket = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "description":"洗衣机不脱水"}""".formatted(customerId, serial));
        assertEquals(201, ticket.status(), ticket.body());
        agent = Api.createUser("AGENT", PASSWORD);
    }

    @BeforeEach
    void start() {
        browser = new Browser();
        browser.login(agent, PASSWORD);
    }

    @AfterEach
    void stop() {
        browser.close();
    }

    @Test
    void theTicketListSaysABadDateBesideTheFieldAndKeepsTheList() {
        try {
            browser.open("/tickets.xhtml");
            browser.type("filterForm:text", customerName);
            browser.clickAndWaitForAjax("filterForm:search");
            assertEquals(1, rows("filterForm:tickets"), "the customer's one ticket");
            String before = table("filterForm:tickets");

            // leaving the field (its change event) must not empty it: the picker did so for text it
            // could not read, and the list then silently dropped the filter
            typeAndSearch("filterForm:from", GARBAGE, null);
            browser.find("filterForm:from_input").sendKeys(Keys.TAB);
            assertEquals(GARBAGE, value("filterForm:from"), "what was typed stays in the field, so the user sees why");
            browser.clickAndWaitForAjax("filterForm:search");
            assertEquals(GARBAGE, value("filterForm:from"));
            assertMessage("filterForm:fromMessage", "登记起：", NOT_A_DATE);
            assertEquals(before, table("filterForm:tickets"), "the list stays as it was");

            // a period that ends before it starts
            typeAndSearch("filterForm:from", TODAY.plusDays(4).toString(), null);
            typeAndSearch("filterForm:to", TODAY.minusDays(5).toString(), "filterForm:search");
            assertMessage("filterForm:toMessage", "登记止：", END_BEFORE_START);
            assertEquals("", message("filterForm:fromMessage"), "the corrected start date is accepted");
            assertEquals(before, table("filterForm:tickets"), "the list stays as it was, not empty");

            // corrected: the messages go, the filter applies
            typeAndSearch("filterForm:to", TODAY.plusDays(5).toString(), "filterForm:search");
            assertEquals("", message("filterForm:toMessage"));
            assertEquals(0, rows("filterForm:tickets"), "registered today, before the period");
        } finally {
            browser.screenshot("date-filters-tickets");
        }
    }

    @Test
    void theCustomerListSaysABadPurchaseDateAndAReversedPeriodBesideTheFields() {
        try {
            browser.open("/customers.xhtml");
            browser.type("filterForm:query", customerName);
            browser.clickAndWaitForAjax("filterForm:search");
            assertEquals(1, rows("filterForm:customers"));
            String before = table("filterForm:customers");

            typeAndSearch("filterForm:purchasedFrom", GARBAGE, "filterForm:search");
            assertMessage("filterForm:purchasedFromMessage", "购买日期自：", NOT_A_DATE);
            assertEquals(before, table("filterForm:customers"));

            typeAndSearch("filterForm:purchasedFrom", "2026-12-10", null);
            typeAndSearch("filterForm:purchasedTo", "2026-12-01", "filterForm:search");
            assertMessage("filterForm:purchasedToMessage", "购买日期至：", END_BEFORE_START);
            assertEquals(before, table("filterForm:customers"));
        } finally {
            browser.screenshot("date-filters-customers");
        }
    }

    @Test
    void theChargeListSaysABadDateAndAReversedPeriodBesideTheFields() {
        try {
            browser.open("/billing/charges.xhtml");
            String before = table("chargeForm:charges");

            typeAndSearch("chargeForm:to", GARBAGE, "chargeForm:search");
            assertMessage("chargeForm:toMessage", "开单日期至：", NOT_A_DATE);
            assertEquals(before, table("chargeForm:charges"));

            typeAndSearch("chargeForm:from", "2026-12-10", null);
            typeAndSearch("chargeForm:to", "2026-12-01", "chargeForm:search");
            assertMessage("chargeForm:toMessage", "开单日期至：", END_BEFORE_START);
            assertEquals("", message("chargeForm:fromMessage"));
            assertEquals(before, table("chargeForm:charges"));
        } finally {
            browser.screenshot("date-filters-charges");
        }
    }

    @Test
    void theDealerReturnAndVisitListsSayABadDateBesideTheField() {
        try {
            browser.open("/dealer-returns.xhtml");
            String before = table("filterForm:returns");
            typeAndSearch("filterForm:from", GARBAGE, "filterForm:search");
            assertMessage("filterForm:fromMessage", "接收日期起：", NOT_A_DATE);
            assertEquals(before, table("filterForm:returns"));
            typeAndSearch("filterForm:from", "2026-12-10", null);
            typeAndSearch("filterForm:to", "2026-12-01", "filterForm:search");
            assertMessage("filterForm:toMessage", "接收日期止：", END_BEFORE_START);
            assertEquals(before, table("filterForm:returns"));

            browser.open("/visits.xhtml");
            String visits = table("listForm:visits");
            typeAndSearch("listForm:day", GARBAGE, "listForm:search");
            assertMessage("listForm:dayMessage", "回访日期（默认今天）：", NOT_A_DATE);
            assertEquals(visits, table("listForm:visits"));
        } finally {
            browser.screenshot("date-filters-returns-visits");
        }
    }

    @Test
    void theAuditLogSaysAReversedPeriodBesideItsEndAndKeepsItsLines() {
        try (Browser admin = new Browser()) {
            try {
                admin.login("admin", Api.ADMIN_PASSWORD);
                admin.open("/admin/audit.xhtml");
                WebElement from = admin.find("auditForm:from_input");
                from.clear();
                from.sendKeys(GARBAGE);
                admin.clickAndWaitForAjax("auditForm:search");
                String shown = admin.find("auditForm:fromMessage").getText();
                assertTrue(shown.startsWith("从（日期）：") && shown.contains(NOT_A_DATE), shown);

                from = admin.find("auditForm:from_input");
                from.clear();
                from.sendKeys(TODAY.toString());
                WebElement to = admin.find("auditForm:to_input");
                to.clear();
                to.sendKeys(TODAY.minusDays(1).toString());
                admin.clickAndWaitForAjax("auditForm:search");
                shown = admin.find("auditForm:toMessage").getText();
                assertTrue(shown.startsWith("到（日期）：") && shown.contains(END_BEFORE_START), shown);
                assertTrue(
                        !admin.driver
                                .findElements(By.cssSelector("[id='auditForm:audit_data'] tr[data-ri]"))
                                .isEmpty(),
                        "the log keeps its lines");
            } finally {
                admin.screenshot("date-filters-audit");
            }
        }
    }

    @Test
    void onAPhoneTheMessageStandsUnderTheFieldWithinTheScreen() {
        try (Browser phone = new Browser(375, 812)) {
            try {
                phone.login(agent, PASSWORD);
                phone.open("/tickets.xhtml");
                WebElement from = phone.find("filterForm:from_input");
                from.clear();
                from.sendKeys(GARBAGE);
                phone.clickAndWaitForAjax("filterForm:search");
                WebElement message = phone.find("filterForm:fromMessage");
                assertTrue(message.isDisplayed() && message.getText().contains(NOT_A_DATE), message.getText());
                long right = ((Number) ((JavascriptExecutor) phone.driver)
                                .executeScript("return arguments[0].getBoundingClientRect().right;", message))
                        .longValue();
                assertTrue(right <= 375, "the message ends at " + right + " px, beyond the 375 px screen");
                assertTrue(
                        message.getLocation().getY()
                                >= from.getLocation().getY() + from.getSize().getHeight() - 1,
                        "under its field");
            } finally {
                phone.screenshot("date-filters-tickets-375");
            }
        }
    }

    /** Types into a date picker key by key (no script), then presses the search button when given. */
    /**
     * The ticket list's status filter (a multiple p:selectCheckboxMenu) showed an empty box while no
     * status was chosen: it says 状态 until a status is chosen, then the chosen one instead.
     */
    @Test
    void theStatusFilterSaysWhatItIsUntilAStatusIsChosen() {
        browser.open("/tickets.xhtml");
        assertEquals("\"状态\"", placeholder("filterForm:statuses"));
        browser.tick("filterForm:statuses", "已登记");
        WebElement chosen = browser.find("filterForm:statuses").findElement(By.tagName("ul"));
        assertEquals("已登记", chosen.getText().strip());
        assertEquals("none", placeholder("filterForm:statuses"));
    }

    private String placeholder(String menuId) {
        return (String) ((JavascriptExecutor) browser.driver)
                .executeScript(
                        "return getComputedStyle(document.getElementById(arguments[0]).querySelector('ul'), '::before').content;",
                        menuId);
    }

    private void typeAndSearch(String inputId, String text, String searchId) {
        WebElement input = browser.find(inputId + "_input");
        input.clear();
        input.sendKeys(text);
        if (searchId != null) {
            browser.clickAndWaitForAjax(searchId);
        }
    }

    private void assertMessage(String messageId, String label, String text) {
        String shown = message(messageId);
        assertTrue(
                shown.startsWith(label) && shown.contains(text),
                "beside the field: expected «" + label + "…" + text + "», shown «" + shown + "»; page messages: «"
                        + browser.driver.findElements(By.cssSelector(".ui-messages, .ui-message, .ui-growl")).stream()
                                .map(WebElement::getText)
                                .reduce("", (a, b) -> a + "|" + b)
                        + "»");
    }

    private String message(String id) {
        return browser.driver.findElements(By.id(id)).stream()
                .map(WebElement::getText)
                .findFirst()
                .orElse("(no message element " + id + ")")
                .trim();
    }

    private String value(String id) {
        return String.valueOf(((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById(arguments[0]).value;", id + "_input"));
    }

    private String table(String id) {
        return browser.find(id).getText();
    }

    private int rows(String tableId) {
        return browser.driver
                .findElements(By.cssSelector("[id='" + tableId + "_data'] tr[data-ri]"))
                .size();
    }
}
