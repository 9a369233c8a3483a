package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13 (billing rules) against the EAR in Payara: the product-model catalogue and the models in
 * use outside it (C3, B5); an exclusion found on site that makes the repair paid and a goodwill
 * exception that undoes it (W4, WARRANTY_EXCEPTION); a 三包 refund through the REFUND approval (W6);
 * a discount policy on a quote, traced on the charge with the approver of an ad-hoc discount (B4).
 */
class BillingRulesIT {

    private static final String PASSWORD = "billing rules it secret";
    private static final String PNG =
            "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";
    private static final String API_MD_AMOUNTS =
            "{\"materials\":\"100.00\",\"labour\":\"50.00\",\"travel\":\"30.00\",\"tax\":\"20.00\"";

    static String agent;
    static String finance;
    static String manager;
    static String manager2;
    static String technician;
    static String quality;

    @BeforeAll
    static void people() {
        agent = user("AGENT");
        finance = user("FINANCE");
        manager = user("MANAGER");
        manager2 = user("MANAGER");
        technician = user("TECHNICIAN");
        quality = user("QUALITY");
    }

    private static String user(String role) {
        String username = unique("r");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"规则测试","password":"%s","roles":["%s"],"region":"北京",
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
                {"name":"%s","type":"HOUSEHOLD","contact":"张三","phone":"138%08d","region":"北京","address":"北京市朝阳区建国路2号"}""".formatted(unique("规则客户"), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String product(long customer, String model) {
        String serial = unique("SNR");
        Answer product = post("/api/v1/customers/" + customer + "/products", admin(), """
                {"model":"%s","serialNumber":"%s","colour":"白","factoryDate":"2026-01-01","purchaseDate":"2026-02-01",
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(model, serial));
        assertEquals(201, product.status(), product.body());
        return serial;
    }

