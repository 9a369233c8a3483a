package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Issue 15.3: the ticket list counts up to the setting tickets.list-count-limit and then says "N+"
 * (and still pages on); the API's total stays exact unless the partner asks for totalLimit.
 */
class TicketListCountIT {

    private static final String KEY = "tickets.list-count-limit";
    private static final String PASSWORD = "list count secret";
    private static final int LIMIT = 30;
    private static final int TICKETS = LIMIT + 1;
    private static String saved;
    private static String customerName;

    @BeforeAll
    static void aCustomerWithMoreTicketsThanTheLimit() {
        saved = setting(KEY).getString("value");
        change(KEY, String.valueOf(LIMIT));
        customerName = "计数客户" + unique("");
        Answer customer =
                post("/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","phone":"135%08d","region":"北京","address":"北京市海淀区1号"}""".formatted(customerName, (long) (Math.random() * 100_000_000L)));
        assertEquals(201, customer.status(), customer.body());
        long customerId = customer.json().getJsonNumber("id").longValue();
        for (int i = 0; i < TICKETS; i++) {
            String serial = unique("CNT");
            Answer product = post("/api/v1/customers/" + customerId + "/products", admin(), """
                    {"model":"KFR-35GW","serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""".formatted(serial));
            assertEquals(201, product.status(), product.body());
            Answer ticket = post("/api/v1/tickets", admin(), """
                    {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                     "description":"空调不制冷，室外机不启动"}""".formatted(customerId, serial));
            assertEquals(201, ticket.status(), ticket.body());
        }
    }

    @AfterAll
    static void restore() {
        if (saved != null) {
            change(KEY, saved);
        }
    }

    @Test
    void theScreenSaysTheLimitWithAPlusAndStillPagesOn() {
        String dispatcher = Api.createUser("DISPATCHER", PASSWORD);
        try (Browser browser = new Browser()) {
            try {
                browser.login(dispatcher, PASSWORD);
                browser.open("/tickets.xhtml");
                browser.type("filterForm:text", customerName);
                browser.clickAndWaitForAjax("filterForm:search");
                browser.waitForText("共 " + LIMIT + "+ 张叫修单");
                assertEquals(25, rows(browser));

                // the last page shown leads on: the count goes on to the next limit, the rest appear
                browser.driver
                        .findElement(By.cssSelector("#filterForm\\:tickets .ui-paginator-next"))
                        .click();
                browser.waitForAjax();
                assertEquals(TICKETS - 25, rows(browser));
                browser.waitForText("共 " + TICKETS + " 张叫修单"); // counted to the end now: exact, no plus
            } finally {
                browser.screenshot("ticket-list-count");
            }
        }
    }

    private static int rows(Browser browser) {
        return browser.driver
                .findElements(By.cssSelector("#filterForm\\:tickets_data tr[data-ri]"))
                .size();
    }

    @Test
    void theHomeCountersStopAtTheLimitToo() {
        assertTrue(get("/api/v1/tickets?open=true&size=1", admin())
                        .json()
                        .getJsonNumber("total")
                        .longValue()
                > LIMIT);
        var home = WebSession.login("admin", Api.ADMIN_PASSWORD).get("/index.xhtml");
        assertEquals(200, home.statusCode());
        Matcher open = Pattern.compile("id=\"openTickets\"[^>]*>([^<]*)</a>").matcher(home.body());
        assertTrue(open.find(), "the home page shows the open tickets' counter");
        assertTrue(
                open.group(1).strip().endsWith(": " + LIMIT + "+"),
                "未结叫修单 stops at the limit and says so: " + open.group(1));
    }

    @Test
    void theApiTotalIsExactUnlessThePartnerAsksForACappedOne() {
        String list = "/api/v1/tickets?size=5&query=" + URLEncoder.encode(customerName, StandardCharsets.UTF_8);

        JsonObject exact = get(list, admin()).json();
        assertEquals(TICKETS, exact.getJsonNumber("total").intValue());
        assertFalse(exact.containsKey("totalCapped"), exact.toString());

        JsonObject capped = get(list + "&totalLimit=" + LIMIT, admin()).json();
        assertEquals(LIMIT, capped.getJsonNumber("total").intValue());
        assertTrue(capped.getBoolean("totalCapped"), capped.toString());
        assertEquals(5, capped.getJsonArray("items").size());

        JsonObject under = get(list + "&totalLimit=100", admin()).json();
        assertEquals(TICKETS, under.getJsonNumber("total").intValue());
        assertFalse(under.getBoolean("totalCapped"), under.toString());

        assertEquals(422, get(list + "&totalLimit=0", admin()).status());
    }

    private static JsonObject setting(String key) {
        Answer all = get("/api/v1/settings", admin());
        assertEquals(200, all.status(), all.body());
        return all.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no setting " + key));
    }

    private static void change(String key, String value) {
        long version = setting(key).getJsonNumber("version").longValue();
        Answer changed = send(
                "PUT",
                "/api/v1/settings/" + key,
                admin(),
                "{\"value\":\"%s\",\"version\":%d}".formatted(value, version));
        assertEquals(200, changed.status(), changed.body());
    }
}
