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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.7 (B6, B7): an expense claim walks its department's two-level chain with a parallel step
 * (both budget officers sign) to APPROVED, finance pays it (PAID, once), its amounts reach the ticket's
 * costs and the department's register against the monthly quota. Issue 13.5 (10.3 缴款单): the cash a
 * technician took on site is handed in on a payment slip; two cashiers settling it at once → one 201,
 * one 409.
 */
class ExpenseClaimsIT {

    static final String PASSWORD = "expense claims it secret";

    static String dept;
    static String handler;
    static String budgetDept;
    static String budgetProject;
    static String manager;
    static String finance;

    @BeforeAll
    static void chain() {
        Random r = new Random();
        dept = "E"
                + r.ints(4, 0, 26)
                        .mapToObj(i -> String.valueOf((char) ('A' + i)))
                        .collect(Collectors.joining());
        handler = createUser("TECHNICIAN", PASSWORD);
        budgetDept = createUser("FINANCE", PASSWORD);
        budgetProject = createUser("FINANCE", PASSWORD);
        manager = createUser("MANAGER", PASSWORD);
        finance = createUser("FINANCE", PASSWORD);
        // B6 按实际发生费用: the department's and the project's budget officers in parallel, then the manager
        Answer put =
                send("PUT", "/api/v1/approval-chains/EXPENSE_CLAIM_ACTUAL?department=" + dept, admin(), """
                {"steps":[{"name":"相关部门预算员、项目部预算员","users":["%s","%s"],"all":true},
                          {"name":"相关部门经理","users":["%s"]}]}""".formatted(
                                budgetDept, budgetProject, manager));
        assertEquals(200, put.status(), put.body());
    }

    @AfterAll
    static void removeChain() {
        send("DELETE", "/api/v1/approval-chains/EXPENSE_CLAIM_ACTUAL?department=" + dept, admin(), null);
    }

