package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, follow-up of points 3, 6 and 7: the customer is told by e-mail, in Chinese and with the
 * reason, when an exclusion found on site makes the repair paid, and the ticket records when (W4); a
 * 三包 replacement issues the new unit from stock to the ticket on the manager's decision (W6); a
 * rejected expense claim is corrected and resubmitted by its handler under the same number, walks
 * its chain again and prints on its own form (B6).
 */
class BillingFollowUpIT {

    private static final String PASSWORD = "billing follow-up it secret";
    private static final int SMTP_PORT = Integer.getInteger("it.smtp.port", 25025);

    static String technician;
    static String manager;
    static String handler;
    static String approver;
    static String dept;

    @BeforeAll
    static void people() {
        technician = user("TECHNICIAN", "周技师");
        manager = user("MANAGER", "吴经理");
        handler = user("TECHNICIAN", "郑经办");
        approver = user("MANAGER", "孙审批");
        Random r = new Random();
        dept = "F"
                + r.ints(4, 0, 26)
                        .mapToObj(i -> String.valueOf((char) ('A' + i)))
                        .collect(Collectors.joining());
        Answer chain = send(
                "PUT", "/api/v1/approval-chains/EXPENSE_CLAIM?department=" + dept, admin(), """
                {"steps":[{"name":"部门经理","users":["%s"]}]}""".formatted(approver));
        assertEquals(200, chain.status(), chain.body());
    }

    @AfterAll
    static void removeChain() {
        send("DELETE", "/api/v1/approval-chains/EXPENSE_CLAIM?department=" + dept, admin(), null);
    }