    /** A ticket of a product in warranty (FREE), dispatched to the technician who is on site. */
    private static String freeTicketOnSite() {
        long customer = customer();
        String serial = product(customer, "KFR-35GW");
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "description":"空调不制冷"}""".formatted(customer, serial));
        assertEquals(201, t.status(), t.body());
        assertEquals("FREE", t.json().getString("entitlement"));
        String number = t.json().getString("number");
        event(number, "{\"type\":\"DISPATCHED\",\"technician\":\"" + technician + "\"}");
        event(number, "{\"type\":\"ARRIVED\"}");
        return number;
    }

    /** A ticket without a product: paid service. */
    private static String paidTicket() {
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "description":"空调不制冷"}""".formatted(customer()));
        assertEquals(201, t.status(), t.body());
        return t.json().getString("number");
    }

    private static void event(String ticket, String json) {
        Answer answer = post("/api/v1/tickets/" + ticket + "/events", admin(), json);
        assertEquals(201, answer.status(), answer.body());
    }

    private static Answer quote(String ticket, String extra) {
        return post("/api/v1/tickets/" + ticket + "/quote", auth(agent), API_MD_AMOUNTS + extra + "}");
    }

    private static String acceptAndCharge(String ticket) {
        Answer accepted = post(
                "/api/v1/tickets/" + ticket + "/quote/acceptance",
                auth(agent),
                "{\"method\":\"SIGNATURE\",\"by\":\"张三\",\"signature\":\"%s\"}".formatted(PNG));
        assertEquals(200, accepted.status(), accepted.body());
        Answer charge = post("/api/v1/tickets/" + ticket + "/charge", auth(agent), "");
        assertEquals(201, charge.status(), charge.body());
        return charge.json().getString("number");
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

    @Test
    void theCatalogueKnowsOriginAndSupplierAndListsTheModelsInUseOutsideIt() { // C3, B5
        String model = unique("KFR-T");
        long customer = customer();
        product(customer, model); // an unknown model still registers
        product(customer, model);
        Answer unknown = get("/api/v1/product-models/unknown", auth(agent));
        assertEquals(200, unknown.status(), unknown.body());
        JsonObject listed = unknown.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("model").equals(model))
                .findFirst()
                .orElseThrow(() -> new AssertionError(model + " not listed: " + unknown.body()));
        assertEquals(2, listed.getInt("products"));
        assertEquals(404, get("/api/v1/product-models/" + model, auth(agent)).status());

        String path = "/api/v1/product-models/" + model;
        assertEquals(
                403,
                send("PUT", path, auth(agent), "{\"name\":\"分体挂壁式空调\",\"origin\":\"IN_HOUSE\"}")
                        .status());
        Answer noSupplier = send("PUT", path, auth(quality), "{\"name\":\"分体挂壁式空调\",\"origin\":\"BOUGHT_IN\"}");
        assertEquals(422, noSupplier.status(), noSupplier.body());
        assertTrue(noSupplier.body().contains("supplier"), noSupplier.body());
        assertEquals(
                422,
                send("PUT", path, auth(quality), "{\"name\":\"x\",\"origin\":\"ELSEWHERE\"}")
                        .status());

        Answer put = send(
                "PUT", path, auth(quality), "{\"name\":\"分体挂壁式空调\",\"origin\":\"BOUGHT_IN\",\"supplier\":\"某某电器厂\"}");
        assertEquals(200, put.status(), put.body());
        assertEquals("BOUGHT_IN", put.json().getString("origin"));
        assertEquals("某某电器厂", put.json().getString("supplier"));
        JsonObject read = get(path, auth(agent)).json();
        assertEquals("分体挂壁式空调", read.getString("name"));
        assertTrue(read.isNull("category"));
        assertFalse(
                get("/api/v1/product-models/unknown", auth(agent)).body().contains("\"" + model + "\""), "known now");
        Answer changed = send("PUT", path, auth(manager), "{\"name\":\"分体挂壁式空调\",\"origin\":\"IN_HOUSE\"}");
        assertEquals(200, changed.status(), changed.body());
        assertTrue(changed.json().isNull("supplier"));
    }

    @Test
    void anExclusionFoundOnSiteMakesItPaidAndAGoodwillExceptionUndoesIt() { // W4, B3
        String ticket = freeTicketOnSite();
        String path = "/api/v1/tickets/" + ticket + "/exclusions";
        assertEquals("WARRANTY", quote(ticket, "").json().getString("payer"), "before the visit: in warranty");

        Answer bare = post(path, auth(technician), "{\"exclusion\":\"MISUSE\"}");
        assertEquals(422, bare.status(), "a note or a photo: " + bare.body());
        assertEquals(
                422,
                post(path, auth(technician), "{\"exclusion\":\"BAD_LUCK\",\"note\":\"x\"}")
                        .status());
        String other = user("TECHNICIAN");
        assertEquals(
                403,
                post(path, auth(other), "{\"exclusion\":\"MISUSE\",\"note\":\"x\"}")
                        .status(),
                "not the ticket's technician");

        Answer found = post(path, auth(technician), """
                {"exclusion":"MISUSE","note":"用户自行拆机加注制冷剂","photo":"%s"}""".formatted(PNG));
        assertEquals(201, found.status(), found.body());
        assertEquals("PAID", found.json().getString("entitlement"));
        assertTrue(found.json().getString("entitlementReason").contains("使用不当"), found.body());
        JsonObject exclusion = found.json().getJsonArray("exclusions").getJsonObject(0);
        assertTrue(exclusion.getBoolean("photo"));
        assertEquals("NONE", exclusion.getString("goodwill"));
        long id = exclusion.getJsonNumber("id").longValue();
        assertEquals(200, get(path + "/" + id + "/photo", auth(agent)).status());
        assertEquals("PAID", get("/api/v1/tickets/" + ticket, admin()).json().getString("entitlement"));

        JsonObject paid = quote(ticket, "").json(); // made after the re-assessment: the new payer, with why
        assertEquals("CUSTOMER", paid.getString("payer"));
        assertEquals("280.00", paid.getString("customerPays"));
        assertTrue(paid.getString("payerReason").contains("使用不当"), paid.toString());

        assertEquals(
                422,
                post(path + "/" + id + "/goodwill", auth(technician), "{\"reason\":\" \"}")
                        .status());
        Answer asked = post(path + "/" + id + "/goodwill", auth(technician), "{\"reason\":\"老客户，初次使用不熟悉\"}");
        assertEquals(200, asked.status(), asked.body());
        assertEquals(
                "REQUESTED",
                asked.json().getJsonArray("exclusions").getJsonObject(0).getString("goodwill"));
        assertEquals(
                409,
                post(path + "/" + id + "/goodwill", auth(technician), "{\"reason\":\"再次\"}")
                        .status(),
                "one request at a time");
        assertEquals("PAID", asked.json().getString("entitlement"), "not before the approval");

        decide(approval(technician, "WARRANTY_EXCEPTION", ticket + "/E" + id), manager, "APPROVE");
        JsonObject after = get(path, auth(agent)).json();
        assertEquals("FREE", after.getString("entitlement"));
        assertEquals(
                "GRANTED", after.getJsonArray("exclusions").getJsonObject(0).getString("goodwill"));
        assertTrue(after.getString("entitlementReason").contains("特批"), after.toString());
        JsonObject free = quote(ticket, "").json();
        assertEquals("WARRANTY", free.getString("payer"));
        assertEquals("0.00", free.getString("customerPays"));
    }

    @Test
    void aRejectedGoodwillExceptionLeavesTheRepairPaid() { // W4
        String ticket = freeTicketOnSite();
        String path = "/api/v1/tickets/" + ticket + "/exclusions";
        Answer found = post(path, auth(technician), "{\"exclusion\":\"ABNORMAL_SUPPLY\",\"note\":\"电源线私接，电压 260 V\"}");
        assertEquals(201, found.status(), found.body());
        long id = found.json()
                .getJsonArray("exclusions")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                200,
                post(path + "/" + id + "/goodwill", auth(agent), "{\"reason\":\"客户投诉\"}")
                        .status());
        decide(approval(agent, "WARRANTY_EXCEPTION", ticket + "/E" + id), manager, "REJECT");
        JsonObject after = get(path, auth(agent)).json();
        assertEquals("PAID", after.getString("entitlement"));
        assertEquals(
                "REFUSED", after.getJsonArray("exclusions").getJsonObject(0).getString("goodwill"));
    }

    @Test
    void aThreeGuaranteesRefundGoesThroughTheRefundApproval() { // W6
        String ticket = paidTicket();
        assertEquals(201, quote(ticket, "").status());
        String charge = acceptAndCharge(ticket);
        Answer pay = post(
                "/api/v1/charges/" + charge + "/payments",
                auth(finance),
                "{\"amount\":\"280.00\",\"method\":\"CASH\"}");
        assertEquals(201, pay.status(), pay.body());

        String path = "/api/v1/tickets/" + ticket + "/guarantee-decisions";
        assertEquals(
                403,
                post(path, auth(technician), "{\"remedy\":\"REPAIR\",\"reason\":\"再修一次\"}")
                        .status());
        assertEquals(422, post(path, auth(manager), "{\"remedy\":\"REPAIR\"}").status());
        Answer repair = post(path, auth(manager), "{\"remedy\":\"REPAIR\",\"reason\":\"压缩机异响，再修一次\"}");
        assertEquals(201, repair.status(), repair.body());
        Answer refund = post(path, auth(manager), "{\"remedy\":\"REFUND\",\"reason\":\"两次修理仍不能正常使用\"}");
        assertEquals(201, refund.status(), refund.body());
        JsonObject decision = refund.json().getJsonArray("items").getJsonObject(1);
        assertEquals("REFUND", decision.getString("remedy"));
        assertEquals(manager, decision.getString("approvedBy"));
        assertEquals(charge + "/R1", decision.getString("refundSubject"));
        assertEquals(
                409,
                post(path, auth(manager), "{\"remedy\":\"REPAIR\",\"reason\":\"回到修理\"}")
                        .status(),
                "never back");
        assertEquals(
                "0.00",
                get("/api/v1/charges/" + charge, auth(finance)).json().getString("refunded"),
                "nothing paid before the approval");

        long id = approval(manager, "REFUND", charge + "/R1");
        decide(id, manager2, "APPROVE");
        decide(id, finance, "APPROVE");
        JsonObject after = get("/api/v1/charges/" + charge, auth(finance)).json();
        assertEquals("280.00", after.getString("refunded"));
        assertEquals(2, get(path, auth(agent)).json().getInt("total"));
    }

    @Test
    void aDiscountPolicyOnAQuoteIsTracedOnTheCharge() { // B4
        String code = unique("SEN");
        String path = "/api/v1/discount-policies/" + code;
        String body = "{\"name\":\"老年人优惠\",\"kind\":\"SENIOR\",\"percent\":\"10.00\"}";
        assertEquals(403, send("PUT", path, auth(agent), body).status());
        assertEquals(
                422,
                send(
                                "PUT",
                                path,
                                auth(finance),
                                "{\"name\":\"x\",\"kind\":\"SENIOR\",\"percent\":\"10\",\"amount\":\"5\"}")
                        .status());
        Answer put = send("PUT", path, auth(finance), body);
        assertEquals(200, put.status(), put.body());
        assertTrue(put.json().getBoolean("inForce"));

        String ticket = paidTicket();
        Answer unknown = quote(ticket, ",\"policy\":\"NO-SUCH\"");
        assertEquals(422, unknown.status(), unknown.body());
        Answer q = quote(ticket, ",\"policy\":\"" + code + "\"");
        assertEquals(201, q.status(), q.body());
        assertEquals("280.00", q.json().getString("total"));
        assertEquals("28.00", q.json().getString("discount"));
        assertEquals("252.00", q.json().getString("customerPays"));
        assertEquals("DRAFT", q.json().getString("state"), "a policy needs no approval");
        assertEquals(code, q.json().getString("policy"));
        assertEquals("老年人优惠", q.json().getString("policyReason"));
        assertTrue(q.body().contains("\"POLICY\""), q.body());
        String charge = acceptAndCharge(ticket);
        JsonObject c = get("/api/v1/charges/" + charge, auth(finance)).json();
        assertEquals("252.00", c.getString("total"));
        assertEquals(code, c.getString("policy"));

        // a promotion that ended cannot be applied
        String ended = unique("PRO");
        assertEquals(
                200,
                send("PUT", "/api/v1/discount-policies/" + ended, auth(manager), """
                {"name":"国庆促销","kind":"PROMOTION","amount":"30.00","validFrom":"2020-10-01","validUntil":"2020-10-07"}""")
                        .status());
        assertEquals(409, quote(paidTicket(), ",\"policy\":\"" + ended + "\"").status());

        // an ad-hoc discount beside the policy waits for approval; the charge names the approver
        String second = paidTicket();
        Answer both = quote(second, ",\"policy\":\"" + code + "\",\"discount\":\"60.00\",\"discountReason\":\"老客户\"");
        assertEquals(201, both.status(), both.body());
        assertEquals("AWAITING_APPROVAL", both.json().getString("state"));
        assertEquals("88.00", both.json().getString("discount"));
        decide(approval(agent, "DISCOUNT", second), manager, "APPROVE");
        JsonObject approved =
                get("/api/v1/tickets/" + second + "/quote", auth(agent)).json();
        assertEquals("DRAFT", approved.getString("state"));
        assertEquals(manager, approved.getString("discountApprovedBy"));
        String secondCharge = acceptAndCharge(second);
        JsonObject traced =
                get("/api/v1/charges/" + secondCharge, auth(finance)).json();
        assertEquals("192.00", traced.getString("total"));
        assertEquals(code, traced.getString("policy"));
        assertEquals(manager, traced.getString("discountApprovedBy"));
    }
}
