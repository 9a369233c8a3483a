package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.createUser;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.StockIT.part;
import static org.aftersales.it.StockIT.receive;
import static org.aftersales.it.StockIT.servicePoint;
import static org.aftersales.it.StockIT.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.it.Api.Answer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12: the approvals contract (API.md, "Approvals") against the EAR in Payara, on the stock-take's
 * adjustments (P6, kind STOCK_ADJUSTMENT): a chain with parallel signatures, a role step and a step
 * from an amount upward; 403 for who does not decide the step or decides their own; 409 for a step
 * decided meanwhile (two managers at the same moment: one counts); 422 for a rejection without a
 * reason; delegation; withdrawal; the subject takes effect with the last decision.
 */
class ApprovalsIT {

    private static final String PASSWORD = "approvals it secret";
    /** The department of the warehouse's documents (setting service.default-department). */
    private static final String DEPT = "YX";

    static String budget1;
    static String budget2;
    static String manager1;
    static String manager2;
    static String keeper;
    static String agent;

    @BeforeAll
    static void chain() {
        budget1 = createUser("FINANCE", PASSWORD);
        budget2 = createUser("FINANCE", PASSWORD);
        manager1 = createUser("MANAGER", PASSWORD);
        manager2 = createUser("MANAGER", PASSWORD);
        keeper = createUser("WAREHOUSE", PASSWORD);
        agent = createUser("AGENT", PASSWORD);
        // the department's own chain: both budget officers sign, then a manager, then — from
        // 100 000.00 only — the general manager (here: manager2 by name)
        Answer put = send("PUT", "/api/v1/approval-chains/STOCK_ADJUSTMENT?department=" + DEPT, admin(), """
                {"steps":[{"name":"预算员","users":["%s","%s"],"all":true},
                          {"name":"部门经理","roles":["MANAGER"]},
                          {"name":"总经理或授权人","users":["%s"],"minAmount":"100000.00"}]}""".formatted(
                        budget1, budget2, manager2));
        assertEquals(200, put.status(), put.body());
        assertEquals(3, put.json().getJsonArray("steps").size());
        assertEquals(
                "100000.00", put.json().getJsonArray("steps").getJsonObject(2).getString("minAmount"));
    }

    @AfterAll
    static void backToTheDefault() {
        Answer removed = send("DELETE", "/api/v1/approval-chains/STOCK_ADJUSTMENT?department=" + DEPT, admin(), null);
        assertEquals(204, removed.status(), removed.body());
    }

