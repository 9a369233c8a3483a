package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.createUser;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.8 (B7) and 13.5 (10.3), the gaps of the daily economic accounting report (经济核算日报) of a
 * department of its own: the cashier records the cash counted when settling a payment slip, the slip
 * shows what is over or short and the report sums it (长短款); the quota block (定额: the month's expense
 * quota, used, remaining; the service point's fund quota); the costs from the B5 cost bookings rather
 * than the quote; a claim of no ticket counts on the department's budget (B5).
 */
class DailyReportCashIT {

    static final String PASSWORD = "daily report cash it secret";
    private static final String PNG =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    static String department;
    static String agent;
    static String technician;
    static String finance;
    static String manager;
    static LocalDate today;

    @BeforeAll
    static void people() {
        Random r = new Random();
        department = "K"
                + r.ints(4, 0, 26)
                        .mapToObj(i -> String.valueOf((char) ('A' + i)))
                        .collect(Collectors.joining());
        agent = createUser("AGENT", PASSWORD);
        technician = createUser("TECHNICIAN", PASSWORD);
        finance = createUser("FINANCE", PASSWORD);
        manager = createUser("MANAGER", PASSWORD);
        today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        // B6: the department's standard chain is one step, its manager
        Answer chain =
                send("PUT", "/api/v1/approval-chains/EXPENSE_CLAIM?department=" + department, admin(), """
                {"steps":[{"name":"部门经理","users":["%s"]}]}""".formatted(
                                manager));
        assertEquals(200, chain.status(), chain.body());
    }

    @AfterAll
    static void removeChain() {
        send("DELETE", "/api/v1/approval-chains/EXPENSE_CLAIM?department=" + department, admin(), null);
    }

    private static String auth(String user) {
        return basic(user, PASSWORD);
    }

    static String ticket(String department) {
        Answer c = post(
                "/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"张三","phone":"139%08d","region":"北京","address":"北京市朝阳区建国路1号"}""".formatted(unique("日报客户"), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, c.status(), c.body());
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","department":"%s",
                 "description":"空调不制冷"}""".formatted(
                        c.json().getJsonNumber("id").longValue(), department));
        assertEquals(201, t.status(), t.body());
        assertEquals("PAID", t.json().getString("entitlement"));
        return t.json().getString("number");
    }

    /** The ticket's quote of 280.00 (cost 100 + 50 + 30 + 20, markup 80), signed by the customer. */
    static void agreedQuote(String ticket, String agent, String password) {
        Answer quote = post("/api/v1/tickets/" + ticket + "/quote", basic(agent, password), """
                {"materials":"100.00","labour":"50.00","travel":"30.00","tax":"20.00"}""");
        assertEquals(201, quote.status(), quote.body());
        Answer accepted = post(
                "/api/v1/tickets/" + ticket + "/quote/acceptance",
                basic(agent, password),
                "{\"method\":\"SIGNATURE\",\"by\":\"张三\",\"signature\":\"%s\"}".formatted(PNG));
        assertEquals(200, accepted.status(), accepted.body());
    }

    /** A charge of 280.00 of a new paid ticket of {@code department}, taken in cash by {@code technician}. */
    static String cashTaken(String department, String agent, String technician, String password, String amount) {
        String ticket = ticket(department);
        agreedQuote(ticket, agent, password);
        Answer charge = post("/api/v1/tickets/" + ticket + "/charge", basic(agent, password), "");
        assertEquals(201, charge.status(), charge.body());
        Answer paid = post(
                "/api/v1/charges/" + charge.json().getString("number") + "/payments",
                basic(technician, password),
                "{\"amount\":\"%s\",\"method\":\"CASH\"}".formatted(amount));
        assertEquals(201, paid.status(), paid.body());
        return charge.json().getString("number");
    }

    private static String handIn() {
        Answer made = post(
                "/api/v1/cash-slips",
                auth(technician),
                "{\"department\":\"%s\",\"cashier\":\"财务收款员\"}".formatted(department));
        assertEquals(201, made.status(), made.body());
        return made.json().getString("number");
    }

    private static JsonObject daily(String servicePoint) {
        Answer report = get(
                "/api/v1/billing/reports/daily?department=" + department + "&day=" + today
                        + (servicePoint == null ? "" : "&servicePoint=" + servicePoint),
                auth(finance));
        assertEquals(200, report.status(), report.body());
        return report.json();
    }

    private static void assertFigure(JsonObject figure, String day, String monthToDate) {
        assertEquals(day, figure.getString("day"), figure.toString());
        assertEquals(monthToDate, figure.getString("monthToDate"), figure.toString());
    }

    @Test
    void theCashierRecordsTheCashCountedAndTheReportShowsWhatIsShort() { // 10.3 长短款
        cashTaken(department, agent, technician, PASSWORD, "180.50");
        String slip = handIn();
        String settle = "/api/v1/cash-slips/" + slip + "/settlement";
        Answer negative = post(settle, auth(finance), "{\"counted\":\"-1.00\"}");
        assertEquals(422, negative.status(), negative.body());
        assertTrue(negative.body().contains("\"counted\""), negative.body());
        Answer notMoney = post(settle, auth(finance), "{\"counted\":\"1.234\"}");
        assertEquals(422, notMoney.status(), notMoney.body());

        Answer settled = post(settle, auth(finance), "{\"counted\":\"160.50\"}");
        assertEquals(201, settled.status(), settled.body());
        assertEquals("180.50", settled.json().getString("total"));
        assertEquals("160.50", settled.json().getString("counted"));
        assertEquals("-20.00", settled.json().getString("overShort"), "20.00 short");
        assertEquals(
                409, post(settle, auth(finance), "{\"counted\":\"180.50\"}").status(), "once");
        JsonObject shown = get("/api/v1/cash-slips/" + slip, auth(technician)).json();
        assertEquals("-20.00", shown.getString("overShort"), shown.toString());

        // no count given (the body as before): counted = the total, nothing over or short
        cashTaken(department, agent, technician, PASSWORD, "50.00");
        String exact = handIn();
        Answer plain = post("/api/v1/cash-slips/" + exact + "/settlement", auth(finance), "");
        assertEquals(201, plain.status(), plain.body());
        assertEquals("50.00", plain.json().getString("counted"));
        assertEquals("0.00", plain.json().getString("overShort"));

        // one over by 0.30
        cashTaken(department, agent, technician, PASSWORD, "10.00");
        String over = handIn();
        assertEquals(
                "0.30",
                post("/api/v1/cash-slips/" + over + "/settlement", auth(finance), "{\"counted\":\"10.30\"}")
                        .json()
                        .getString("overShort"));

        JsonObject report = daily(null);
        assertFigure(report.getJsonObject("overShort"), "-19.70", "-19.70");
        JsonObject yesterday = get(
                        "/api/v1/billing/reports/daily?department=" + department + "&day=" + today.minusDays(1),
                        auth(finance))
                .json();
        assertEquals("0.00", yesterday.getJsonObject("overShort").getString("day"));
    }

    @Test
    void theQuotaBlockAndABudgetCountAClaimOfNoTicket() throws Exception { // B7 定额, B5
        int year = today.getYear();
        Answer budget =
                send("PUT", "/api/v1/budgets/" + department + "?year=" + year, auth(finance), """
                {"amount":"300.00","manager":"%s"}""".formatted(manager));
        assertEquals(200, budget.status(), budget.body());
        Answer quota =
                send("PUT", "/api/v1/expense-register/quotas/" + department, auth(finance), "{\"amount\":\"1000.00\"}");
        assertEquals(200, quota.status(), quota.body());

        // a claim of the department, of no ticket, approved by the one step
        Answer filed = post("/api/v1/expense-claims", auth(technician), """
                {"department":"%s","lines":[{"category":"OTHER","description":"项目部办公用品","amount":"250.50","receipts":1}]}""".formatted(department));
        assertEquals(201, filed.status(), filed.body());
        long approval = filed.json().getJsonNumber("approvalId").longValue();
        Answer approved =
                post("/api/v1/approvals/" + approval + "/decision", auth(manager), "{\"decision\":\"APPROVE\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(
                "APPROVED",
                get("/api/v1/expense-claims/" + filed.json().getString("number"), auth(technician))
                        .json()
                        .getString("state"));

        // B5: the budget counts it — 250.50 of 300.00 is past 80 %: the manager is warned
        JsonObject b = get("/api/v1/budgets/" + department + "?year=" + year, auth(finance))
                .json();
        assertEquals("250.50", b.getString("spent"), b.toString());
        assertEquals("49.50", b.getString("remaining"), b.toString());
        assertTrue(b.getBoolean("warned"), b.toString());
        Answer notes = get("/api/v1/notifications?size=200", auth(manager));
        assertTrue(
                notes.json().getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(n -> n.getString("messageKey").equals("notification.budgetWarning")
                                && n.getJsonArray("args").getString(0).equals(department)),
                notes.body());

        // the fund quota of a service point of its own: 10 000.00 against its stock of 8 500.00
        String point = StockIT.servicePoint();
        StockIT.receive(point, StockIT.part("900.00"), 10, 10, "850.00");
        setFundQuota(point, "10000.00");

        JsonObject q = daily(point).getJsonObject("quotas");
        assertEquals("1000.00", q.getString("expenseQuota"), q.toString());
        assertFigure(q.getJsonObject("expenseUsed"), "250.50", "250.50");
        assertEquals("749.50", q.getString("expenseRemaining"), q.toString());
        assertEquals("10000.00", q.getString("fundQuota"), q.toString());
        assertEquals("8500.00", q.getString("fundUsed"), q.toString());
        assertEquals("1500.00", q.getString("fundAvailable"), q.toString());

        // a service point without a fund quota: none shown
        JsonObject none = daily(StockIT.servicePoint()).getJsonObject("quotas");
        assertTrue(none.isNull("fundQuota") && none.isNull("fundAvailable"), none.toString());

        // the paper form and the workbook carry the block and the over/short line
        WebSession session = WebSession.login(finance, PASSWORD);
        Map<String, String> fields = Map.of(
                "reportForm:day",
                today.toString(),
                "reportForm:department",
                department,
                "reportForm:servicePoint",
                point,
                "reportForm:pdf",
                "");
        HttpResponse<byte[]> pdf = session.submit("/billing/daily-report.xhtml", "reportForm", fields);
        assertEquals(200, pdf.statusCode());
        String text = ReportText.pdf(pdf.body());
        assertTrue(
                text.contains("长短款")
                        && text.contains("费用定额")
                        && text.contains("749.50")
                        && text.contains("资金定额")
                        && text.contains("1500.00"),
                text);
        Map<String, String> excel = new java.util.LinkedHashMap<>(fields);
        excel.remove("reportForm:pdf");
        excel.put("reportForm:excel", "");
        HttpResponse<byte[]> workbook = session.submit("/billing/daily-report.xhtml", "reportForm", excel);
        assertEquals(200, workbook.statusCode());
        String cells = ReportText.xlsx(workbook.body());
        assertTrue(cells.contains("长短款") && cells.contains("费用定额：结余") && cells.contains("749.5"), cells);
    }

    @Test
    void theCostsAreTheBookedCostsNotTheQuote() { // B5, B7
        String ticket = ticket(department);
        agreedQuote(ticket, agent, PASSWORD); // the quote says materials 100.00, labour 50.00, travel 30.00
        String point = StockIT.servicePoint();
        String part = StockIT.part("900.00");
        StockIT.receive(point, part, 10, 10, "850.00");
        Answer issued = post("/api/v1/stock/issues", admin(), """
                {"servicePoint":"%s","ticketNumber":"%s","lines":[{"partNumber":"%s","qty":1}]}""".formatted(point, ticket, part));
        assertEquals(201, issued.status(), issued.body());
        for (String event : new String[] {
            "{\"type\":\"DISPATCHED\",\"technician\":\"" + technician + "\"}", "{\"type\":\"ARRIVED\"}"
        }) {
            Answer a = post("/api/v1/tickets/" + ticket + "/events", admin(), event);
            assertEquals(201, a.status(), a.body());
        }
        long version = get("/api/v1/tickets/" + ticket, admin())
                .json()
                .getJsonNumber("version")
                .longValue();
        Answer record = send("PUT", "/api/v1/tickets/" + ticket + "/service-record", admin(), """
                {"version":%d,"diagnosis":"压缩机损坏","hours":"1.50"}""".formatted(version));
        assertEquals(200, record.status(), record.body());
        Answer resolved = post("/api/v1/tickets/" + ticket + "/events", admin(), "{\"type\":\"RESOLVED\"}");
        assertEquals(201, resolved.status(), resolved.body());

        JsonObject booked =
                get("/api/v1/tickets/" + ticket + "/costs", auth(finance)).json();
        Map<String, String> lines = booked.getJsonArray("lines").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(l -> l.getString("category"), l -> l.getString("amount")));
        assertEquals("850.00", lines.get("PARTS"), booked.toString());

        JsonObject costs = daily(null).getJsonObject("costs");
        assertEquals(
                java.util.List.of("PARTS", "LABOUR", "TRAVEL_ALLOWANCE", "RENTAL", "FREIGHT"),
                java.util.List.copyOf(costs.keySet()));
        assertFigure(costs.getJsonObject("PARTS"), "850.00", "850.00");
        assertFigure(costs.getJsonObject("LABOUR"), lines.get("LABOUR"), lines.get("LABOUR"));
        assertFigure(costs.getJsonObject("TRAVEL_ALLOWANCE"), "0.00", "0.00");
        assertFigure(daily(null).getJsonObject("costTotal"), booked.getString("total"), booked.getString("total"));
    }

    /** Sets the fund quota of {@code point} on the fund quota screen (its row found by the code). */
    private static void setFundQuota(String point, String amount) {
        WebSession session = WebSession.login("admin", Api.ADMIN_PASSWORD);
        String page = session.get("/billing/fund-quotas.xhtml").body();
        int at = page.indexOf(point + " ");
        assertTrue(at > 0, "the service point is listed");
        Matcher rows = Pattern.compile("quotasForm:quotas:(\\d+):amount").matcher(page);
        String row = null;
        while (rows.find() && rows.start() < at + 2000) {
            if (rows.start() > at) {
                row = rows.group(1);
                break;
            }
        }
        assertTrue(row != null, "its amount field");
        HttpResponse<byte[]> saved = session.submit(
                "/billing/fund-quotas.xhtml",
                "quotasForm",
                Map.of("quotasForm:quotas:" + row + ":amount", amount, "quotasForm:quotas:" + row + ":save", ""));
        assertEquals(200, saved.statusCode());
    }
}