    static String ticket() {
        Answer c = post(
                "/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"张三","phone":"139%08d","region":"北京","address":"北京市朝阳区建国路1号"}""".formatted(unique("报销客户"), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, c.status(), c.body());
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"变压器异响"}""".formatted(
                        c.json().getJsonNumber("id").longValue()));
        assertEquals(201, t.status(), t.body());
        return t.json().getString("number");
    }

    private static Answer decide(long id, String user) {
        return post("/api/v1/approvals/" + id + "/decision", basic(user, PASSWORD), "{\"decision\":\"APPROVE\"}");
    }

    private static JsonObject claim(String number) {
        Answer a = get("/api/v1/expense-claims/" + number, basic(handler, PASSWORD));
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static Map<String, String> byTicket(String ticket) {
        Answer a = get("/api/v1/expense-claims/by-ticket/" + ticket, basic(finance, PASSWORD));
        assertEquals(200, a.status(), a.body());
        Map<String, String> out = a.json().getJsonArray("lines").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(l -> l.getString("category"), l -> l.getString("amount")));
        out.put("total", a.json().getString("total"));
        return out;
    }

    @Test
    void anActualCostClaimWalksTheParallelStepToApprovedAndIsPaidOnce() {
        String ticket = ticket();
        String other = ticket();
        Answer noProject = post("/api/v1/expense-claims", basic(handler, PASSWORD), """
                {"type":"ACTUAL_COST","department":"%s","ticketNumbers":["%s"],
                 "lines":[{"category":"TRAVEL_ALLOWANCE","description":"赴现场差旅","amount":"860.00","receipts":3}]}""".formatted(dept, ticket));
        assertEquals(422, noProject.status(), noProject.body());
        assertTrue(noProject.body().contains("\"project\""), noProject.body());
        Answer gold = post("/api/v1/expense-claims", basic(handler, PASSWORD), """
                {"department":"%s","lines":[{"category":"GOLD","description":"x","amount":"1.00"}]}""".formatted(dept));
        assertEquals(422, gold.status(), gold.body());
        assertTrue(gold.body().contains("\"lines[0].category\""), gold.body());
        Answer negative = post("/api/v1/expense-claims", basic(handler, PASSWORD), """
                {"department":"%s","lines":[{"category":"OTHER","description":"y","amount":"-1.00"}]}""".formatted(dept));
        assertEquals(422, negative.status(), negative.body());
        assertTrue(negative.body().contains("\"lines[0].amount\""), negative.body());
        Answer unknown = post("/api/v1/expense-claims", basic(handler, PASSWORD), """
                {"department":"%s","ticketNumbers":["NOPE-1"],"lines":[{"category":"OTHER","description":"y","amount":"1.00"}]}""".formatted(dept));
        assertEquals(422, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("\"ticketNumbers[0]\""), unknown.body());

        Answer filed = post("/api/v1/expense-claims", basic(handler, PASSWORD), """
                {"department":"%s","lines":[{"category":"SITE_COORDINATION","description":"现场协调","amount":"200.00","receipts":1}]}""".formatted(dept));
        assertEquals(201, filed.status(), filed.body());
        long approval = filed.json().getJsonNumber("approvalId").longValue();
        JsonObject request = get("/api/v1/approvals/" + approval, admin()).json();
        assertEquals("EXPENSE_CLAIM", request.getString("kind"));
        assertEquals(4, request.getJsonArray("steps").size(), request.toString());
        assertEquals("预算员", request.getJsonArray("steps").getJsonObject(0).getString("name"));
        Answer reject = post(
                "/api/v1/approvals/" + approval + "/decision",
                basic(finance, PASSWORD),
                "{\"decision\":\"REJECT\",\"reason\":\"无原始票据\"}");
        assertEquals(200, reject.status(), reject.body());
        JsonObject c = claim(filed.json().getString("number"));
        assertEquals("REJECTED", c.getString("state"));
        assertEquals("无原始票据", c.getString("decisionReason"));
    }

    private static final String PNG =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    /** A charge of 280.00 on a paid ticket, its quote accepted. */
    private static String charge(String agent) {
        String ticket = ticket();
        Answer quote = post("/api/v1/tickets/" + ticket + "/quote", basic(agent, PASSWORD), """
                {"materials":"100.00","labour":"50.00","travel":"30.00","tax":"20.00"}""");
        assertEquals(201, quote.status(), quote.body());
        Answer accepted = post(
                "/api/v1/tickets/" + ticket + "/quote/acceptance",
                basic(agent, PASSWORD),
                "{\"method\":\"SIGNATURE\",\"by\":\"张三\",\"signature\":\"%s\"}".formatted(PNG));
        assertEquals(200, accepted.status(), accepted.body());
        Answer charge = post("/api/v1/tickets/" + ticket + "/charge", basic(agent, PASSWORD), "");
        assertEquals(201, charge.status(), charge.body());
        return charge.json().getString("number");
    }

    @Test
    void theTechniciansCashIsHandedInOnASlipThatOneCashierSettles() throws Exception { // 10.3
        String agent = createUser("AGENT", PASSWORD);
        String technician = createUser("TECHNICIAN", PASSWORD);
        String first = charge(agent);
        String second = charge(agent);
        String department = first.substring(0, first.indexOf('-'));
        for (String[] p :
                new String[][] {{first, "CASH", "100.00"}, {first, "WECHAT", "30.00"}, {second, "CASH", "80.50"}}) {
            Answer paid = post(
                    "/api/v1/charges/" + p[0] + "/payments",
                    basic(technician, PASSWORD),
                    "{\"amount\":\"%s\",\"method\":\"%s\"}".formatted(p[2], p[1]));
            assertEquals(201, paid.status(), paid.body());
        }
        Answer unhanded = get("/api/v1/cash-slips/unhanded", basic(technician, PASSWORD));
        assertEquals(200, unhanded.status(), unhanded.body());
        JsonObject mine = unhanded.json().getJsonArray("items").getJsonObject(0);
        assertEquals(department, mine.getString("department"));
        assertEquals(2, mine.getInt("payments"), "cash only");
        assertEquals("180.50", mine.getString("total"));

        String body = "{\"department\":\"%s\",\"cashier\":\"财务收款员\"}".formatted(department);
        Answer made = post("/api/v1/cash-slips", basic(technician, PASSWORD), body);
        assertEquals(201, made.status(), made.body());
        String number = made.json().getString("number");
        assertTrue(number.startsWith(department + "-JK-"), number);
        assertEquals("180.50", made.json().getString("total"));
        assertEquals(technician, made.json().getString("paidInBy"));
        assertEquals(
                409,
                post("/api/v1/cash-slips", basic(technician, PASSWORD), body).status(),
                "nothing left");
        assertEquals(
                0,
                get("/api/v1/cash-slips/unhanded", basic(technician, PASSWORD))
                        .json()
                        .getJsonArray("items")
                        .size());
        assertEquals(
                403,
                post("/api/v1/cash-slips/" + number + "/settlement", basic(technician, PASSWORD), "")
                        .status());

        // two cashiers settle the same slip at the same moment: one 201, one 409
        String cashier1 = createUser("FINANCE", PASSWORD);
        String cashier2 = createUser("FINANCE", PASSWORD);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Answer>> answers = new ArrayList<>();
        for (String cashier : List.of(cashier1, cashier2)) {
            answers.add(pool.submit((Callable<Answer>) () -> {
                start.await();
                return post("/api/v1/cash-slips/" + number + "/settlement", basic(cashier, PASSWORD), "");
            }));
        }
        start.countDown();
        List<Answer> settled = new ArrayList<>();
        for (Future<Answer> f : answers) {
            settled.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, settled.stream().filter(a -> a.status() == 201).count(), settled.toString());
        assertEquals(1, settled.stream().filter(a -> a.status() == 409).count(), settled.toString());
        JsonObject slip =
                get("/api/v1/cash-slips/" + number, basic(finance, PASSWORD)).json();
        assertTrue(List.of(cashier1, cashier2).contains(slip.getString("receivedBy")), slip.toString());
        assertEquals("180.50", slip.getString("total"));
        assertEquals(2, slip.getJsonArray("lines").size());
        Answer pdf = send(
                "GET",
                "/api/v1/cash-slips/" + number + "/pdf",
                basic(technician, PASSWORD),
                null,
                "Accept",
                "application/pdf");
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.body().startsWith("%PDF"));
    }
}
