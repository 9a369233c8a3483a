package org.aftersales.it;

import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.aftersales.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14, points 2, 3 and 8, against the EAR in Payara: the after-sales information form routed to a
 * responsible department, answered only by its members, an overdue answer escalated once to the
 * department and QUALITY; a corrective action (Q3) raised from a complaint through its flow to closure
 * through a CAPA_CLOSURE approval (rejected once), an illegal step 409, overdue alerted once; a
 * qualification near its expiry warned about once (Q9). The deadline watch is run by
 * {@link QualityDeadlinesProbeServlet} as if days had passed.
 */
@ExtendWith(ArquillianExtension.class)
class QualityRecordsIT {

    private static final String PASSWORD = "records it secret";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PROBE = Api.BASE.replaceAll("/aftersales$", "") + "/quality-deadlines-probe/scan";

    static String quality;
    static String manager;
    static String member;
    static String outsider;

    @Deployment(testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "quality-deadlines-probe.war")
                .addClasses(QualityDeadlinesProbeServlet.class);
    }

    @BeforeAll
    static void people() {
        quality = Api.createUser("QUALITY", PASSWORD);
        manager = Api.createUser("MANAGER", PASSWORD);
        member = Api.createUser("TECHNICIAN", PASSWORD);
        outsider = Api.createUser("TECHNICIAN", PASSWORD);
    }

    private static String auth(String user) {
        return basic(user, PASSWORD);
    }

    private static int scanAfter(int days) {
        try {
            HttpResponse<String> answer = Api.HTTP.send(
                    HttpRequest.newBuilder(URI.create(PROBE + "?days=" + days)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, answer.statusCode(), answer.body());
            return Integer.parseInt(answer.body().strip());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long notifications(String user, String key, String firstArg) {
        Answer mine = get("/api/v1/notifications?size=200", auth(user));
        assertEquals(200, mine.status(), mine.body());
        return mine.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(n -> n.getString("messageKey").equals(key))
                .filter(n -> n.getJsonArray("args").getString(0).equals(firstArg))
                .count();
    }

    private static JsonObject ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    // --- the after-sales information form ---

    @Test
    void aFormIsRoutedAnsweredByTheDepartmentAndAnOverdueOneIsEscalatedOnce() {
        String code = unique("D").toUpperCase();
        JsonObject department =
                ok(send("PUT", "/api/v1/responsible-departments/" + code, auth(quality), """
                {"name":"制造部%s","active":true,"members":["%s"]}""".formatted(code, member)));
        assertEquals(member, department.getJsonArray("members").getString(0));
        assertEquals(
                422,
                send("PUT", "/api/v1/responsible-departments/" + code, auth(quality), """
                {"name":"x","active":true,"members":["nobody-%s"]}""".formatted(code))
                        .status());
        Answer seeded = get("/api/v1/responsible-departments", auth(member));
        assertEquals(200, seeded.status(), seeded.body());
        assertTrue(seeded.body().contains("质检中心") && seeded.body().contains("生管室"), seeded.body());

        long id = receive("外机噪音大");
        assertEquals(
                409,
                event(
                                id,
                                quality,
                                "{\"type\":\"ROUTED\",\"department\":\"" + code + "\",\"deadline\":\"" + today()
                                        + "\"}")
                        .status());
        ok(event(id, quality, "{\"type\":\"FILLED\",\"details\":\"客户来电，安装一周后噪音变大\"}"));
        assertEquals(
                422,
                event(
                                id,
                                quality,
                                "{\"type\":\"ROUTED\",\"department\":\"" + code + "\",\"deadline\":\""
                                        + today().minusDays(1) + "\"}")
                        .status());
        assertEquals(
                422,
                event(id, quality, "{\"type\":\"ROUTED\",\"department\":\"NOPE\",\"deadline\":\"" + today() + "\"}")
                        .status());
        JsonObject routed = ok(event(
                id,
                quality,
                "{\"type\":\"ROUTED\",\"department\":\"" + code + "\",\"deadline\":\"" + today().plusDays(3) + "\"}"));
        assertEquals("ROUTED", routed.getString("state"));
        assertEquals("制造部" + code, routed.getString("departmentName"));

        // the department's own list; only its members answer
        Answer mine = get("/api/v1/info-forms/mine?state=ROUTED&size=200", auth(member));
        assertEquals(200, mine.status(), mine.body());
        assertTrue(mine.body().contains("\"id\":" + id + ","), mine.body());
        assertFalse(
                get("/api/v1/info-forms/mine?size=200", auth(outsider)).body().contains("\"id\":" + id + ","));
        assertEquals(
                403,
                event(id, outsider, "{\"type\":\"ANSWERED\",\"answer\":\"不是我\"}")
                        .status());
        assertEquals(403, event(id, member, "{\"type\":\"ARCHIVED\"}").status());
        JsonObject answered = ok(event(id, member, "{\"type\":\"ANSWERED\",\"answer\":\"更换减震垫，已解决\"}"));
        assertEquals("ANSWERED", answered.getString("state"));
        assertEquals(member, answered.getString("answeredBy"));
        assertEquals(
                409,
                event(id, member, "{\"type\":\"ANSWERED\",\"answer\":\"again\"}")
                        .status());
        ok(event(id, quality, "{\"type\":\"SURVEYED\",\"satisfaction\":\"SATISFIED\",\"note\":\"客户满意\"}"));
        assertEquals(
                "ARCHIVED", ok(event(id, quality, "{\"type\":\"ARCHIVED\"}")).getString("state"));

        // a form not answered by its deadline: escalated once, to the department's members and QUALITY
        long late = receive("室内机漏水");
        ok(event(late, quality, "{\"type\":\"FILLED\",\"details\":\"漏水\"}"));
        ok(event(
                late,
                quality,
                "{\"type\":\"ROUTED\",\"department\":\"" + code + "\",\"deadline\":\"" + today() + "\"}"));
        scanAfter(0);
        assertEquals(0, notifications(member, "notification.infoFormOverdue", String.valueOf(late)));
        assertTrue(scanAfter(2) >= 1);
        assertEquals(1, notifications(member, "notification.infoFormOverdue", String.valueOf(late)));
        assertEquals(1, notifications(quality, "notification.infoFormOverdue", String.valueOf(late)));
        scanAfter(3);
        assertEquals(1, notifications(member, "notification.infoFormOverdue", String.valueOf(late)));
        JsonObject escalated = ok(get("/api/v1/info-forms/" + late, auth(quality)));
        assertFalse(escalated.isNull("escalatedAt"));
        assertEquals(404, get("/api/v1/info-forms/999999999", auth(quality)).status());
    }

    private static long receive(String problem) {
        Answer received = post("/api/v1/info-forms", auth(quality), """
                {"source":"TYPED","serialNumber":"SN-IT-1","problem":"%s"}""".formatted(problem));
        assertEquals(201, received.status(), received.body());
        assertEquals("RECEIVED", received.json().getString("state"));
        return received.json().getJsonNumber("id").longValue();
    }

    private static Answer event(long id, String user, String json) {
        return post("/api/v1/info-forms/" + id + "/events", auth(user), json);
    }

    // --- corrective and preventive actions (Q3) ---

    @Test
    void aCorrectiveActionFromAComplaintIsClosedThroughItsApprovalAndAlertedOnceWhenOverdue() {
        Answer complaint = post("/api/v1/complaints", auth(quality), """
                {"channel":"PHONE","category":"PRODUCT_QUALITY","severity":"NORMAL","description":"压缩机异响"}""");
        assertEquals(201, complaint.status(), complaint.body());
        String number = complaint.json().getString("number");
        assertEquals(
                422,
                post("/api/v1/corrective-actions", auth(quality), capa("YX-TS-99-01-999", quality, today()))
                        .status());
        assertEquals(
                422,
                post("/api/v1/corrective-actions", auth(quality), capa(number, "nobody-x", today()))
                        .status());
        assertEquals(
                422,
                post("/api/v1/corrective-actions", auth(quality), capa(number, quality, today().minusDays(1)))
                        .status());
        Answer raised = post("/api/v1/corrective-actions", auth(quality), capa(number, quality, today()));
        assertEquals(201, raised.status(), raised.body());
        long id = raised.json().getJsonNumber("id").longValue();
        assertEquals("PROPOSED", raised.json().getString("state"));
        assertEquals("COMPLAINT", raised.json().getString("source"));
        assertEquals(number, raised.json().getString("sourceRef"));

        // illegal steps change nothing
        assertEquals(409, step(id, "{\"type\":\"VERIFIED\"}").status());
        assertEquals(409, step(id, "{\"type\":\"CLOSED\",\"evidence\":\"x\"}").status());
        assertEquals(
                403,
                post("/api/v1/corrective-actions/" + id + "/events", auth(member), "{\"type\":\"CONFIRMED\"}")
                        .status());
        assertEquals(
                "PROPOSED",
                ok(get("/api/v1/corrective-actions/" + id, auth(quality))).getString("state"));
        ok(step(id, "{\"type\":\"CONFIRMED\",\"note\":\"同批次\"}"));
        ok(step(id, "{\"type\":\"IN_PROGRESS\"}"));

        // overdue: the owner and QUALITY are told once
        scanAfter(0);
        assertEquals(0, notifications(quality, "notification.capaOverdue", "CAPA-" + id));
        assertTrue(scanAfter(2) >= 1);
        assertEquals(1, notifications(quality, "notification.capaOverdue", "CAPA-" + id));
        scanAfter(3);
        assertEquals(1, notifications(quality, "notification.capaOverdue", "CAPA-" + id));
        Answer overdue = get(
                "/api/v1/corrective-actions?overdue=false&source=COMPLAINT&q=" + number + "&size=50", auth(quality));
        assertEquals(200, overdue.status(), overdue.body());
        assertEquals(1, overdue.json().getInt("total"), overdue.body());

        ok(step(id, "{\"type\":\"VERIFIED\",\"note\":\"抽检合格\"}"));
        assertEquals(422, step(id, "{\"type\":\"CLOSED\"}").status());
        JsonObject submitted = ok(step(id, "{\"type\":\"CLOSED\",\"evidence\":\"整改后抽检20台无异响\"}"));
        assertEquals("VERIFIED", submitted.getString("state"));
        assertTrue(submitted.getBoolean("closurePending"));
        assertEquals(
                409, step(id, "{\"type\":\"CLOSED\",\"evidence\":\"again\"}").status());
        decide(approval("CAPA-" + id), "REJECT");
        JsonObject rejected = ok(get("/api/v1/corrective-actions/" + id, auth(quality)));
        assertEquals("VERIFIED", rejected.getString("state"));
        assertFalse(rejected.getBoolean("closurePending"));
        assertEquals("测试", rejected.getString("closureRejection"));

        ok(step(id, "{\"type\":\"CLOSED\",\"evidence\":\"连续三个月无同类投诉\"}"));
        decide(approval("CAPA-" + id), "APPROVE");
        JsonObject closed = ok(get("/api/v1/corrective-actions/" + id, auth(quality)));
        assertEquals("CLOSED", closed.getString("state"));
        assertEquals("连续三个月无同类投诉", closed.getString("evidence"));
        assertFalse(closed.isNull("closedAt"));
        assertEquals(8, closed.getJsonArray("events").size(), closed.toString());
        assertEquals(409, step(id, "{\"type\":\"CLOSED\",\"evidence\":\"x\"}").status());
        assertEquals(
                404, get("/api/v1/corrective-actions/999999999", auth(quality)).status());
    }

    private static String capa(String complaint, String owner, LocalDate deadline) {
        return """
                {"source":"COMPLAINT","sourceRef":"%s","title":"压缩机异响批次整改","owner":"%s","department":"制造部","deadline":"%s"}""".formatted(complaint, owner, deadline);
    }

    private static Answer step(long id, String json) {
        return post("/api/v1/corrective-actions/" + id + "/events", auth(quality), json);
    }

    private static long approval(String subject) {
        Answer mine = get("/api/v1/approvals?box=REQUESTED&kind=CAPA_CLOSURE&size=500", auth(quality));
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

    // --- records (Q9) ---

    @Test
    void aQualificationNearItsExpiryWarnsOnceAndTheRecordsAreSearchable() {
        String name = unique("张");
        Answer staff = post("/api/v1/records/staff", auth(quality), """
                {"name":"%s","username":"%s","department":"售后服务部","education":"大专","title":"技师",
                 "skills":"变频空调维修","hireDate":"2020-03-01"}""".formatted(name, member));
        assertEquals(201, staff.status(), staff.body());
        long staffId = staff.json().getJsonNumber("id").longValue();
        assertEquals(
                422,
                post("/api/v1/records/staff/" + staffId + "/qualifications", auth(quality), """
                {"kind":"ELECTRICIAN","issuedOn":"2026-01-10","expiresOn":"2025-01-09"}""")
                        .status());
        Answer q = post("/api/v1/records/staff/" + staffId + "/qualifications", auth(quality), """
                {"kind":"ELECTRICIAN","certificateNumber":"DG-1","issuedOn":"2023-01-10","expiresOn":"%s"}""".formatted(
                        today().plusDays(10)));
        assertEquals(201, q.status(), q.body());
        post("/api/v1/records/staff/" + staffId + "/qualifications", auth(quality), """
                {"kind":"MECHANIC","expiresOn":"%s"}""".formatted(
                        today().plusDays(400)));
        JsonObject held = q.json().getJsonArray("qualifications").getJsonObject(0);
        assertTrue(held.getBoolean("expiring"), held.toString());

        assertTrue(scanAfter(0) >= 1);
        assertEquals(1, notifications(member, "notification.qualificationExpiring", name));
        assertEquals(1, notifications(quality, "notification.qualificationExpiring", name));
        scanAfter(1);
        scanAfter(20);
        assertEquals(1, notifications(member, "notification.qualificationExpiring", name));
        JsonObject record = ok(get("/api/v1/records/staff/" + staffId, auth(quality)));
        assertFalse(record.getJsonArray("qualifications").getJsonObject(0).isNull("warnedAt"));
        assertTrue(record.getJsonArray("qualifications").getJsonObject(1).isNull("warnedAt"));

        Answer found = get("/api/v1/records/staff?q=" + enc(name), auth(quality));
        assertEquals(1, ok(found).getInt("total"), found.body());
        assertEquals(403, get("/api/v1/records/staff", auth(member)).status());

        // knowledge by model, training with its sign-in sheet, a non-conformity report
        String model = unique("KFR-");
        assertEquals(
                201,
                post("/api/v1/records/knowledge", auth(quality), """
                {"kind":"FAULT_CASE","model":"%s","title":"E4 故障","symptom":"开机报E4","cause":"室外温度传感器开路","remedy":"更换传感器"}""".formatted(model))
                        .status());
        Answer byModel = get("/api/v1/records/knowledge?model=" + model + "&q=" + enc("传感器"), auth(member));
        assertEquals(1, ok(byModel).getInt("total"), byModel.body());
        Answer session = post("/api/v1/records/training-sessions", auth(quality), """
                {"topic":"变频空调维修","heldOn":"%s","place":"培训室","trainer":"王工"}""".formatted(today()));
        assertEquals(201, session.status(), session.body());
        long sessionId = session.json().getJsonNumber("id").longValue();
        JsonObject signed = ok(post(
                "/api/v1/records/training-sessions/" + sessionId + "/sign-ins", auth(quality), """
                {"name":"%s","department":"售后服务部"}""".formatted(name)));
        assertEquals(1, signed.getJsonArray("attendance").size());
        Answer nc = post("/api/v1/records/non-conformities", auth(quality), """
                {"foundOn":"%s","model":"%s","description":"来料压缩机噪音超标"}""".formatted(today(), model));
        assertEquals(201, nc.status(), nc.body());
        assertEquals("OPEN", nc.json().getString("state"));
    }
}
