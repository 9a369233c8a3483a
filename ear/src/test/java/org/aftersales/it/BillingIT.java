package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: billing against the EAR in Payara — API.md's quote examples (B2), warranty (B3), the
 * quote computed from the ticket's records, the B3 resolution gate (409), a fee schedule that takes
 * effect once approved (B1, FEE_SCHEDULE), a discount through approval (B4, DISCOUNT), the charge
 * with payments (over the balance 422, two at once keep the balance right) and a refund paid out
 * once approved (W6, REFUND), a declined quote.
 */
class BillingIT {

    private static final String PASSWORD = "billing it secret";
    private static final String PNG =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

    static String agent;
    static String finance;
    static String finance2;
    static String manager;
    static String technician;

    @BeforeAll
    static void people() {
        agent = user("AGENT");
        finance = user("FINANCE");
        finance2 = user("FINANCE");
        manager = user("MANAGER");
        technician = user("TECHNICIAN");
    }

    private static String user(String role) {
        String username = unique("b");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"收费测试","password":"%s","roles":["%s"],"region":"北京",
                 "qualifications":["ELECTRICIAN"],"temporaryPassword":false}""".formatted(username, PASSWORD, role));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static String auth(String user) {
        return basic(user, PASSWORD);
    }

    private static long customer() {
        Answer created = post(
                "/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"张三","phone":"139%08d","region":"北京","address":"北京市朝阳区建国路1号"}""".formatted(unique("收费客户"), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A ticket without a product: paid service (entitlement PAID, payer CUSTOMER). */
    private static String paidTicket(String extra) {
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "description":"空调不制冷"%s}""".formatted(customer(), extra == null ? "" : "," + extra));
        assertEquals(201, t.status(), t.body());
        assertEquals("PAID", t.json().getString("entitlement"));
        return t.json().getString("number");
    }

    /** A ticket of a product bought this year with an invoice: in warranty (FREE). */
    private static String freeTicket() {
        long customer = customer();
        String serial = unique("SNB");
        Answer product = post("/api/v1/customers/" + customer + "/products", admin(), """
                {"model":"KFR-35GW","serialNumber":"%s","colour":"白","factoryDate":"2026-01-01","purchaseDate":"2026-02-01",
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(serial));
        assertEquals(201, product.status(), product.body());
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "description":"空调不制冷"}""".formatted(customer, serial));
        assertEquals(201, t.status(), t.body());
        assertEquals("FREE", t.json().getString("entitlement"));
        return t.json().getString("number");
    }

    private static Answer quote(String ticket, String json) {
        return post("/api/v1/tickets/" + ticket + "/quote", auth(agent), json);
    }

    private static final String API_MD_AMOUNTS =
            "{\"materials\":\"100.00\",\"labour\":\"50.00\",\"travel\":\"30.00\",\"tax\":\"20.00\"}";

    private static JsonObject event(String ticket, String json, int expected) {
        Answer answer = post("/api/v1/tickets/" + ticket + "/events", admin(), json);
        assertEquals(expected, answer.status(), answer.body());
        return answer.json();
    }

    private static void onSite(String ticket) {
        event(ticket, "{\"type\":\"DISPATCHED\",\"technician\":\"" + technician + "\"}", 201);
        event(ticket, "{\"type\":\"ARRIVED\"}", 201);
    }

    private static long approval(String requester, String kind, String subject) {
        Answer mine = get("/api/v1/approvals?box=REQUESTED&kind=" + kind + "&size=500", auth(requester));
        assertEquals(200, mine.status(), mine.body());
        return mine.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("subject").equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no approval for " + subject + ": " + mine.body()))
                .getJsonNumber("id")
                .longValue();
    }

    private static void decide(long id, String user, String decision) {
        Answer decided = post(
                "/api/v1/approvals/" + id + "/decision",
                auth(user),
                "{\"decision\":\"%s\",\"reason\":\"测试\"}".formatted(decision));
        assertEquals(200, decided.status(), decided.body());
    }

    private static String acceptedCharge(String ticket) {
        assertEquals(201, quote(ticket, API_MD_AMOUNTS).status());
        Answer accepted = post(
                "/api/v1/tickets/" + ticket + "/quote/acceptance",
                auth(agent),
                "{\"method\":\"SIGNATURE\",\"by\":\"张三\",\"signature\":\"%s\"}".formatted(PNG));
        assertEquals(200, accepted.status(), accepted.body());
        assertTrue(accepted.json().getBoolean("signed"));
        Answer charge = post("/api/v1/tickets/" + ticket + "/charge", auth(agent), "");
        assertEquals(201, charge.status(), charge.body());
        return charge.json().getString("number");
    }

    @Test
    void theQuoteOfApiMdAndOfTheIssueAddUpExactly() { // B2
        String ticket = paidTicket(null);
        Answer first = quote(ticket, API_MD_AMOUNTS);
        assertEquals(201, first.status(), first.body());
        JsonObject q = first.json();
        assertEquals("200.00", q.getString("cost"));
        assertEquals("80.00", q.getString("markup"));
        assertEquals("280.00", q.getString("total"));
        assertEquals("CUSTOMER", q.getString("payer"));
        assertEquals("DRAFT", q.getString("state"));
        assertEquals("280.00", q.getString("customerPays"));
        assertTrue(q.getInt("feeSchedule") >= 1);
        assertFalse(q.getJsonArray("lines").isEmpty());

        JsonObject again = quote(ticket, "{\"materials\":\"123.45\",\"travel\":\"10.00\",\"tax\":\"7.41\"}")
                .json();
        assertEquals("140.86", again.getString("cost"));
        assertEquals("56.34", again.getString("markup"));
        assertEquals("197.20", again.getString("total"));
        assertEquals(
                "197.20",
                get("/api/v1/tickets/" + ticket + "/quote", auth(agent)).json().getString("total"));
    }

    @Test
    void underWarrantyTheCustomerPaysNothingAndTheCostIsRecorded() { // B3
        String ticket = freeTicket();
        JsonObject q = quote(ticket, API_MD_AMOUNTS).json();
        assertEquals("WARRANTY", q.getString("payer"));
        assertEquals("0.00", q.getString("customerPays"));
        assertEquals("200.00", q.getString("cost"));
        onSite(ticket);
        event(ticket, "{\"type\":\"RESOLVED\"}", 201); // B3 holds back paid repairs only
    }

    @Test
    void theQuoteIsComputedFromTheTicketsRecords() { // B1, B2
        String ticket = paidTicket("\"distanceKm\":8");
        assertEquals(8, get("/api/v1/tickets/" + ticket, admin()).json().getInt("distanceKm"));
        String point = StockIT.servicePoint();
        String part = StockIT.part("900.00");
        StockIT.receive(point, part, 10, 10, "850.00");
        Answer issued = post("/api/v1/stock/issues", admin(), """
                {"servicePoint":"%s","ticketNumber":"%s","lines":[{"partNumber":"%s","qty":1}]}""".formatted(point, ticket, part));
        assertEquals(201, issued.status(), issued.body());
        onSite(ticket);
        long version = get("/api/v1/tickets/" + ticket, admin())
                .json()
                .getJsonNumber("version")
                .longValue();
        Answer record = send("PUT", "/api/v1/tickets/" + ticket + "/service-record", admin(), """
                {"version":%d,"diagnosis":"压缩机损坏","hours":"1.50","distanceKm":8}""".formatted(version));
        assertEquals(200, record.status(), record.body());

        Answer computed = quote(ticket, "{}");
        assertEquals(201, computed.status(), computed.body());
        JsonObject q = computed.json();
        assertTrue(q.getBoolean("computed"));
        assertEquals("850.00", q.getString("materials"), "the part at its issue cost");
        assertEquals("120.00", q.getString("labour"), "1.50 h × 80.00 (ONSITE_REPAIR, GENERAL)");
        assertEquals("50.00", q.getString("travel"), "band up to 10 km 20.00 + on-site fee 30.00");
        assertEquals("61.20", q.getString("tax"), "6 % of 1020.00");
        assertEquals("1081.20", q.getString("cost"));
        assertEquals("432.48", q.getString("markup"));
        assertEquals("1513.68", q.getString("total"));
        List<String> categories = q.getJsonArray("lines").stream()
                .map(JsonObject.class::cast)
                .map(l -> l.getString("category"))
                .toList();
        assertEquals(List.of("MATERIALS", "LABOUR", "TRAVEL", "ON_SITE", "TAX", "MARKUP"), categories);
    }

    @Test
    void aPaidRepairIsNotResolvedBeforeTheCustomerAcceptedTheQuote() { // B3
        String ticket = paidTicket(null);
        onSite(ticket);
        Answer refused = post("/api/v1/tickets/" + ticket + "/events", admin(), "{\"type\":\"RESOLVED\"}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertTrue(refused.body().contains(ticket), refused.body());
        assertEquals("ON_SITE", get("/api/v1/tickets/" + ticket, admin()).json().getString("status"));

        assertEquals(201, quote(ticket, API_MD_AMOUNTS).status());
        assertEquals(
                409,
                post("/api/v1/tickets/" + ticket + "/events", admin(), "{\"type\":\"RESOLVED\"}")
                        .status());

        Answer accepted = post(
                "/api/v1/tickets/" + ticket + "/quote/acceptance",
                auth(agent),
                "{\"method\":\"PHONE\",\"by\":\"张三\",\"at\":\"2026-12-01T10:00:00+08:00\"}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("state"));
        assertEquals("PHONE", accepted.json().getString("acceptanceMethod"));
        assertEquals(agent, accepted.json().getString("acceptanceRecordedBy"));
        Answer second = post(
                "/api/v1/tickets/" + ticket + "/quote/acceptance", auth(agent), "{\"method\":\"PHONE\",\"by\":\"张三\"}");
        assertEquals(409, second.status(), second.body());
        assertEquals(409, quote(ticket, API_MD_AMOUNTS).status(), "an accepted quote does not change");

        event(ticket, "{\"type\":\"RESOLVED\"}", 201);
    }

    @Test
    void aCancelledTicketIsNotQuoted() {
        String ticket = paidTicket(null);
        event(ticket, "{\"type\":\"CANCELLED\",\"note\":\"客户取消\"}", 201);
        Answer refused = quote(ticket, API_MD_AMOUNTS);
        assertEquals(409, refused.status(), refused.body());
        assertEquals(
                404, get("/api/v1/tickets/" + ticket + "/quote", auth(agent)).status(), "nothing was made");
    }

    @Test
    void aNewFeeScheduleTakesEffectOnceApproved() { // B1
        Answer list = get("/api/v1/fee-schedules?size=500", auth(agent));
        assertEquals(200, list.status(), list.body());
        int latest = list.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .mapToInt(f -> f.getInt("version"))
                .max()
                .orElseThrow();
        JsonObject first = get("/api/v1/fee-schedules/1", auth(agent)).json();
        assertEquals("APPROVED", first.getString("state"), "version 1 is seeded approved");
        assertEquals("0.40", first.getString("markup").substring(0, 4));

        int version = latest + 1;
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        String body = """
                {"validFrom":"%s","taxRate":"0.06","markup":"0.40","onSiteFee":"30.00","inspectionFee":"30.00",
                 "labourRates":[{"serviceKind":"REPAIR","faultLevel":"GENERAL","perHour":"80.00"},
                                {"serviceKind":"REPAIR","faultLevel":"MAJOR","perHour":"120.00"}],
                 "travelBands":[{"upToKm":10,"fee":"20.00"},{"upToKm":50,"fee":"60.00"},{"upToKm":100,"fee":"100.00"}]}""".formatted(today);
        assertEquals(
                403,
                send("PUT", "/api/v1/fee-schedules/" + version, auth(agent), body)
                        .status());
        Answer put = send("PUT", "/api/v1/fee-schedules/" + version, auth(finance), body);
        assertEquals(200, put.status(), put.body());
        assertEquals("AWAITING_APPROVAL", put.json().getString("state"));
        assertFalse(put.json().getBoolean("inForce"));
        assertEquals(4, put.json().getJsonArray("labourRates").size(), "REPAIR is both repair kinds");

        String ticket = paidTicket(null);
        assertNotEquals(version, quote(ticket, API_MD_AMOUNTS).json().getInt("feeSchedule"), "not yet in force");

        decide(approval(finance, "FEE_SCHEDULE", "FS-" + version), manager, "APPROVE");
        JsonObject approved =
                get("/api/v1/fee-schedules/" + version, auth(agent)).json();
        assertEquals("APPROVED", approved.getString("state"));
        assertTrue(approved.getBoolean("inForce"));
        assertEquals(version, quote(ticket, API_MD_AMOUNTS).json().getInt("feeSchedule"));
        assertEquals(
                409,
                send("PUT", "/api/v1/fee-schedules/" + version, auth(finance), body)
                        .status(),
                "an approved version never changes");
        assertEquals(200, get("/api/v1/fee-schedules/1", auth(agent)).status(), "old versions stay readable");
    }

    @Test
    void aDiscountAboveTheSettingWaitsForItsApproval() { // B4
        String ticket = paidTicket(null);
        Answer small = quote(
                ticket,
                "{\"materials\":\"100.00\",\"labour\":\"50.00\",\"travel\":\"30.00\",\"tax\":\"20.00\",\"discount\":\"20.00\",\"discountReason\":\"老客户\"}");
        assertEquals("DRAFT", small.json().getString("state"), small.body());
        assertEquals("260.00", small.json().getString("customerPays"));

        JsonObject big = quote(
                        ticket,
                        "{\"materials\":\"100.00\",\"labour\":\"50.00\",\"travel\":\"30.00\",\"tax\":\"20.00\",\"discount\":\"60.00\",\"discountReason\":\"重点客户\"}")
                .json();
        assertEquals("AWAITING_APPROVAL", big.getString("state"));
        assertEquals("280.00", big.getString("total"));
        assertEquals("220.00", big.getString("customerPays"));
        Answer early = post(
                "/api/v1/tickets/" + ticket + "/quote/acceptance", auth(agent), "{\"method\":\"PHONE\",\"by\":\"张三\"}");
        assertEquals(409, early.status(), early.body());

        decide(approval(agent, "DISCOUNT", ticket), manager, "APPROVE");
        JsonObject approved =
                get("/api/v1/tickets/" + ticket + "/quote", auth(agent)).json();
        assertEquals("DRAFT", approved.getString("state"));
        assertEquals("220.00", approved.getString("customerPays"));
        assertEquals(
                200,
                post(
                                "/api/v1/tickets/" + ticket + "/quote/acceptance",
                                auth(agent),
                                "{\"method\":\"PHONE\",\"by\":\"张三\"}")
                        .status());

        String other = paidTicket(null);
        quote(
                other,
                "{\"materials\":\"100.00\",\"labour\":\"50.00\",\"travel\":\"30.00\",\"tax\":\"20.00\",\"discount\":\"80.00\",\"discountReason\":\"促销\"}");
        decide(approval(agent, "DISCOUNT", other), manager, "REJECT");
        JsonObject rejected =
                get("/api/v1/tickets/" + other + "/quote", auth(agent)).json();
        assertEquals("DRAFT", rejected.getString("state"));
        assertEquals("0.00", rejected.getString("discount"));
        assertEquals("280.00", rejected.getString("customerPays"));
    }

    @Test
    void paymentsKeepTheBalanceRightAndARefundIsPaidOutOnceApproved() throws Exception { // 10.3, W6
        String ticket = paidTicket(null);
        String number = acceptedCharge(ticket);
        assertTrue(number.contains("-SF-"), number);
        JsonObject charge = get("/api/v1/charges/" + number, auth(finance)).json();
        assertEquals(ticket, charge.getString("ticketNumber"));
        assertEquals("280.00", charge.getString("total"));
        assertEquals("0.00", charge.getString("paid"));
        assertEquals("280.00", charge.getString("balance"));
        assertEquals(
                409,
                post("/api/v1/tickets/" + ticket + "/charge", auth(agent), "").status(),
                "one charge");

        String pay = "/api/v1/charges/" + number + "/payments";
        Answer over = post(pay, auth(finance), "{\"amount\":\"280.01\",\"method\":\"CASH\"}");
        assertEquals(422, over.status(), over.body());
        assertTrue(over.body().contains("\"amount\""), over.body());
        assertEquals(
                422,
                post(pay, auth(finance), "{\"amount\":\"-5.00\",\"method\":\"CASH\"}")
                        .status());
        assertEquals(
                422,
                post(pay, auth(finance), "{\"amount\":\"5.00\",\"method\":\"BITCOIN\"}")
                        .status());
        assertEquals(
                "280.00",
                get("/api/v1/charges/" + number, auth(finance)).json().getString("balance"),
                "nothing changed");

        Answer part = post(pay, auth(finance), "{\"amount\":\"100.00\",\"method\":\"WECHAT\"}");
        assertEquals(201, part.status(), part.body());
        assertEquals("180.00", part.json().getString("balance"));

        // two cashiers take 100.00 each at once on a balance of 180.00: one is paid, the other is over the balance
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> both = new ArrayList<>();
        for (String cashier : List.of(finance, finance2)) {
            both.add(pool.submit(() -> {
                start.await();
                return post(pay, auth(cashier), "{\"amount\":\"100.00\",\"method\":\"CASH\"}")
                        .status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : both) {
            statuses.add(f.get());
        }
        pool.shutdown();
        statuses.sort(null);
        assertEquals(List.of(201, 422), statuses);
        JsonObject paid = get("/api/v1/charges/" + number, auth(finance)).json();
        assertEquals("200.00", paid.getString("paid"));
        assertEquals("80.00", paid.getString("balance"));

        String refunds = "/api/v1/charges/" + number + "/refunds";
        Answer refund = post(refunds, auth(agent), "{\"amount\":\"150.00\",\"reason\":\"三包退款\"}");
        assertEquals(201, refund.status(), refund.body());
        assertEquals(
                "AWAITING_APPROVAL",
                refund.json().getJsonArray("refunds").getJsonObject(0).getString("state"));
        assertEquals("0.00", refund.json().getString("refunded"), "nothing paid out before the approval");
        assertEquals(
                422,
                post(refunds, auth(agent), "{\"amount\":\"50.01\",\"reason\":\"多收\"}")
                        .status());

        long id = approval(agent, "REFUND", number + "/R1");
        decide(id, manager, "APPROVE");
        assertEquals(
                "0.00",
                get("/api/v1/charges/" + number, auth(finance)).json().getString("refunded"),
                "finance still to sign");
        decide(id, finance, "APPROVE");
        JsonObject after = get("/api/v1/charges/" + number, auth(finance)).json();
        assertEquals("150.00", after.getString("refunded"));
        assertEquals("PAID", after.getJsonArray("refunds").getJsonObject(0).getString("state"));
        JsonObject last = after.getJsonArray("payments")
                .getJsonObject(after.getJsonArray("payments").size() - 1);
        assertEquals("-150.00", last.getString("amount"));
    }

    @Test
    void aDeclinedQuoteCancelsTheTicketAndLeavesTheInspectionFee() { // B3
        String ticket = paidTicket(null);
        assertEquals(201, quote(ticket, API_MD_AMOUNTS).status());
        Answer declined =
                post("/api/v1/tickets/" + ticket + "/quote/declination", auth(agent), "{\"reason\":\"太贵，不修了\"}");
        assertEquals(200, declined.status(), declined.body());
        assertEquals("DECLINED", declined.json().getString("state"));
        assertEquals("30.00", declined.json().getString("customerPays"));
        assertEquals(
                "CANCELLED", get("/api/v1/tickets/" + ticket, admin()).json().getString("status"));
        Answer charge = post("/api/v1/tickets/" + ticket + "/charge", auth(agent), "");
        assertEquals(201, charge.status(), charge.body());
        assertEquals("30.00", charge.json().getString("total"));
    }
}
