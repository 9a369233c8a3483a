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

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.it.Api.Answer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 (q-flow), against the EAR in Payara with a real SMTP server (GreenMail on
 * {@code it.smtp.port}): a closed ticket's survey link mailed to the customer and answered from the
 * mail (Q5); an overdue corrective action and an overdue information-form answer mailed to the owner,
 * the department and QUALITY (Q3); a partner's complaints about its own customers and tickets only
 * (issue 10.1, channel PARTNER_API). The deadlines watch runs through {@link QualityDeadlinesProbeServlet}.
 */
@ExtendWith(ArquillianExtension.class)
class QualityFlowIT {

    private static final String PASSWORD = "quality flow it secret";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String PROBE = Api.BASE.replaceAll("/aftersales$", "") + "/quality-flow-probe/scan";

    private static GreenMail smtp;
    static String quality;
    static String qualityEmail;

    @Deployment(testable = false)
    static WebArchive probe() {
        return ShrinkWrap.create(WebArchive.class, "quality-flow-probe.war")
                .addClasses(QualityDeadlinesProbeServlet.class);
    }

    @BeforeAll
    static void start() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 25025), "127.0.0.1", "smtp"));
        smtp.start();
        qualityEmail = unique("qa") + "@example.test";
        quality = user("QUALITY", qualityEmail);
    }

    @AfterAll
    static void stop() {
        smtp.stop();
    }

    private static String user(String role, String email) {
        String username = unique("u");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"质量测试","password":"%s","roles":["%s"],"region":"天津",
                 "qualifications":["ELECTRICIAN"],"email":%s,"temporaryPassword":false}""".formatted(
                        username, PASSWORD, role, email == null ? "null" : "\"" + email + "\""));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static String auth(String user) {
        return basic(user, PASSWORD);
    }

    private static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    /** The mails GreenMail received for {@code address}, waiting up to 60 s for one that {@code matches}. */
    private static List<MimeMessage> mailsTo(String address, String subjectPart) throws Exception {
        long until = System.currentTimeMillis() + 60_000;
        List<MimeMessage> found = new ArrayList<>();
        while (System.currentTimeMillis() < until) {
            found.clear();
            for (MimeMessage m : smtp.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)
                        && m.getSubject().contains(subjectPart)) {
                    found.add(m);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            smtp.waitForIncomingEmail(2_000, smtp.getReceivedMessages().length + 1);
        }
        return found;
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

    private static JsonObject ok(Answer a) {
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    private static long customer(String auth, String email) {
        String phone = "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        Answer created = post(
                "/api/v1/customers", auth, """
                {"name":"调查客户%s","type":"HOUSEHOLD","contact":"王","phone":"%s","email":%s,"region":"天津","address":"天津市河西区1号"}""".formatted(phone, phone, email == null ? "null" : "\"" + email + "\""));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String product(String auth, long customer) {
        String serial = unique("QF");
        Answer created = post("/api/v1/customers/" + customer + "/products", auth, """
                {"model":"KFR-26GW","serialNumber":"%s","factoryDate":"%s","purchaseDate":"%s","proofOfPurchase":"INVOICE","use":"HOUSEHOLD"}""".formatted(
                        serial, today().minusDays(30), today().minusDays(10)));
        assertEquals(201, created.status(), created.body());
        return serial;
    }

    private static String ticket(String auth, long customer, String serial, String kind) {
        Answer t = post("/api/v1/tickets", auth, """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"%s","faultLevel":"GENERAL","description":"不制冷"}""".formatted(customer, serial, kind));
        assertEquals(201, t.status(), t.body());
        return t.json().getString("number");
    }

    private static JsonObject ticketEvent(String number, String json) {
        Answer a = post("/api/v1/tickets/" + number + "/events", admin(), json);
        assertEquals(201, a.status(), a.body());
        return a.json();
    }

    // --- Q5: the survey link by mail ---

    @Test
    void aClosedTicketsSurveyLinkIsMailedToTheCustomerAndOpensTheSurvey() throws Exception {
        // the link starts with the application's address as customers reach it (a setting)
        JsonObject setting = get("/api/v1/settings", admin()).json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(s -> s.getString("key").equals("mail.link-base-url"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no setting mail.link-base-url"));
        ok(send("PUT", "/api/v1/settings/mail.link-base-url", admin(), """
                {"version":%d,"value":"%s/"}""".formatted(
                        setting.getJsonNumber("version").longValue(), Api.BASE)));

        String email = unique("kh") + "@example.test";
        long customer = customer(admin(), email);
        String serial = product(admin(), customer);
        String number = ticket(admin(), customer, serial, "CARRY_IN_REPAIR");
        JsonObject received = ticketEvent(
                number, "{\"type\":\"RECEIVED\",\"item\":\"空调室内机\",\"condition\":\"完好\",\"person\":\"张三\"}");
        ticketEvent(number, "{\"type\":\"RESOLVED\"}");
        ticketEvent(number, "{\"type\":\"READY_FOR_PICKUP\"}");
        ticketEvent(
                number,
                "{\"type\":\"COLLECTED\",\"pickupCode\":\"" + received.getString("pickupCode")
                        + "\",\"person\":\"张三\"}");
        ticketEvent(number, "{\"type\":\"CLOSED\"}");

        List<MimeMessage> mails = mailsTo(email, number);
        assertEquals(1, mails.size(), "one invitation to " + email);
        MimeMessage mail = mails.get(0);
        assertTrue(mail.getSubject().contains("请评价"), mail.getSubject());
        String body = String.valueOf(mail.getContent());
        assertTrue(body.contains("叫修单 " + number), body);
        Matcher link = Pattern.compile(Pattern.quote(Api.BASE) + "/survey\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(body);
        assertTrue(link.find(), "no survey link in: " + body);
        String token = link.group(1);
        assertEquals(
                token,
                get("/api/v1/tickets/" + number + "/survey", admin()).json().getString("token"));

        // the link opens the questionnaire without login, in Chinese
        HttpResponse<String> page = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(link.group(0))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(number), "the ticket's survey page");
        Answer questions = get("/api/v1/surveys/" + token, null);
        assertEquals(200, questions.status(), questions.body());
        Answer answered = post("/api/v1/surveys/" + token, null, """
                {"score":10,"taughtMaintenance":true,"calledBack":true,"level":"SATISFIED","productStars":5,"serviceStars":5}""");
        assertEquals(200, answered.status(), answered.body());
        assertEquals(409, get("/api/v1/surveys/" + token, null).status(), "one answer");
    }

    // --- Q3: overdue corrective actions and information-form answers by mail ---

    @Test
    void anOverdueCorrectiveActionAndAnOverdueAnswerAreMailedToTheirPeopleAndQuality() throws Exception {
        String ownerEmail = unique("zr") + "@example.test";
        String owner = user("TECHNICIAN", ownerEmail);
        Answer complaint = post("/api/v1/complaints", auth(quality), """
                {"channel":"PHONE","category":"PRODUCT_QUALITY","severity":"NORMAL","description":"外机异响"}""");
        assertEquals(201, complaint.status(), complaint.body());
        Answer raised = post("/api/v1/corrective-actions", auth(quality), """
                {"source":"COMPLAINT","sourceRef":"%s","title":"外机异响整改","owner":"%s","department":"制造部","deadline":"%s"}""".formatted(
                        complaint.json().getString("number"), owner, today()));
        assertEquals(201, raised.status(), raised.body());
        String capa = "CAPA-" + raised.json().getJsonNumber("id").longValue();

        String memberEmail = unique("bm") + "@example.test";
        String member = user("TECHNICIAN", memberEmail);
        String code = unique("D").toUpperCase();
        ok(send("PUT", "/api/v1/responsible-departments/" + code, auth(quality), """
                {"name":"制造部%s","active":true,"members":["%s"]}""".formatted(code, member)));
        Answer form = post("/api/v1/info-forms", auth(quality), """
                {"source":"TYPED","serialNumber":"SN-IT-1","problem":"室内机漏水"}""");
        assertEquals(201, form.status(), form.body());
        long id = form.json().getJsonNumber("id").longValue();
        ok(post("/api/v1/info-forms/" + id + "/events", auth(quality), "{\"type\":\"FILLED\",\"details\":\"漏水\"}"));
        ok(post("/api/v1/info-forms/" + id + "/events", auth(quality), """
                {"type":"ROUTED","department":"%s","deadline":"%s"}""".formatted(code, today())));

        assertTrue(scanAfter(2) >= 2);
        List<MimeMessage> toOwner = mailsTo(ownerEmail, capa + " ");
        assertEquals(1, toOwner.size(), "the owner is mailed once");
        assertTrue(
                toOwner.get(0).getSubject().contains("已超过完成期限"), toOwner.get(0).getSubject());
        assertTrue(String.valueOf(toOwner.get(0).getContent()).contains("外机异响整改"));
        assertEquals(1, mailsTo(qualityEmail, capa + " ").size(), "QUALITY is mailed");
        List<MimeMessage> toMember = mailsTo(memberEmail, "售后信息处理单 " + id + "：");
        assertEquals(1, toMember.size(), "the department's member is mailed");
        assertTrue(
                toMember.get(0).getSubject().contains("制造部" + code),
                toMember.get(0).getSubject());
        assertEquals(1, mailsTo(qualityEmail, "售后信息处理单 " + id + "：").size());

        // alerted once: a later run mails nobody again
        scanAfter(3);
        Thread.sleep(3_000);
        assertEquals(1, mailsTo(ownerEmail, capa + " ").size());
        assertEquals(1, mailsTo(memberEmail, "售后信息处理单 " + id + "：").size());
    }

    // --- Q2: classified and graded ---

    @Test
    void theClassifiedStepChangesCategoryAndSeverityKeepsThePromiseAndWritesTheHistory() {
        Answer taken = post("/api/v1/complaints", auth(quality), """
                {"channel":"PHONE","category":"SERVICE_ATTITUDE","severity":"NORMAL","description":"维修后仍漏水"}""");
        assertEquals(201, taken.status(), taken.body());
        String number = taken.json().getString("number");
        String promised = taken.json().getString("replyBy");
        String path = "/api/v1/complaints/" + number + "/events";

        // a bad value: refused beside its field, nothing changes
        Answer bad = post(path, auth(quality), "{\"type\":\"CLASSIFIED\",\"severity\":\"VERY_BAD\"}");
        assertEquals(422, bad.status(), bad.body());
        assertTrue(bad.contentType().startsWith("application/problem+json"), bad.contentType());
        assertTrue(bad.body().contains("\"severity\""), bad.body());
        JsonObject unchanged = ok(get("/api/v1/complaints/" + number, auth(quality)));
        assertEquals("ACCEPTED", unchanged.getString("state"));
        assertEquals("NORMAL", unchanged.getString("severity"));
        assertEquals(1, unchanged.getJsonArray("events").size());

        JsonObject classified = ok(post(path, auth(quality), """
                {"type":"CLASSIFIED","note":"实为产品质量问题","category":"PRODUCT_QUALITY","severity":"SERIOUS"}"""));
        assertEquals("CLASSIFIED", classified.getString("state"));
        assertEquals("PRODUCT_QUALITY", classified.getString("category"));
        assertEquals("SERIOUS", classified.getString("severity"));
        assertEquals(promised, classified.getString("replyBy"), "the reply time promised to the customer is kept");
        JsonObject line = classified.getJsonArray("events").getJsonObject(1);
        assertEquals("CLASSIFIED", line.getString("type"));
        assertEquals("SERVICE_ATTITUDE", line.getString("categoryFrom"));
        assertEquals("PRODUCT_QUALITY", line.getString("categoryTo"));
        assertEquals("NORMAL", line.getString("severityFrom"));
        assertEquals("SERIOUS", line.getString("severityTo"));

        // only the classification changes them
        Answer later = post(path, auth(quality), """
                {"type":"INVESTIGATING","owner":"%s","department":"质检中心","severity":"CRITICAL"}""".formatted(quality));
        assertEquals(422, later.status(), later.body());
        assertEquals(
                "SERIOUS",
                ok(get("/api/v1/complaints/" + number, auth(quality))).getString("severity"));
    }

    // --- issue 10.1: a partner's complaints ---

    @Test
    void aPartnerComplainsAboutItsOwnCustomersAndTicketsOnlyAndReadsOnlyItsOwn() {
        String a = basic(user("PARTNER", null), PASSWORD);
        String b = basic(user("PARTNER", null), PASSWORD);
        long customerA = customer(a, null);
        String serialA = product(a, customerA);
        Answer t = post("/api/v1/tickets", a, """
                {"customerId":%d,"serialNumber":"%s","channel":"PARTNER_API","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"不制冷"}""".formatted(customerA, serialA));
        assertEquals(201, t.status(), t.body());
        String ticketA = t.json().getString("number");

        // its own ticket: taken, the channel is the partner API whatever the body says
        Answer filed = post("/api/v1/complaints", a, """
                {"customerId":%d,"ticketNumber":"%s","channel":"PHONE","category":"TIMELINESS","severity":"SERIOUS","description":"三天无人上门"}""".formatted(customerA, ticketA));
        assertEquals(201, filed.status(), filed.body());
        String number = filed.json().getString("number");
        assertEquals("PARTNER_API", filed.json().getString("channel"));
        JsonObject mine = ok(get("/api/v1/complaints/" + number, a));
        assertEquals(ticketA, mine.getString("ticketNumber"));
        assertEquals(serialA, mine.getString("serialNumber"));
        assertEquals(1, ok(get("/api/v1/complaints?ticketNumber=" + ticketA, a)).getInt("total"));

        // another partner: A's complaint, customer, product and ticket are unknown to it
        assertEquals(404, get("/api/v1/complaints/" + number, b).status());
        assertEquals(0, ok(get("/api/v1/complaints?ticketNumber=" + ticketA, b)).getInt("total"));
        for (String body : new String[] {
            "{\"customerId\":" + customerA + ",\"channel\":\"PARTNER_API\"",
            "{\"ticketNumber\":\"" + ticketA + "\",\"channel\":\"PARTNER_API\"",
            "{\"serialNumber\":\"" + serialA + "\",\"channel\":\"PARTNER_API\"",
            "{\"channel\":\"PARTNER_API\""
        }) {
            Answer refused = post(
                    "/api/v1/complaints",
                    b,
                    body + ",\"category\":\"OTHER\",\"severity\":\"NORMAL\",\"description\":\"x\"}");
            assertEquals(422, refused.status(), body + " → " + refused.body());
        }
        assertEquals(
                1,
                ok(get("/api/v1/complaints?ticketNumber=" + ticketA, admin())).getInt("total"));

        // a partner never moves a complaint, and a staff complaint is unknown to it
        assertEquals(
                403,
                post("/api/v1/complaints/" + number + "/events", a, "{\"type\":\"CLASSIFIED\"}")
                        .status());
        assertEquals(
                "ACCEPTED", ok(get("/api/v1/complaints/" + number, admin())).getString("state"));
        Answer staff = post("/api/v1/complaints", auth(quality), """
                {"ticketNumber":"%s","channel":"PHONE","category":"OTHER","severity":"NORMAL","description":"客户来电"}""".formatted(ticketA));
        assertEquals(201, staff.status(), staff.body());
        assertEquals(
                404,
                get("/api/v1/complaints/" + staff.json().getString("number"), a).status());
        assertEquals(1, ok(get("/api/v1/complaints?ticketNumber=" + ticketA, a)).getInt("total"));
        assertFalse(get("/api/v1/complaints?size=500", a)
                .body()
                .contains(staff.json().getString("number")));
    }
}
