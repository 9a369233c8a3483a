package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Map;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.8 (B7): the daily economic accounting report (经济核算日报) of a department of its own,
 * crafted today: a service point's receipt and issue in the ledger, a paid repair quoted, accepted,
 * resolved, charged and partly paid, a warranty repair resolved — the figures of the day and month
 * to date; the screen's Excel and PDF downloads; the margins and the warranty cost on paper; the
 * monthly 进销存 with its fund columns.
 */
class BillingReportsIT {

    private static final String PASSWORD = "reports it secret";
    private static final String PNG =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    private static final String AMOUNTS =
            "{\"materials\":\"100.00\",\"labour\":\"50.00\",\"travel\":\"30.00\",\"tax\":\"20.00\"}";

    static String finance;
    static String agent;
    static String technician;
    static String department;
    static String point;
    static String paid;
    static String free;
    static LocalDate today;

    @BeforeAll
    static void aDayOfBusiness() {
        finance = user("FINANCE");
        agent = user("AGENT");
        technician = user("TECHNICIAN");
        department = "R" + letter() + letter() + letter();
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        point = StockIT.servicePoint();
        String part = StockIT.part("100.00");
        StockIT.receive(point, part, 10, 10, "100.00"); // 1 000.00 in
        Answer issued = post(
                "/api/v1/stock/issues",
                admin(),
                "{\"servicePoint\":\"%s\",\"lines\":[{\"partNumber\":\"%s\",\"qty\":3}]}".formatted(point, part));
        assertEquals(201, issued.status(), issued.body()); // 300.00 out

        paid = ticket(null);
        assertEquals(201, quote(paid).status());
        Answer accepted = post(
                "/api/v1/tickets/" + paid + "/quote/acceptance",
                basic(agent, PASSWORD),
                "{\"method\":\"SIGNATURE\",\"by\":\"张三\",\"signature\":\"%s\"}".formatted(PNG));
        assertEquals(200, accepted.status(), accepted.body());
        resolve(paid);
        Answer charge = post("/api/v1/tickets/" + paid + "/charge", basic(agent, PASSWORD), "");
        assertEquals(201, charge.status(), charge.body());
        String pay = "/api/v1/charges/" + charge.json().getString("number") + "/payments";
        assertEquals(
                201,
                post(pay, basic(finance, PASSWORD), "{\"amount\":\"100.00\",\"method\":\"CASH\"}")
                        .status());
        assertEquals(
                201,
                post(pay, basic(finance, PASSWORD), "{\"amount\":\"50.50\",\"method\":\"WECHAT\"}")
                        .status());

        free = warrantyTicket();
        Answer q = quote(free);
        assertEquals("WARRANTY", q.json().getString("payer"), q.body());
        resolve(free);
    }

    @Test
    void theDailyReportAddsUpTheDayAndTheMonthToDate() {
        Answer answer = get(
                "/api/v1/billing/reports/daily?department=" + department + "&day=" + today + "&servicePoint=" + point,
                basic(finance, PASSWORD));
        assertEquals(200, answer.status(), answer.body());
        JsonObject r = answer.json();
        assertEquals(department, r.getString("department"));
        assertFigure(r.getJsonObject("receipts"), "150.50", "150.50");
        assertFigure(r.getJsonObject("refunds"), "0.00", "0.00");
        assertFigure(r.getJsonObject("charges"), "280.00", "280.00");
        JsonObject costs = r.getJsonObject("costs");
        // B5: the costs are the bookings, not the quotes (100 + 50 + 30 + 20 each): no part was issued to
        // these tickets and no hours recorded, so both booked nothing
        for (String category : new String[] {"PARTS", "LABOUR", "TRAVEL_ALLOWANCE", "RENTAL", "FREIGHT"}) {
            assertFigure(costs.getJsonObject(category), "0.00", "0.00");
        }
        assertTrue(!costs.containsKey("MATERIALS"), costs.toString());
        assertFigure(r.getJsonObject("costTotal"), "0.00", "0.00");
        assertFigure(r.getJsonObject("overShort"), "0.00", "0.00");
        JsonObject stock = r.getJsonObject("stock");
        assertEquals("0.00", stock.getString("yesterday"));
        assertEquals("700.00", stock.getString("today"));
        assertFigure(stock.getJsonObject("moved").getJsonObject("RECEIPT"), "1000.00", "1000.00");
        assertFigure(stock.getJsonObject("moved").getJsonObject("ISSUE"), "300.00", "300.00");

        // yesterday: nothing of the day; the month to date of yesterday lacks today (unless today is the 1st)
        JsonObject before = get(
                        "/api/v1/billing/reports/daily?department=" + department + "&day=" + today.minusDays(1)
                                + "&servicePoint=" + point,
                        basic(finance, PASSWORD))
                .json();
        assertFigure(before.getJsonObject("receipts"), "0.00", "0.00");
        assertEquals("0.00", before.getJsonObject("stock").getString("today"));

        assertEquals(
                403,
                get("/api/v1/billing/reports/daily?department=" + department, basic(agent, PASSWORD))
                        .status());
        assertEquals(
                422,
                get("/api/v1/billing/reports/daily?day=" + today, basic(finance, PASSWORD))
                        .status(),
                "the department is required");
    }

