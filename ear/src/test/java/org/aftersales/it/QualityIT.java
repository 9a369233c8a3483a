package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, first slice, against the EAR in Payara — API.md's quality examples: a complaint taken with
 * its promised reply (Q1), walked to the archive with the reply signed off through a COMPLAINT_REPLY
 * approval, rejected once (Q2), illegal steps 409; a delivered product's return visit due 5–7 days
 * after delivery, a closed ticket's visit and survey, a visit not reached then reached with a problem
 * that becomes a complaint (Q4); the public survey answered once without login, a low score opening a
 * complaint of channel SURVEY, a second answer 409, a guessed token 404 (Q5).
 */
class QualityIT {

    private static final String PASSWORD = "quality it secret";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static String quality;
    static String manager;
    static String agent;

    @BeforeAll
    static void people() {
        quality = Api.createUser("QUALITY", PASSWORD);
        manager = Api.createUser("MANAGER", PASSWORD);
        agent = Api.createUser("AGENT", PASSWORD);
    }

    private static String auth(String user) {
        return basic(user, PASSWORD);
    }

    /** A product delivered today through the hand-over import (publishes ProductDelivered); its serial. */
    static String delivered() throws Exception {
        String serial = unique("QA");
        String phone = "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String today = LocalDate.now(ZONE).toString();
        String csv = "客户名称,客户类型,联系人,电话,地区,地址,型号,出厂编码,颜色,出厂日期,购买日期,购买凭证,用途\n"
                + "回访客户" + phone + ",家庭,王," + phone + ",天津,天津市河西区1号,KFR-26GW," + serial + ",白,"
                + today + "," + today + ",发票,家用\n";
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Api.BASE + "/api/v1/imports/handover?fileName=" + serial + ".csv&dryRun=false"))
                .header("Authorization", admin())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response =
                Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"newProducts\":1"), response.body());
        return serial;
    }

    private static List<JsonObject> visits(String serial, LocalDate due) {
        Answer list = get("/api/v1/return-visits?due=" + due + "&serialNumber=" + serial + "&size=500", auth(agent));
        assertEquals(200, list.status(), list.body());
        return list.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .toList();
    }

    private static JsonObject visitOf(String serial, String reason, LocalDate due) {
        return visits(serial, due).stream()
                .filter(v -> v.getString("reason").equals(reason))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + reason + " visit of " + serial));
    }

    /** A carry-in repair of the (in-warranty) product, taken to CLOSED; its number. */
    static String closedTicket(String serial) {
        long customer = get("/api/v1/products/" + serial, admin())
                .json()
                .getJsonNumber("customerId")
                .longValue();
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"CARRY_IN_REPAIR","faultLevel":"GENERAL","description":"不制冷"}""".formatted(customer, serial));
        assertEquals(201, t.status(), t.body());
        String number = t.json().getString("number");
        JsonObject received = ticketEvent(
                number, "{\"type\":\"RECEIVED\",\"item\":\"空调室内机\",\"condition\":\"完好\",\"person\":\"张三\"}");
        ticketEvent(number, "{\"type\":\"RESOLVED\"}");
        ticketEvent(number, "{\"type\":\"READY_FOR_PICKUP\"}");
        ticketEvent(
                number,
                "{\"type\":\"COLLECTED\",\"pickupCode\":\"" + received.getString("pickupCode")
                        + "\",\"person\":\"张三\"}");
        ticketEvent(number, "{\"type\":\"CLOSED\"}");
        return number;
    }

    private static JsonObject ticketEvent(String number, String json) {
        Answer a = post("/api/v1/tickets/" + number + "/events", admin(), json);
        assertEquals(201, a.status(), a.body());
        return a.json();
    }

    private static Answer step(String number, String user, String json) {
        return post("/api/v1/complaints/" + number + "/events", auth(user), json);
    }

    private static JsonObject step(String number, String json) {
        Answer a = step(number, quality, json);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void aNewCustomerIsVisitedFiveToSevenDaysAfterDelivery() throws Exception {
        String serial = delivered();
        LocalDate today = LocalDate.now(ZONE);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> !visits(serial, today.plusDays(5)).isEmpty());
        JsonObject visit = visitOf(serial, "NEW_CUSTOMER", today.plusDays(5));
        assertEquals(today.plusDays(5).toString(), visit.getString("dueFrom"));
        assertEquals(today.plusDays(7).toString(), visit.getString("dueUntil"));
        assertEquals("DUE", visit.getString("state"));
        assertTrue(visits(serial, today.plusDays(4)).isEmpty(), "not due before the fifth day");
        assertEquals(1, visits(serial, today.plusDays(9)).size(), "still owed after the seventh day");

        // not reached: due again the next day; reached: recorded, a problem becomes a complaint
        long id = visit.getJsonNumber("id").longValue();
        Answer missed = post("/api/v1/return-visits/" + id + "/outcome", auth(agent), "{\"result\":\"NOT_REACHED\"}");
        assertEquals(200, missed.status(), missed.body());
        assertEquals("RETRY", missed.json().getString("state"));
        assertEquals(1, missed.json().getInt("attempts"));
        assertEquals(
                422,
                post("/api/v1/return-visits/" + id + "/outcome", auth(agent), """
                        {"result":"REACHED","complaint":{"category":"PRODUCT_QUALITY","severity":"NORMAL"}}""")
                        .status());
        Answer reached = post("/api/v1/return-visits/" + id + "/outcome", auth(agent), """
                {"result":"REACHED","remarks":"客户反映噪音偏大","complaint":{"category":"PRODUCT_QUALITY","severity":"NORMAL","description":"使用一周后噪音偏大"}}""");
        assertEquals(200, reached.status(), reached.body());
        assertEquals("DONE", reached.json().getString("state"));
        String complaint = reached.json().getString("complaintNumber");
        JsonObject opened =
                get("/api/v1/complaints/" + complaint, auth(quality)).json();
        assertEquals("RETURN_VISIT", opened.getString("channel"));
        assertEquals(serial, opened.getString("serialNumber"));
        assertEquals(
                409,
                post("/api/v1/return-visits/" + id + "/outcome", auth(agent), "{\"result\":\"REACHED\"}")
                        .status());
    }

    @Test
    void aVisitAfterTheCustomerHadNothingToSayIsRecordedToo() throws Exception {
        String serial = delivered();
        LocalDate due = LocalDate.now(ZONE).plusDays(5);
        await().atMost(Duration.ofSeconds(30)).until(() -> !visits(serial, due).isEmpty());
        long id = visitOf(serial, "NEW_CUSTOMER", due).getJsonNumber("id").longValue();
        Answer done = post("/api/v1/return-visits/" + id + "/outcome", auth(agent), "{\"result\":\"REACHED\"}");
        assertEquals(200, done.status(), done.body());
        assertEquals("DONE", done.json().getString("state"));
        assertTrue(done.json().isNull("remarks"));
        assertTrue(visits(serial, due).isEmpty(), "off the call list");
    }

    @Test
    void aLowSurveyScoreOpensAComplaintAndTheSurveyIsAnsweredOnce() throws Exception {
        String serial = delivered();
        String ticket = closedTicket(serial);

        // the closed ticket's survey link, for staff
        await().atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/tickets/" + ticket + "/survey", auth(agent))
                                .status()
                        == 200);
        JsonObject link =
                get("/api/v1/tickets/" + ticket + "/survey", auth(agent)).json();
        String token = link.getString("token");
        assertTrue(token.length() >= 22, "at least 128 bits: " + token);
        assertTrue(link.getString("url").endsWith("survey.xhtml?token=" + token), link.toString());
        assertFalse(link.getBoolean("answered"));
        assertTrue(OffsetDateTime.parse(link.getString("expiresAt")).isAfter(OffsetDateTime.now()));

        // and its after-service visit
        LocalDate after = LocalDate.now(ZONE).plusDays(3);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> visits(serial, after).stream()
                        .anyMatch(v -> v.getString("reason").equals("AFTER_SERVICE")));
        assertEquals(ticket, visitOf(serial, "AFTER_SERVICE", after).getString("ticketNumber"));

        // the public page's questions, no login
        Answer form = get("/api/v1/surveys/" + token, null);
        assertEquals(200, form.status(), form.body());
        assertEquals(7, form.json().getJsonArray("questions").size());
        assertEquals(404, get("/api/v1/surveys/" + unique("guess"), null).status());
        assertEquals(422, post("/api/v1/surveys/" + token, null, """
                        {"score":11,"taughtMaintenance":true,"calledBack":true,"level":"SATISFIED","productStars":5,"serviceStars":6}""").status());

        Answer answered = post("/api/v1/surveys/" + token, null, """
                {"score":5,"whyNot":"等待时间太长","taughtMaintenance":false,"calledBack":true,"level":"FAIRLY_SATISFIED","productStars":4,"serviceStars":2}""");
        assertEquals(200, answered.status(), answered.body());
        assertTrue(answered.json().getBoolean("complaintOpened"));
        Answer again = post("/api/v1/surveys/" + token, null, """
                {"score":10,"taughtMaintenance":true,"calledBack":true,"level":"SATISFIED","productStars":5,"serviceStars":5}""");
        assertEquals(409, again.status(), again.body());
        assertEquals(409, get("/api/v1/surveys/" + token, null).status());
        assertTrue(
                get("/api/v1/tickets/" + ticket + "/survey", auth(agent)).json().getBoolean("answered"));

        Answer complaints = get("/api/v1/complaints?ticketNumber=" + ticket, auth(quality));
        assertEquals(200, complaints.status(), complaints.body());
        assertEquals(1, complaints.json().getInt("total"), "one complaint, from the first answer only");
        JsonObject line = complaints.json().getJsonArray("items").getJsonObject(0);
        assertEquals("SURVEY", line.getString("channel"));
        assertEquals("ACCEPTED", line.getString("state"));
    }

    @Test
    void aComplaintIsRepliedThroughItsApprovalAndArchived() throws Exception {
        String serial = delivered();
        long customer = get("/api/v1/products/" + serial, admin())
                .json()
                .getJsonNumber("customerId")
                .longValue();
        OffsetDateTime before = OffsetDateTime.now();
        Answer taken = post("/api/v1/complaints", auth(agent), """
                {"customerId":%d,"serialNumber":"%s","ticketNumber":null,"channel":"PHONE",
                 "category":"SERVICE_ATTITUDE","severity":"NORMAL","description":"维修人员态度不好"}""".formatted(customer, serial));
        assertEquals(201, taken.status(), taken.body());
        String number = taken.json().getString("number");
        assertTrue(number.matches("[A-Z]+-TS-\\d{2}-\\d{2}-\\d{2,}"), number);
        assertEquals("ACCEPTED", taken.json().getString("state"));
        // Q1: the NORMAL term (48 h) promised
        OffsetDateTime replyBy = OffsetDateTime.parse(taken.json().getString("replyBy"));
        assertFalse(replyBy.isBefore(before.plusHours(48).minusMinutes(1)), replyBy.toString());
        assertTrue(replyBy.isBefore(OffsetDateTime.now().plusHours(48).plusMinutes(1)), replyBy.toString());
        assertEquals(422, post("/api/v1/complaints", auth(agent), """
                        {"ticketNumber":"YX-99-01-999","channel":"PHONE","category":"OTHER","severity":"NORMAL","description":"x"}""").status());

        // Q2: illegal steps change nothing
        assertEquals(409, step(number, quality, "{\"type\":\"SOLVED\"}").status());
        assertEquals(409, step(number, quality, "{\"type\":\"ACCEPTED\"}").status());
        assertEquals(403, step(number, agent, "{\"type\":\"CLASSIFIED\"}").status());
        step(number, "{\"type\":\"CLASSIFIED\",\"note\":\"服务态度，一般\"}");
        assertEquals(422, step(number, quality, "{\"type\":\"INVESTIGATING\"}").status());
        JsonObject investigating =
                step(number, "{\"type\":\"INVESTIGATING\",\"owner\":\"" + quality + "\",\"department\":\"质检中心\"}");
        assertEquals(quality, investigating.getString("owner"));
        step(number, "{\"type\":\"SOLVED\",\"note\":\"已对维修人员进行培训\"}");

        // the reply waits for its approval in SOLVED; the manager rejects it once
        JsonObject submitted =
                step(number, "{\"type\":\"REPLIED\",\"replyMethod\":\"PHONE\",\"customerReaction\":\"客户表示理解\"}");
        assertEquals("SOLVED", submitted.getString("state"));
        assertTrue(submitted.getBoolean("replyPending"));
        assertEquals(409, step(number, quality, "{\"type\":\"ARCHIVED\"}").status());
        decide(approval(number), "REJECT");
        JsonObject rejected = get("/api/v1/complaints/" + number, auth(quality)).json();
        assertEquals("SOLVED", rejected.getString("state"));
        assertFalse(rejected.getBoolean("replyPending"));
        assertEquals("测试", rejected.getString("replyRejection"));

        step(number, "{\"type\":\"REPLIED\",\"replyMethod\":\"VISIT\",\"customerReaction\":\"客户满意\"}");
        decide(approval(number), "APPROVE");
        JsonObject replied = get("/api/v1/complaints/" + number, auth(quality)).json();
        assertEquals("REPLIED", replied.getString("state"));
        assertEquals("VISIT", replied.getString("replyMethod"));
        assertFalse(replied.isNull("repliedAt"));
        assertEquals("ARCHIVED", step(number, "{\"type\":\"ARCHIVED\"}").getString("state"));
        assertEquals(409, step(number, quality, "{\"type\":\"ARCHIVED\"}").status());

        Answer bySerial = get("/api/v1/complaints?state=ARCHIVED&serialNumber=" + serial, auth(quality));
        assertEquals(200, bySerial.status(), bySerial.body());
        assertEquals(1, bySerial.json().getInt("total"));
        assertEquals(
                404, get("/api/v1/complaints/YX-TS-99-01-999", auth(quality)).status());
    }

    /** The waiting COMPLAINT_REPLY request of a complaint, as its requester (the QUALITY user) sees it. */
    private static long approval(String subject) {
        Answer mine = get("/api/v1/approvals?box=REQUESTED&kind=COMPLAINT_REPLY&size=500", auth(quality));
        assertEquals(200, mine.status(), mine.body());
        return mine.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(i -> i.getString("subject").equals(subject)
                        && i.getString("state").equals("PENDING"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no waiting approval for " + subject + ": " + mine.body()))
                .getJsonNumber("id")
                .longValue();
    }

    private static void decide(long id, String decision) {
        Answer decided = post(
                "/api/v1/approvals/" + id + "/decision",
                auth(manager),
                "{\"decision\":\"%s\",\"reason\":\"测试\"}".formatted(decision));
        assertEquals(200, decided.status(), decided.body());
    }
}
