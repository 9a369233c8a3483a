package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11.7: the pages take their request parameters by OmniFaces {@code @Param} when the view is
 * created. A link with a parameter opens its object, and a missing, malformed or unknown one shows the
 * page's "not found" text (or no preset), never the error page.
 */
class PageParametersIT {

    private static final String PASSWORD = "page parameters it secret";
    /** The attribute itself, not aria-checked. */
    private static final Pattern CHECKED = Pattern.compile("\\schecked[=\\s/>]");

    private static WebSession admin;
    private static long customerId;
    private static String customerName;
    private static String serial;
    private static String ticket;

    @BeforeAll
    static void data() {
        customerName = "参数客户" + Api.unique("");
        customerId = Api.post("/api/v1/customers", Api.admin(), """
                {"name":"%s","type":"HOUSEHOLD","phone":"136%s","region":"天津","address":"天津市和平区2号"}""".formatted(
                                customerName, String.format("%08d", (long) (Math.random() * 100_000_000L))))
                .json()
                .getJsonNumber("id")
                .longValue();
        serial = Api.unique("PRM");
        assertEquals(
                201,
                Api.post("/api/v1/customers/" + customerId + "/products", Api.admin(), """
                {"model":"KFR-26GW","serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""".formatted(serial))
                        .status());
        ticket = Api.post("/api/v1/tickets", Api.admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"INSTALLATION","faultLevel":"GENERAL","description":"安装"}""".formatted(customerId, serial))
                .json()
                .getString("number");
        admin = WebSession.login("admin", Api.ADMIN_PASSWORD);
    }

    private static String page(String path) {
        HttpResponse<String> answer = admin.get(path);
        assertEquals(200, answer.statusCode(), path);
        assertFalse(answer.body().contains("id=\"errorPage\""), path + " shows the error page");
        return answer.body();
    }

    private static String tag(String html, String regex, String what) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertTrue(m.find(), "no " + what);
        return m.group();
    }

    @Test
    void theCustomerOfTheIdAndNotFoundForABadOne() {
        assertTrue(page("/customer.xhtml?id=" + customerId).contains(customerName));
        for (String bad : new String[] {"", "?id=", "?id=abc", "?id=99999999999", "?id=" + customerId + "x"}) {
            String html = page("/customer.xhtml" + bad);
            assertTrue(html.contains("客户不存在"), bad);
            assertFalse(html.contains(customerName), bad);
        }
    }

    @Test
    void theProductAndItsWarrantyAndPlansOfTheSerial() {
        assertTrue(page("/product.xhtml?serial=" + serial).contains("运行小时数记录"));
        assertTrue(page("/product.xhtml?serial=NO-SUCH-" + serial).contains("产品不存在"));
        assertTrue(page("/product.xhtml").contains("产品不存在"));

        String checked = page("/warranty.xhtml?serial=" + serial);
        assertTrue(checked.contains(customerName), "checked at once: the owner in the result");
        assertFalse(page("/warranty.xhtml").contains(customerName), "nothing checked without a serial");

        String input = tag(
                page("/maintenance.xhtml?serial=" + serial), "<input[^>]*id=\"[^\"]*:serial\"[^>]*>", "serial filter");
        assertTrue(input.contains("value=\"" + serial + "\""), input);
        String empty = tag(page("/maintenance.xhtml"), "<input[^>]*id=\"[^\"]*:serial\"[^>]*>", "serial filter");
        assertFalse(empty.contains("value=\"" + serial + "\""), empty);
    }

    @Test
    void theTicketOfTheNumberAndTheCountersFilter() {
        assertTrue(page("/ticket.xhtml?number=" + ticket).contains(ticket));
        assertTrue(page("/ticket.xhtml?number=NO-SUCH").contains("没有这张叫修单。"));
        assertTrue(page("/ticket.xhtml").contains("没有这张叫修单。"));

        String breached =
                tag(page("/tickets.xhtml?filter=breached"), "<input[^>]*breachedOnly_input[^>]*>", "breached box");
        assertTrue(CHECKED.matcher(breached).find(), breached);
        String plain =
                tag(page("/tickets.xhtml?filter=nonsense"), "<input[^>]*breachedOnly_input[^>]*>", "breached box");
        assertFalse(CHECKED.matcher(plain).find(), plain);
    }

    @Test
    void theWorkReportOfTheDateAndTechnicianAndTheDealerOfANewReturn() {
        String technician = Api.createUser("TECHNICIAN", PASSWORD);
        String report = page("/work-report.xhtml?date=2025-03-04&technician=" + technician);
        assertTrue(
                tag(report, "<input[^>]*id=\"[^\"]*:date_input\"[^>]*>", "date").contains("2025-03-04"), report);
        assertTrue(tag(report, "<option[^>]*value=\"" + technician + "\"[^>]*>", "technician")
                .contains("selected"));
        assertFalse(
                tag(page("/work-report.xhtml?date=yesterday"), "<input[^>]*id=\"[^\"]*:date_input\"[^>]*>", "date")
                        .contains("2025-03-04"),
                "a bad date is today");

        long dealer = Api.post("/api/v1/customers", Api.admin(), """
                {"name":"0参数经销商%s","type":"DEALER","phone":"137%s","region":"天津","address":"天津市和平区3号"}""".formatted(
                                Api.unique(""), String.format("%08d", (long) (Math.random() * 100_000_000L))))
                .json()
                .getJsonNumber("id")
                .longValue();
        String form = page("/dealer-return.xhtml?dealer=" + dealer);
        assertTrue(
                tag(form, "<option[^>]*value=\"" + dealer + "\"[^>]*>", "dealer")
                        .contains("selected"),
                form);
        String unchosen = page("/dealer-return.xhtml?dealer=x" + dealer);
        assertFalse(tag(unchosen, "<option[^>]*value=\"" + dealer + "\"[^>]*>", "dealer")
                .contains("selected"));
    }
}