    @Test
    void theScreenDownloadsTheReportAsExcelAndAsTheForm() throws Exception {
        WebSession session = WebSession.login(finance, PASSWORD);
        Map<String, String> fields = Map.of(
                "reportForm:day", today.toString(),
                "reportForm:department", department,
                "reportForm:servicePoint", point);
        HttpResponse<byte[]> pdf =
                session.submit("/billing/daily-report.xhtml", "reportForm", with(fields, "reportForm:pdf"));
        assertEquals(200, pdf.statusCode());
        assertTrue(new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1).startsWith("%PDF"), "a PDF");
        String text = text(pdf.body());
        assertTrue(text.contains("SH/BD-05") && text.contains("150.50") && text.contains("700.00"), text);

        HttpResponse<byte[]> excel =
                session.submit("/billing/daily-report.xhtml", "reportForm", with(fields, "reportForm:excel"));
        assertEquals(200, excel.statusCode());
        assertTrue(new String(excel.body(), 0, 2, StandardCharsets.ISO_8859_1).startsWith("PK"), "a workbook");
    }

    @Test
    void marginsAndWarrantyCostPrint() throws Exception {
        WebSession session = WebSession.login(finance, PASSWORD);
        String month = YearMonth.from(today).toString();
        HttpResponse<byte[]> margins = session.submit(
                "/billing/cost-reports.xhtml",
                "costForm",
                Map.of("costForm:department", department, "costForm:month", month, "costForm:marginsPdf", ""));
        assertEquals(200, margins.statusCode());
        String text = text(margins.body());
        // paid: charged 280.00 − cost 200.00; warranty: nothing charged, −200.00
        assertTrue(text.contains(paid) && text.contains("80.00"), text);
        assertTrue(text.contains(free) && text.contains("-200.00"), text);

        HttpResponse<byte[]> warranty = session.submit(
                "/billing/cost-reports.xhtml",
                "costForm",
                Map.of(
                        "costForm:department", department,
                        "costForm:from", month,
                        "costForm:to", month,
                        "costForm:warrantyPdf", ""));
        assertEquals(200, warranty.statusCode());
        String w = text(warranty.body());
        assertTrue(w.contains("KFR-35GW") && w.contains("200.00"), w);
    }

    @Test
    void theMonthlyStockReportPrintsTheFundColumns() throws Exception {
        WebSession session = WebSession.login("admin", Api.ADMIN_PASSWORD);
        HttpResponse<byte[]> pdf = session.submit(
                "/stock-report.xhtml",
                "reportForm",
                Map.of(
                        "reportForm:month",
                        YearMonth.from(today).toString(),
                        "reportForm:servicePoint",
                        point,
                        "reportForm:pdf",
                        ""));
        assertEquals(200, pdf.statusCode());
        String text = text(pdf.body());
        assertTrue(text.contains("700.00"), text); // month-end stock
    }

    private static Map<String, String> with(Map<String, String> fields, String button) {
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put(button, "");
        return all;
    }

    private static String text(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }

    private static void assertFigure(JsonObject figure, String day, String monthToDate) {
        assertEquals(day, figure.getString("day"), figure.toString());
        assertEquals(monthToDate, figure.getString("monthToDate"), figure.toString());
    }

    private static char letter() {
        return (char) ('A' + (int) (Math.random() * 26));
    }

    private static String user(String role) {
        String username = unique("r");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"报表测试","password":"%s","roles":["%s"],"region":"北京",
                 "qualifications":["ELECTRICIAN"],"temporaryPassword":false}""".formatted(username, PASSWORD, role));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static long customer() {
        Answer created = post(
                "/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"张三","phone":"139%08d","region":"北京","address":"北京市朝阳区建国路1号"}""".formatted(unique("报表客户"), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String ticket(String serial) {
        long customer = customer();
        return ticket(customer, serial);
    }

    private static String ticket(long customer, String serial) {
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,%s"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","department":"%s",
                 "description":"空调不制冷"}""".formatted(
                        customer, serial == null ? "" : "\"serialNumber\":\"" + serial + "\",", department));
        assertEquals(201, t.status(), t.body());
        return t.json().getString("number");
    }

    private static String warrantyTicket() {
        long customer = customer();
        String serial = unique("SNR");
        Answer product = post("/api/v1/customers/" + customer + "/products", admin(), """
                {"model":"KFR-35GW","serialNumber":"%s","colour":"白","factoryDate":"2026-01-01","purchaseDate":"2026-02-01",
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(serial));
        assertEquals(201, product.status(), product.body());
        return ticket(customer, serial);
    }

    private static Answer quote(String ticket) {
        Answer q = post("/api/v1/tickets/" + ticket + "/quote", basic(agent, PASSWORD), AMOUNTS);
        assertEquals(201, q.status(), q.body());
        return q;
    }

    private static void resolve(String ticket) {
        event(ticket, "{\"type\":\"DISPATCHED\",\"technician\":\"" + technician + "\"}");
        event(ticket, "{\"type\":\"ARRIVED\"}");
        event(ticket, "{\"type\":\"RESOLVED\"}");
    }

    private static void event(String ticket, String json) {
        Answer answer = post("/api/v1/tickets/" + ticket + "/events", admin(), json);
        assertEquals(201, answer.status(), answer.body());
    }
}