    /** A submitted stock-take of a new service point with a loss of 2 (at 50.00): its approval's id. */
    private static long submittedStockTake(String submitter, String[] pointAndPart) {
        String point = servicePoint(keeper);
        String p = part("50.00");
        receive(point, p, 10, 10, "40.00");
        Answer started =
                post("/api/v1/stock-takes", basic(submitter, PASSWORD), "{\"servicePoint\":\"%s\"}".formatted(point));
        assertEquals(201, started.status(), started.body());
        long take = started.json().getJsonNumber("id").longValue();
        Answer counted = send(
                "PUT",
                "/api/v1/stock-takes/" + take + "/counts",
                basic(submitter, PASSWORD),
                "{\"counts\":[{\"partNumber\":\"%s\",\"counted\":8}]}".formatted(p));
        assertEquals(200, counted.status(), counted.body());
        Answer submitted = post("/api/v1/stock-takes/" + take + "/submission", basic(submitter, PASSWORD), "");
        assertEquals(200, submitted.status(), submitted.body());
        pointAndPart[0] = point;
        pointAndPart[1] = p;
        pointAndPart[2] = String.valueOf(take);
        String number = submitted.json().getString("number");
        Answer mine = get("/api/v1/approvals?box=REQUESTED&kind=STOCK_ADJUSTMENT&size=100", basic(submitter, PASSWORD));
        assertEquals(200, mine.status(), mine.body());
        return mine.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("subject").equals(number))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no approval for " + number + ": " + mine.body()))
                .getJsonNumber("id")
                .longValue();
    }

    private static Answer decide(long id, String user, String decision, String reason) {
        return post(
                "/api/v1/approvals/" + id + "/decision",
                basic(user, PASSWORD),
                reason == null
                        ? "{\"decision\":\"%s\"}".formatted(decision)
                        : "{\"decision\":\"%s\",\"reason\":\"%s\"}".formatted(decision, reason));
    }

    private static List<String> stepStates(long id) {
        Answer a = get("/api/v1/approvals/" + id, admin());
        assertEquals(200, a.status(), a.body());
        return a.json().getJsonArray("steps").stream()
                .map(JsonObject.class::cast)
                .map(s -> s.getString("state"))
                .toList();
    }

    @Test
    void theChainIsWalkedInOrderAndTheLastApprovalPostsTheAdjustments() throws Exception {
        String[] pp = new String[3];
        long id = submittedStockTake(keeper, pp);
        assertEquals(List.of("PENDING", "WAITING", "SKIPPED"), stepStates(id), "100.00 is below the third step");

        // the budget officer sees it waiting for them, with the amount and the step
        Answer inbox = get("/api/v1/approvals?mine=true&state=PENDING&size=100", basic(budget1, PASSWORD));
        assertEquals(200, inbox.status(), inbox.body());
        JsonObject item = inbox.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getJsonNumber("id").longValue() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError(inbox.body()));
        assertEquals("100.00", item.getString("amount"), "a loss of 2 at 50.00");
        assertEquals("预算员", item.getString("currentStep"));
        assertEquals("STOCK_ADJUSTMENT", item.getString("kind"));
        assertEquals(keeper, item.getString("requestedBy"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/notifications?size=100", basic(budget1, PASSWORD))
                        .body()
                        .contains(item.getString("subject")));

        // a manager does not decide the budget officers' step; an agent does not even see it
        assertEquals(403, decide(id, manager1, "APPROVE", null).status());
        assertEquals(404, get("/api/v1/approvals/" + id, basic(agent, PASSWORD)).status());
        // a rejection needs its reason
        Answer noReason = decide(id, budget1, "REJECT", null);
        assertEquals(422, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("\"reason\""), noReason.body());

        // both budget officers sign (all); the same one twice is a conflict
        assertEquals(200, decide(id, budget1, "APPROVE", null).status());
        assertEquals(List.of("PENDING", "WAITING", "SKIPPED"), stepStates(id), "the second signature is missing");
        assertEquals(409, decide(id, budget1, "APPROVE", null).status());
        assertEquals(200, decide(id, budget2, "APPROVE", null).status());
        assertEquals(List.of("DONE", "PENDING", "SKIPPED"), stepStates(id));
        assertEquals(10, stock(pp[0], pp[1]).getInt("onHand"), "nothing posted before the last approval");

        // two managers press approve at the same moment: exactly one decision counts
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> both = List.of(manager1, manager2).stream()
                    .map(m -> (Callable<Integer>) () -> {
                        start.await();
                        return decide(id, m, "APPROVE", null).status();
                    })
                    .toList();
            List<Future<Integer>> answers = both.stream().map(pool::submit).toList();
            start.countDown();
            List<Integer> statuses =
                    List.of(answers.get(0).get(), answers.get(1).get());
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }

        Answer done = get("/api/v1/approvals/" + id, basic(keeper, PASSWORD));
        assertEquals("APPROVED", done.json().getString("state"), done.body());
        assertEquals(List.of("DONE", "DONE", "SKIPPED"), stepStates(id));
        List<JsonObject> decisions = done.json().getJsonArray("steps").stream()
                .map(JsonObject.class::cast)
                .flatMap(s -> s.getJsonArray("decisions").stream().map(JsonObject.class::cast))
                .toList();
        assertEquals(3, decisions.size(), "two signatures and one manager's, the loser's is not there");
        assertEquals(
                List.of(budget1, budget2),
                decisions.subList(0, 2).stream().map(d -> d.getString("by")).toList());
        assertEquals(
                "APPROVED", get("/api/v1/stock-takes/" + pp[2], admin()).json().getString("status"));
        assertEquals(8, stock(pp[0], pp[1]).getInt("onHand"), "the loss of 2 is posted with the last approval");
        assertEquals(409, decide(id, budget1, "REJECT", "晚了").status(), "an ended request takes no decision");
    }

    @Test
    void nobodyApprovesTheirOwnRequestAndARejectionSendsTheStockTakeBackToCounting() {
        String[] pp = new String[3];
        long id = submittedStockTake(manager1, pp); // a manager submits this time
        assertEquals(200, decide(id, budget1, "APPROVE", null).status());
        assertEquals(200, decide(id, budget2, "APPROVE", null).status());
        Answer own = decide(id, manager1, "APPROVE", null);
        assertEquals(403, own.status(), own.body());
        assertEquals(
                409,
                post("/api/v1/stock-takes/" + pp[2] + "/approval", basic(manager1, PASSWORD), "")
                        .status(),
                "the stock-take's own endpoint keeps its four-eyes answer");
        Answer rejected = decide(id, manager2, "REJECT", "请复盘");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", rejected.json().getString("state"));
        JsonObject take = get("/api/v1/stock-takes/" + pp[2], admin()).json();
        assertEquals("COUNTING", take.getString("status"));
        assertEquals("请复盘", take.getString("reason"));
        assertEquals(10, stock(pp[0], pp[1]).getInt("onHand"), "nothing posted");
    }

    @Test
    void aDelegateDecidesInTheDelegatorsPlaceAndTheRequesterMayWithdraw() {
        String delegator = createUser("MANAGER", PASSWORD);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        // only the delegator (or an administrator) hands over their approvals
        Answer notYours = post("/api/v1/delegations", basic(agent, PASSWORD), """
                {"from":"%s","to":"%s","validFrom":"%s","validUntil":"%s"}""".formatted(
                        delegator, agent, today, today.plusDays(3)));
        assertEquals(403, notYours.status(), notYours.body());
        Answer self = post("/api/v1/delegations", basic(delegator, PASSWORD), """
                {"from":"%s","to":"%s","validFrom":"%s","validUntil":"%s"}""".formatted(
                        delegator, delegator, today, today.plusDays(3)));
        assertEquals(422, self.status(), self.body());
        Answer delegated = post("/api/v1/delegations", basic(delegator, PASSWORD), """
                {"from":"%s","to":"%s","validFrom":"%s","validUntil":"%s"}""".formatted(
                        delegator, agent, today.minusDays(1), today.plusDays(3)));
        assertEquals(201, delegated.status(), delegated.body());

        String[] pp = new String[3];
        long id = submittedStockTake(keeper, pp);
        assertEquals(200, decide(id, budget1, "APPROVE", null).status());
        assertEquals(200, decide(id, budget2, "APPROVE", null).status());
        // the agent holds no manager role, but stands in for one today
        Answer waiting = get("/api/v1/approvals?mine=true&size=100", basic(agent, PASSWORD));
        assertTrue(
                waiting.json().getJsonArray("items").stream()
                        .map(JsonObject.class::cast)
                        .anyMatch(i -> i.getJsonNumber("id").longValue() == id),
                waiting.body());
        Answer approved = decide(id, agent, "APPROVE", null);
        assertEquals(200, approved.status(), approved.body());
        JsonObject decision = approved.json()
                .getJsonArray("steps")
                .getJsonObject(1)
                .getJsonArray("decisions")
                .getJsonObject(0);
        assertEquals(agent, decision.getString("by"));
        assertEquals(delegator, decision.getString("onBehalfOf"), "both names are kept");

        // revoked: the agent no longer decides
        long delegation = delegated.json().getJsonNumber("id").longValue();
        assertEquals(
                200,
                post("/api/v1/delegations/" + delegation + "/revocation", basic(delegator, PASSWORD), "")
                        .status());

        // 撤回: only the requester; the stock-take goes back to counting
        String[] again = new String[3];
        long second = submittedStockTake(keeper, again);
        assertEquals(
                403,
                post("/api/v1/approvals/" + second + "/withdrawal", basic(budget1, PASSWORD), "{}")
                        .status());
        Answer withdrawn =
                post("/api/v1/approvals/" + second + "/withdrawal", basic(keeper, PASSWORD), "{\"reason\":\"数错了\"}");
        assertEquals(200, withdrawn.status(), withdrawn.body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("state"));
        assertFalse(withdrawn.json().getBoolean("mayWithdraw"));
        assertEquals(
                "COUNTING",
                get("/api/v1/stock-takes/" + again[2], admin()).json().getString("status"));
        assertEquals(409, decide(second, budget1, "APPROVE", null).status());
    }

    @Test
    void aBrokenChainIsRefusedFieldByFieldAndChangesNothing() {
        Answer oneForAll = send("PUT", "/api/v1/approval-chains/REFUND?department=ZZ", admin(), """
                {"steps":[{"name":"会签","users":["%s"],"all":true}]}""".formatted(budget1));
        assertEquals(422, oneForAll.status(), oneForAll.body());
        assertTrue(oneForAll.body().contains("steps[0].all"), oneForAll.body());
        Answer unknown = send("PUT", "/api/v1/approval-chains/REFUND?department=ZZ", admin(), """
                {"steps":[{"name":"财务","users":["nobody-such-user"]}]}""");
        assertEquals(422, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("steps[0].users"), unknown.body());
        Answer quorum =
                send("PUT", "/api/v1/approval-chains/REFUND?department=ZZ", admin(), """
                {"steps":[{"name":"会签","users":["%s","%s"],"quorum":3}]}""".formatted(budget1, budget2));
        assertEquals(422, quorum.status(), quorum.body());
        assertEquals(
                404,
                get("/api/v1/approval-chains/REFUND?department=ZZ", admin()).status(),
                "nothing stored");
        assertEquals(
                403,
                send("PUT", "/api/v1/approval-chains/REFUND", basic(manager1, PASSWORD), "{\"steps\":[]}")
                        .status(),
                "chains are the administrator's");
        assertEquals(200, get("/api/v1/approval-chains/REFUND", admin()).status(), "the seeded default");
    }
}
