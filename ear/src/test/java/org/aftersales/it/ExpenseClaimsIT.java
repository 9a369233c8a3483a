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
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.7 (B6, B7): an expense claim walks its department's two-level chain with a parallel step
 * (both budget officers sign) to APPROVED, finance pays it (PAID, once), its amounts reach the ticket's
 * costs and the department's register against the monthly quota.
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
        Answer bad = post("/api/v1/expense-claims", basic(handler, PASSWORD), """
                {"department":"%s","ticketNumbers":["NOPE-1"],
                 "lines":[{"category":"GOLD","description":"x","amount":"1.00"},{"category":"OTHER","description":"y","amount":"-1.00"}]}""".formatted(dept));
        assertEquals(422, bad.status(), bad.body());
        for (String field : new String[] {"lines[0].category", "lines[1].amount"}) {
            assertTrue(bad.body().contains("\"" + field + "\""), field + " in " + bad.body());
        }

        Answer filed =
                post("/api/v1/expense-claims", basic(handler, PASSWORD), """
                {"type":"ACTUAL_COST","department":"%s","project":"BYQ","ticketNumbers":["%s","%s"],
                 "lines":[{"category":"TRAVEL_ALLOWANCE","description":"赴现场差旅","amount":"860.00","receipts":3},
                          {"category":"FREIGHT","description":"返厂运输","amount":"120.51","receipts":1,"ticketNumber":"%s"}]}""".formatted(dept, ticket, other, ticket));
        assertEquals(201, filed.status(), filed.body());
        JsonObject c = filed.json();
        String number = c.getString("number");
        assertTrue(number.matches(dept + "-BX-\\d{2}-\\d{2}-\\d{2,}"), number);
        assertTrue(filed.header("Location").endsWith("/expense-claims/" + number), filed.header("Location"));
        assertEquals("PENDING", c.getString("state"));
        assertEquals("980.51", c.getString("total"));
        assertEquals(4, c.getInt("receipts"));
        assertEquals(handler, c.getString("handler"));
        long approval = c.getJsonNumber("approvalId").longValue();
        assertEquals("0.00", byTicket(ticket).get("total"), "nothing before approval");

        JsonObject request = get("/api/v1/approvals/" + approval, admin()).json();
        assertEquals("EXPENSE_CLAIM_ACTUAL", request.getString("kind"), request.toString());
        assertEquals(number, request.getString("subject"));
        // the parallel step: one budget officer's signature is not enough; the manager waits
        assertEquals(200, decide(approval, budgetDept).status());
        assertEquals("PENDING", claim(number).getString("state"));
        assertEquals(403, decide(approval, manager).status());
        assertEquals(200, decide(approval, budgetProject).status());
        assertEquals("PENDING", claim(number).getString("state"));
        Answer last = decide(approval, manager);
        assertEquals(200, last.status(), last.body());
        JsonObject approved = claim(number);
        assertEquals("APPROVED", approved.getString("state"), approved.toString());

        // finance pays, once; the handler does not pay himself
        assertEquals(
                403,
                post("/api/v1/expense-claims/" + number + "/payment", basic(handler, PASSWORD), "{\"method\":\"BANK\"}")
                        .status());
        Answer paid = post(
                "/api/v1/expense-claims/" + number + "/payment", basic(finance, PASSWORD), "{\"method\":\"BANK\"}");
        assertEquals(200, paid.status(), paid.body());
        assertEquals("PAID", paid.json().getString("state"));
        assertEquals(finance, paid.json().getString("paidBy"));
        assertEquals(
                409,
                post("/api/v1/expense-claims/" + number + "/payment", basic(finance, PASSWORD), "{\"method\":\"BANK\"}")
                        .status());

        // B5: the ticket's own line in full, the shared line in halves
        Map<String, String> costs = byTicket(ticket);
        assertEquals("430.00", costs.get("TRAVEL_ALLOWANCE"), costs.toString());
        assertEquals("120.51", costs.get("FREIGHT"), costs.toString());
        assertEquals("550.51", costs.get("total"));
        assertEquals("430.00", byTicket(other).get("total"));

        // B7: the register against the month's quota
        Answer quota = send(
                "PUT", "/api/v1/expense-register/quotas/" + dept, basic(finance, PASSWORD), "{\"amount\":\"5000.00\"}");
        assertEquals(200, quota.status(), quota.body());
        assertEquals("980.51", quota.json().getString("spent"));
        assertEquals("4019.49", quota.json().getString("remaining"));
        Answer register = get("/api/v1/expense-register", basic(manager, PASSWORD));
        assertEquals(200, register.status(), register.body());
        assertTrue(register.body().contains("\"department\":\"" + dept + "\""), register.body());
        assertEquals(
                403, get("/api/v1/expense-register", basic(handler, PASSWORD)).status());

        Answer mine = get("/api/v1/expense-claims?mine=true", basic(handler, PASSWORD));
        assertTrue(mine.body().contains(number), mine.body());
        Answer payList = get("/api/v1/expense-claims?state=PAID&department=" + dept, basic(finance, PASSWORD));
        assertEquals(1, payList.json().getInt("total"), payList.body());
        assertEquals(
                404,
                get("/api/v1/expense-claims/" + number, basic(createUser("AGENT", PASSWORD), PASSWORD))
                        .status());
    }

    @Test
    void aStandardClaimWalksTheSeededDefaultChain() {
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
}