    private static String user(String role, String name) {
        String username = unique("f");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"%s","password":"%s","roles":["%s"],"region":"北京",
                 "qualifications":["ELECTRICIAN"],"temporaryPassword":false}""".formatted(username, name, PASSWORD, role));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static String auth(String user) {
        return basic(user, PASSWORD);
    }

    private static long customer(String email) {
        Answer created = post("/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"张三","phone":"137%08d","email":%s,"region":"北京","address":"北京市朝阳区建国路3号"}""".formatted(
                unique("告知客户"), (long) (Math.random() * 100_000_000L), email == null ? "null" : "\"" + email + "\""));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A ticket of a product in warranty (FREE), its technician on site. */
    private static String freeTicketOnSite(long customer) {
        String serial = unique("SNF");
        Answer product = post("/api/v1/customers/" + customer + "/products", admin(), """
                {"model":"KFR-35GW","serialNumber":"%s","colour":"白","factoryDate":"2026-01-01","purchaseDate":"2026-02-01",
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(serial));
        assertEquals(201, product.status(), product.body());
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

    private static void event(String ticket, String json) {
        Answer answer = post("/api/v1/tickets/" + ticket + "/events", admin(), json);
        assertEquals(201, answer.status(), answer.body());
    }

    private static List<MimeMessage> received(GreenMail smtp, String email) throws Exception {
        List<MimeMessage> mine = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email)) {
                mine.add(m);
            }
        }
        return mine;
    }

    @Test
    void theCustomerIsToldByMailWhyTheRepairIsPaidBeforeAnyPaidWork() throws Exception { // W4, B3
        String email = "kehu-" + unique("").toLowerCase(Locale.ROOT) + "@example.test";
        String ticket = freeTicketOnSite(customer(email));
        String path = "/api/v1/tickets/" + ticket + "/exclusions";
        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp"));
        smtp.start();
        try {
            Answer found = post(path, auth(technician), """
                    {"exclusion":"ABNORMAL_SUPPLY","note":"电源线私接，电压 260 V"}""");
            assertEquals(201, found.status(), found.body());
            assertEquals("PAID", found.json().getString("entitlement"));
            JsonObject exclusion = found.json().getJsonArray("exclusions").getJsonObject(0);
            assertEquals(email, exclusion.getString("customerToldTo"), found.body());
            assertFalse(exclusion.isNull("customerToldAt"), "the ticket records when the customer was told");

            await("the notice reaches the customer")
                    .atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(300))
                    .until(() -> received(smtp, email).size() == 1);
            MimeMessage mail = received(smtp, email).get(0);
            assertTrue(mail.getSubject().contains(ticket) && mail.getSubject().contains("收费"), mail.getSubject());
            String body = GreenMailUtil.getBody(mail);
            String text = mail.getContent().toString();
            assertTrue(
                    text.contains("电源电压异常或布线不符合规范") && text.contains("电压 260 V") && text.contains("报价"),
                    "the reason in Chinese: " + text + " / " + body);

            Answer second = post(path, auth(technician), "{\"exclusion\":\"MISUSE\",\"note\":\"外壳被踩裂\"}");
            assertEquals(201, second.status(), second.body());
            assertTrue(
                    second.json().getJsonArray("exclusions").getJsonObject(1).isNull("customerToldAt"),
                    "paid already: told once");
            Thread.sleep(2_000);
            assertEquals(1, received(smtp, email).size(), "one notice, not one per finding");
        } finally {
            smtp.stop();
        }

        String silent = freeTicketOnSite(customer(null));
        Answer noAddress = post(
                "/api/v1/tickets/" + silent + "/exclusions",
                auth(technician),
                "{\"exclusion\":\"MISUSE\",\"note\":\"x\"}");
        assertEquals(201, noAddress.status(), noAddress.body());
        assertTrue(
                noAddress.json().getJsonArray("exclusions").getJsonObject(0).isNull("customerToldAt"),
                "no address: the agent tells the customer with the quote");
    }

    @Test
    void aReplacementIssuesTheNewUnitFromStockToTheTicketOnTheManagersDecision() { // W6
        String ticket = freeTicketOnSite(customer(null));
        String point = ("S" + unique("").substring(0, 7)).toUpperCase(Locale.ROOT);
        Answer sp = post("/api/v1/service-points", admin(), """
                {"code":"%s","name":"三包服务站","keepers":[]}""".formatted(point));
        assertEquals(201, sp.status(), sp.body());
        String unit = unique("KFR-NEW-");
        Answer part = post("/api/v1/parts", admin(), """
                {"partNumber":"%s","name":"整机 KFR-35GW","unit":"台","price":"2600.00","fittingModels":["KFR-35GW"],
                 "supplier":"本厂","source":"IN_HOUSE"}""".formatted(unit));
        assertEquals(201, part.status(), part.body());
        Answer receipt = post("/api/v1/stock/receipts", admin(), """
                {"servicePoint":"%s","supplier":"本厂",
                 "lines":[{"partNumber":"%s","invoicedQty":2,"countedQty":2,"unitPrice":"2000.00"}]}""".formatted(point, unit));
        assertEquals(201, receipt.status(), receipt.body());
        assertEquals(2, onHand(point, unit));

        String path = "/api/v1/tickets/" + ticket + "/guarantee-decisions";
        String replace = """
                {"remedy":"REPLACE","reason":"修理两次仍不制冷，按三包换机","servicePoint":"%s","partNumber":"%s"}""".formatted(point, unit);
        assertEquals(403, post(path, auth(technician), replace).status(), "needs the manager's approval");
        Answer noPoint = post(path, auth(manager), """
                {"remedy":"REPLACE","reason":"换机","partNumber":"%s"}""".formatted(unit));
        assertEquals(422, noPoint.status(), noPoint.body());
        assertEquals(2, onHand(point, unit), "nothing issued without a service point");
        assertEquals(0, get(path, auth(manager)).json().getInt("total"), "nothing decided either");

        Answer decided = post(path, auth(manager), replace);
        assertEquals(201, decided.status(), decided.body());
        JsonObject decision = decided.json().getJsonArray("items").getJsonObject(0);
        assertEquals("REPLACE", decision.getString("remedy"));
        assertEquals(manager, decision.getString("approvedBy"));
        String slipNumber = decision.getString("slipNumber");

        assertEquals(1, onHand(point, unit), "the new unit left stock");
        Answer slip = get("/api/v1/stock/slips/" + slipNumber, admin());
        assertEquals(200, slip.status(), slip.body());
        assertEquals("OUTBOUND", slip.json().getString("kind"));
        assertEquals(ticket, slip.json().getString("ticketNumber"), "issued to the ticket");
        JsonObject line = slip.json().getJsonArray("lines").getJsonObject(0);
        assertEquals(unit, line.getString("partNumber"));
        Answer report = get("/api/v1/stock/report?servicePoint=" + point, admin());
        assertEquals(200, report.status(), report.body());
        JsonObject ledger = report.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("partNumber").equals(unit))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ledger line: " + report.body()));
        assertEquals(1, ledger.getInt("issuesQty"), ledger.toString());
        assertEquals(1, ledger.getInt("closingQty"), ledger.toString());

        assertEquals(409, post(path, auth(manager), replace).status(), "one replacement");
        assertEquals(1, onHand(point, unit), "and no second unit");
    }

    private static int onHand(String point, String part) {
        Answer answer = get("/api/v1/stock?servicePoint=" + point + "&partNumber=" + part, admin());
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("items").getJsonObject(0).getInt("onHand");
    }

    @Test
    void aRejectedClaimIsCorrectedAndResubmittedUnderItsNumberAndPrintsOnItsForm() throws Exception { // B6
        Answer filed = post("/api/v1/expense-claims", auth(handler), """
                {"department":"%s","lines":[{"category":"TRAVEL","description":"赴现场火车票","amount":"300.00","receipts":1}]}""".formatted(dept));
        assertEquals(201, filed.status(), filed.body());
        String number = filed.json().getString("number");
        long first = filed.json().getJsonNumber("approvalId").longValue();
        String claimPath = "/api/v1/expense-claims/" + number + "/resubmission";
        String corrected = """
                {"department":"%s","project":"BYQ",
                 "lines":[{"category":"TRAVEL","description":"赴现场火车票（附原始票据）","amount":"300.00","receipts":2},
                          {"category":"ALLOWANCE","description":"出差补贴 2 天","amount":"120.00","receipts":0}]}""".formatted(dept);
        assertEquals(409, post(claimPath, auth(handler), corrected).status(), "pending: nothing to correct");

        Answer rejected = post(
                "/api/v1/approvals/" + first + "/decision",
                auth(approver),
                "{\"decision\":\"REJECT\",\"reason\":\"无原始票据\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals(
                "REJECTED",
                get("/api/v1/expense-claims/" + number, auth(handler)).json().getString("state"));

        String other = user("TECHNICIAN", "钱其他");
        assertEquals(404, post(claimPath, auth(other), corrected).status(), "someone else's claim");
        assertEquals(403, post(claimPath, auth(manager), corrected).status(), "only its handler resubmits");
        Answer invalid = post(claimPath, auth(handler), """
                {"department":"%s","lines":[{"category":"TRAVEL","description":"x","amount":"0.00"}]}""".formatted(dept));
        assertEquals(422, invalid.status(), invalid.body());

        Answer again = post(claimPath, auth(handler), corrected);
        assertEquals(200, again.status(), again.body());
        assertEquals(number, again.json().getString("number"), "the same number");
        assertEquals("PENDING", again.json().getString("state"));
        assertEquals("420.00", again.json().getString("total"));
        assertEquals(2, again.json().getJsonArray("lines").size());
        assertEquals(1, again.json().getInt("resubmissions"));
        assertTrue(again.json().isNull("decisionReason"), again.body());
        long second = again.json().getJsonNumber("approvalId").longValue();
        assertNotEquals(first, second, "a new round of the chain");

        Answer rounds = get("/api/v1/approvals?box=REQUESTED&kind=EXPENSE_CLAIM&size=500", auth(handler));
        assertEquals(200, rounds.status(), rounds.body());
        List<JsonObject> mine = rounds.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("subject").equals(number))
                .toList();
        assertEquals(2, mine.size(), "the rejected round is kept: " + rounds.body());
        assertTrue(mine.stream().anyMatch(i -> i.getString("state").equals("REJECTED")), rounds.body());

        Answer approved =
                post("/api/v1/approvals/" + second + "/decision", auth(approver), "{\"decision\":\"APPROVE\"}");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(
                "APPROVED",
                get("/api/v1/expense-claims/" + number, auth(handler)).json().getString("state"));
        assertEquals(409, post(claimPath, auth(handler), corrected).status(), "approved: not again");

        WebSession session = WebSession.login(handler, PASSWORD);
        HttpResponse<byte[]> pdf = session.download("/print/expense-claim?number=" + number);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        String text = text(pdf.body()).replaceAll("\\s+", "");
        for (String expected : List.of("费用报销单", number, "¥420.00", "孙审批", "差旅费", "补贴", "郑经办")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        assertEquals(
                404,
                WebSession.login(other, PASSWORD)
                        .download("/print/expense-claim?number=" + number)
                        .statusCode(),
                "not someone else's claim");
    }

    @Test
    void theServiceRecordPrintsWhatTheCustomerPaysForThoseWhoMaySeeQuotes() throws Exception { // B3, review 5b
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"空调不制冷"}""".formatted(customer(null)));
        assertEquals(201, t.status(), t.body());
        String ticket = t.json().getString("number");
        String agent = user("AGENT", "冯坐席");
        Answer quote = post("/api/v1/tickets/" + ticket + "/quote", auth(agent), """
                {"materials":"100.00","labour":"50.00","travel":"30.00","tax":"20.00"}""");
        assertEquals(201, quote.status(), quote.body());
        Answer accepted = post(
                "/api/v1/tickets/" + ticket + "/quote/acceptance", auth(agent), "{\"method\":\"PHONE\",\"by\":\"张三\"}");
        assertEquals(200, accepted.status(), accepted.body());
        HttpResponse<byte[]> pdf = WebSession.login(agent, PASSWORD).download("/print/service-record?number=" + ticket);
        assertEquals(200, pdf.statusCode());
        String text = text(pdf.body()).replaceAll("\\s+", "");
        assertTrue(text.contains("¥280.00") || text.contains("280.00"), "the agreed charge: " + text);
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
}
