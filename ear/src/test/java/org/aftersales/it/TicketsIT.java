package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * T1–T10 through the API (../shared/API.md, "Tickets", "SOAP") against the EAR in Payara: intake
 * with number, entitlement and SLA; 50 parallel registrations; the state machine's 409s; M2 on
 * dispatch; the carry-in path; the SLA watch timer → JMS → e-mail received by a real SMTP server.
 */
class TicketsIT {

    private static final String PASSWORD = "tickets it secret";
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static GreenMail smtp;

    @BeforeAll
    static void smtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 25025), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static long customer(String name) {
        Answer created =
                post("/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"%s","phone":"139%08d","region":"北京","address":"北京市朝阳区建国路1号"}""".formatted(name, name, (long) (Math.random() * 100_000_000L)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String product(long customerId, String factoryDate, String purchaseDate, String proof) {
        String serial = unique("SNT");
        Answer created = post("/api/v1/customers/" + customerId + "/products", admin(), """
                {"model":"KFR-35GW","serialNumber":"%s","colour":"白","factoryDate":"%s","purchaseDate":%s,
                 "proofOfPurchase":"%s","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(
                        serial, factoryDate, purchaseDate == null ? "null" : "\"" + purchaseDate + "\"", proof));
        assertEquals(201, created.status(), created.body());
        return serial;
    }

    private static String ticketJson(
            long customerId, String serial, String level, String department, String registeredAt, String extra) {
        return """
                {"customerId":%d,"serialNumber":%s,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"%s",
                 "department":%s,"description":"压缩机不启动","registeredAt":%s%s}""".formatted(
                        customerId,
                        serial == null ? "null" : "\"" + serial + "\"",
                        level,
                        department == null ? "null" : "\"" + department + "\"",
                        registeredAt == null ? "null" : "\"" + registeredAt + "\"",
                        extra == null ? "" : "," + extra);
    }

    private static JsonObject event(String number, String auth, String json, int expected) {
        Answer answer = post("/api/v1/tickets/" + number + "/events", auth, json);
        assertEquals(expected, answer.status(), answer.body());
        return answer.status() < 300 ? answer.json() : null;
    }

    /** Names as people have them: no role name in capitals on the screens (TermsBrowserIT reads them). */
    private static final java.util.Map<String, String> ROLE_WORDS = java.util.Map.of(
            "AGENT",
            "坐席",
            "DISPATCHER",
            "调度",
            "TECHNICIAN",
            "师傅",
            "WAREHOUSE",
            "库管",
            "MANAGER",
            "经理",
            "ADMIN",
            "管理员",
            "PARTNER",
            "伙伴",
            "FINANCE",
            "财务",
            "QUALITY",
            "质管");

    private static String user(String role, String qualifications, String email) {
        String username = unique("t");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"叫修测试%s","password":"%s","roles":["%s"],"region":"北京",
                 "qualifications":[%s],"email":%s,"temporaryPassword":false}""".formatted(
                        username,
                        ROLE_WORDS.get(role),
                        PASSWORD,
                        role,
                        qualifications,
                        email == null ? "null" : "\"" + email + "\""));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    @Test
    void aRepairCallIsRegisteredAsAPIMdSays() {
        long customer = customer("叫修客户" + unique(""));
        String serial = product(customer, "2023-05-20", null, "NONE");
        String registered = OffsetDateTime.now(CHINA).minusHours(1).withNano(0).format(ISO);
        Answer created =
                post("/api/v1/tickets", admin(), ticketJson(customer, serial, "MAJOR", "YX", registered, null));
        assertEquals(201, created.status(), created.body());
        JsonObject t = created.json();
        String number = t.getString("number");
        assertTrue(number.matches("YX-\\d{2}-\\d{2}-\\d{2,}"), number);
        assertTrue(created.header("Location").endsWith("/api/v1/tickets/" + number));
        assertEquals("REGISTERED", t.getString("status"));
        assertEquals("MAJOR", t.getString("faultLevel"));
        assertEquals("PAID", t.getString("entitlement"), "factory date 2023 + 3 months, whole unit 1 year: expired");
        JsonObject sla = t.getJsonObject("sla");
        assertEquals(
                OffsetDateTime.parse(registered).plusHours(48).format(ISO),
                sla.getString("arriveBy"),
                "T5: MAJOR on site within 48 h");
        assertTrue(sla.getString("arriveBy").endsWith("+08:00"), "instants with the China offset");
        assertTrue(
                sla.isNull("solutionBy") && sla.isNull("resolveBy"),
                "deadlines after an arrival not yet recorded are null");
        assertEquals(0, sla.getJsonArray("breaches").size());
        assertEquals("REGISTERED", t.getJsonArray("events").getJsonObject(0).getString("type"));

        JsonObject read = get("/api/v1/tickets/" + number, admin()).json();
        assertEquals(number, read.getString("number"));
        assertEquals(404, get("/api/v1/tickets/YX-99-01-9999", admin()).status());

        // the same Idempotency-Key creates nothing new
        String key = unique("idem");
        String body = ticketJson(customer, serial, "GENERAL", null, null, null);
        Answer first = post("/api/v1/tickets", admin(), body, "Idempotency-Key", key);
        Answer again = post("/api/v1/tickets", admin(), body, "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        assertEquals(first.json().getString("number"), again.json().getString("number"));
    }

    /**
     * Issue 15.4: requests racing with one Idempotency-Key create one ticket; the others are told the
     * key is in progress (409) or get the first answer again — never a 500, and never a second ticket.
     */
    @Test
    void racingRequestsWithOneIdempotencyKeyCreateOneTicket() throws Exception {
        long customer = customer("并发客户" + unique(""));
        String serial = product(customer, "2023-05-20", null, "NONE");
        String body = ticketJson(customer, serial, "GENERAL", null, null, null);
        String key = unique("race");
        int racers = 6;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return post("/api/v1/tickets", admin(), body, "Idempotency-Key", key);
                }));
            }
            start.countDown();
            Set<String> numbers = new java.util.HashSet<>();
            for (var future : answers) {
                Answer answer = future.get(120, java.util.concurrent.TimeUnit.SECONDS);
                assertTrue(answer.status() == 201 || answer.status() == 409, answer.status() + " " + answer.body());
                if (answer.status() == 201) {
                    numbers.add(answer.json().getString("number"));
                } else {
                    assertTrue(answer.body().contains("idempotency-key"), answer.body());
                }
            }
            assertEquals(1, numbers.size(), "one ticket, whoever won: " + numbers);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                1, get("/api/v1/tickets?customerId=" + customer, admin()).json().getInt("total"));
    }

    @Test
    void badRequestsAreRefusedWithFieldErrorsAndCreateNothing() {
        long customer = customer("坏请求" + unique(""));
        Answer invalid = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"FAX","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"x"}""".formatted(customer));
        assertEquals(422, invalid.status());
        assertTrue(invalid.body().contains("\"field\":\"channel\""), invalid.body());
        Answer unknownSerial =
                post("/api/v1/tickets", admin(), ticketJson(customer, "NO-SUCH-SERIAL", "GENERAL", null, null, null));
        assertEquals(422, unknownSerial.status());
        assertTrue(unknownSerial.body().contains("serialNumber"));
        Answer future = post(
                "/api/v1/tickets",
                admin(),
                ticketJson(
                        customer,
                        null,
                        "GENERAL",
                        null,
                        OffsetDateTime.now(CHINA).plusDays(1).format(ISO),
                        null));
        assertEquals(422, future.status());
        assertEquals(400, post("/api/v1/tickets", admin(), "{\"customerId\":").status());
        assertEquals(
                0, get("/api/v1/tickets?customerId=" + customer, admin()).json().getInt("total"));
    }

    @Test
    void fiftyParallelRegistrationsGetFiftyConsecutiveNumbers() throws Exception {
        long customer = customer("并发" + unique(""));
        String department = "Q" + (char) ('A' + (int) (Math.random() * 26)) + (char) ('A' + (int) (Math.random() * 26))
                + (char) ('A' + (int) (Math.random() * 26));
        ExecutorService pool = Executors.newFixedThreadPool(25);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Callable<Answer> call = () ->
                    post("/api/v1/tickets", admin(), ticketJson(customer, null, "GENERAL", department, null, null));
            answers.add(pool.submit(call));
        }
        Set<Integer> sequence = new TreeSet<>();
        String month = null;
        for (Future<Answer> f : answers) {
            Answer a = f.get();
            assertEquals(201, a.status(), a.body());
            String number = a.json().getString("number");
            month = number.substring(0, number.lastIndexOf('-'));
            sequence.add(Integer.parseInt(number.substring(number.lastIndexOf('-') + 1)));
        }
        pool.shutdown();
        assertEquals(50, sequence.size(), "no number twice");
        assertEquals(1, (int) ((TreeSet<Integer>) sequence).first());
        assertEquals(50, (int) ((TreeSet<Integer>) sequence).last(), "gap-free: 01…50 for " + month);
    }

    @Test
    void theLifecycleAllowsOnlyWhatTheStatusAllowsAndDispatchChecksQualifications() {
        long customer = customer("流程" + unique(""));
        String serial = product(customer, "2026-01-01", "2026-02-01", "INVOICE");
        String registered = OffsetDateTime.now(CHINA).minusHours(30).withNano(0).format(ISO);
        JsonObject t = post(
                        "/api/v1/tickets",
                        admin(),
                        ticketJson(
                                customer,
                                serial,
                                "GENERAL",
                                null,
                                registered,
                                "\"requiredQualifications\":[\"PRESSURE_VESSEL\"]"))
                .json();
        String number = t.getString("number");
        assertEquals("FREE", t.getString("entitlement"), "bought 2026-02-01 with an invoice: in warranty");

        // not on site before dispatch: 409, unchanged
        Answer early = post("/api/v1/tickets/" + number + "/events", admin(), "{\"type\":\"ARRIVED\"}");
        assertEquals(409, early.status(), early.body());
        assertTrue(early.contentType().startsWith("application/problem+json"));
        assertEquals(
                "REGISTERED", get("/api/v1/tickets/" + number, admin()).json().getString("status"));

        // M2: a technician without the pressure-vessel certificate is refused with the reason
        String electrician = user("TECHNICIAN", "\"ELECTRICIAN\"", null);
        String certified = user("TECHNICIAN", "\"PRESSURE_VESSEL\",\"ELECTRICIAN\"", null);
        Answer refused = post(
                "/api/v1/tickets/" + number + "/events",
                admin(),
                "{\"type\":\"DISPATCHED\",\"technician\":\"" + electrician + "\"}");
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("PRESSURE_VESSEL"), refused.body());
        assertTrue(get("/api/v1/tickets/" + number, admin()).json().isNull("technician"), "nobody assigned");

        String dispatcher = user("DISPATCHER", "", null);
        event(
                number,
                basic(dispatcher, PASSWORD),
                "{\"type\":\"DISPATCHED\",\"technician\":\"" + certified + "\",\"note\":\"请今天去\"}",
                201);
        // another technician may not record on it
        event(number, basic(electrician, PASSWORD), "{\"type\":\"ARRIVED\"}", 403);
        // a technician may not dispatch
        event(
                number,
                basic(certified, PASSWORD),
                "{\"type\":\"DISPATCHED\",\"technician\":\"" + certified + "\"}",
                403);

        JsonObject onSite = event(number, basic(certified, PASSWORD), "{\"type\":\"ARRIVED\",\"note\":\"到达现场\"}", 201);
        assertEquals("ON_SITE", onSite.getString("status"));
        JsonObject sla = onSite.getJsonObject("sla");
        assertEquals(
                "[\"ARRIVAL\"]", sla.getJsonArray("breaches").toString(), "arrived 30 h after a GENERAL call: late");
        assertTrue(sla.isNull("solutionBy"), "GENERAL faults have no solution deadline");
        assertTrue(!sla.isNull("resolveBy"));

        // the service record, with a stale version refused
        long version = onSite.getJsonNumber("version").longValue();
        Answer saved =
                send("PUT", "/api/v1/tickets/" + number + "/service-record", basic(certified, PASSWORD), """
                {"version":%d,"diagnosis":"启动电容失效","solution":"更换电容","workDone":"更换启动电容并试机","partsUsed":"电容 35µF ×1","hours":"1.50"}""".formatted(
                                version));
        assertEquals(200, saved.status(), saved.body());
        assertEquals("1.50", saved.json().getString("hours"));
        assertEquals(
                409,
                send(
                                "PUT",
                                "/api/v1/tickets/" + number + "/service-record",
                                basic(certified, PASSWORD),
                                "{\"version\":%d,\"diagnosis\":\"x\"}".formatted(version))
                        .status());

        event(number, basic(certified, PASSWORD), "{\"type\":\"RESOLVED\"}", 201);
        event(number, basic(certified, PASSWORD), "{\"type\":\"CLOSED\"}", 403);
        event(number, admin(), "{\"type\":\"CLOSED\"}", 409); // not accepted yet
        event(number, basic(certified, PASSWORD), "{\"type\":\"ACCEPTED\",\"note\":\"客户满意\"}", 201);
        JsonObject closed = event(number, admin(), "{\"type\":\"CLOSED\"}", 201);
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(
                1,
                get("/api/v1/tickets?breached=true&customerId=" + customer, admin())
                        .json()
                        .getInt("total"),
                "the late arrival stays on record");
        event(number, admin(), "{\"type\":\"CANCELLED\",\"note\":\"迟了\"}", 409);
        event(number, admin(), "{\"type\":\"REOPENED\"}", 422); // a reason is required
        JsonObject reopened = event(number, admin(), "{\"type\":\"REOPENED\",\"note\":\"又不制冷了\"}", 201);
        assertEquals("REGISTERED", reopened.getString("status"));
        List<String> types = reopened.getJsonArray("events").stream()
                .map(v -> v.asJsonObject().getString("type"))
                .toList();
        assertEquals(
                List.of(
                        "REGISTERED",
                        "DISPATCHED",
                        "ARRIVED",
                        "SERVICE_RECORDED",
                        "RESOLVED",
                        "ACCEPTED",
                        "CLOSED",
                        "REOPENED"),
                types,
                "the history is append-only: nothing is lost on reopening");
        assertEquals(
                0,
                get("/api/v1/tickets?breached=true&customerId=" + customer, admin())
                        .json()
                        .getInt("total"),
                "a reopened ticket's clocks start again");
    }

    @Test
    void aCarryInRepairIsCollectedOnlyAgainstItsPickupReceipt() {
        long customer = customer("送修" + unique(""));
        String serial = product(customer, "2026-01-01", "2026-02-01", "INVOICE");
        String number = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"CARRY_IN_REPAIR","faultLevel":"GENERAL","description":"遥控器失灵"}""".formatted(customer, serial))
                .json()
                .getString("number");
        event(number, admin(), "{\"type\":\"DISPATCHED\",\"technician\":\"admin\"}", 409);
        JsonObject received = event(
                number,
                admin(),
                "{\"type\":\"RECEIVED\",\"item\":\"空调室内机\",\"condition\":\"外壳有划痕，附遥控器\",\"person\":\"张三\"}",
                201);
        String code = received.getString("pickupCode");
        assertTrue(code.matches("\\d{6}"));
        event(number, admin(), "{\"type\":\"RESOLVED\"}", 201);
        event(number, admin(), "{\"type\":\"READY_FOR_PICKUP\"}", 201);
        event(number, admin(), "{\"type\":\"COLLECTED\",\"pickupCode\":\"000000x\"}", 422);
        JsonObject collected = event(
                number, admin(), "{\"type\":\"COLLECTED\",\"pickupCode\":\"" + code + "\",\"person\":\"张三\"}", 201);
        assertEquals("COLLECTED", collected.getString("status"));
        event(number, admin(), "{\"type\":\"CLOSED\"}", 201);
    }

    @Test
    void soapPartnersSubmitARepairRequestAndReadItsStatus() throws Exception {
        long customer = customer("接口客户" + unique(""));
        String wsdl = raw("GET", "/soap/RepairRequestService?wsdl", admin(), null);
        assertTrue(wsdl.contains("RepairRequestService") && wsdl.contains("submit"), wsdl);
        String submitted = raw("POST", "/soap/RepairRequestService", admin(), envelope("""
                <r:submit><request><customerId>%d</customerId><channel>PARTNER_API</channel><kind>ONSITE_REPAIR</kind>
                <faultLevel>GENERAL</faultLevel><description>SOAP 报修：不制热</description></request></r:submit>""".formatted(customer)));
        Matcher number =
                Pattern.compile("<number>([A-Z]+-\\d{2}-\\d{2}-\\d+)</number>").matcher(submitted);
        assertTrue(number.find(), submitted);
        assertTrue(submitted.contains("<status>REGISTERED</status>"), submitted);
        String status = raw(
                "POST",
                "/soap/RepairRequestService",
                admin(),
                envelope("<r:status><number>" + number.group(1) + "</number></r:status>"));
        assertTrue(
                status.contains("<number>" + number.group(1) + "</number>") && status.contains("<arriveBy>"), status);
        assertEquals(
                "REGISTERED",
                get("/api/v1/tickets/" + number.group(1), admin()).json().getString("status"));
        String fault = raw("POST", "/soap/RepairRequestService", admin(), envelope("""
                <r:submit><request><customerId>%d</customerId><kind>TELEPORT</kind><faultLevel>GENERAL</faultLevel>
                <description>x</description></request></r:submit>""".formatted(customer)));
        assertTrue(fault.contains("Fault") && fault.contains("<status>422</status>") && fault.contains("kind"), fault);
        assertEquals(
                401,
                Api.HTTP
                        .send(
                                HttpRequest.newBuilder(URI.create(Api.BASE + "/soap/RepairRequestService?wsdl"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    private static String envelope(String body) {
        return "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:r=\"http://aftersales.org/soap/repair/v1\">"
                + "<s:Body>" + body + "</s:Body></s:Envelope>";
    }

    private static String raw(String method, String path, String auth, String xml) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Authorization", auth)
                .timeout(Duration.ofSeconds(60));
        if (xml != null) {
            request.header("Content-Type", "text/xml; charset=utf-8")
                    .header("SOAPAction", "\"\"")
                    .method(method, HttpRequest.BodyPublishers.ofString(xml, StandardCharsets.UTF_8));
        }
        return Api.HTTP
                .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
    }

    @Test
    void majorFaultsAndMissedDeadlinesReachTheManagerInTheAppAndByMail() throws Exception {
        String manager = user("MANAGER", "", "manager-" + unique("") + "@example.test");
        String email = get("/api/v1/users/" + manager, admin()).json().getString("email");
        long customer = customer("超时客户" + unique(""));
        // T5: a major fault is reported to the general manager at once
        String major = post("/api/v1/tickets", admin(), ticketJson(customer, null, "MAJOR", null, null, null))
                .json()
                .getString("number");
        // T4: a GENERAL call registered 25 h ago has missed its arrival deadline: the SLA watch (every minute) tells
        String late = post(
                        "/api/v1/tickets",
                        admin(),
                        ticketJson(
                                customer,
                                null,
                                "GENERAL",
                                null,
                                OffsetDateTime.now(CHINA).minusHours(25).format(ISO),
                                null))
                .json()
                .getString("number");

        List<String> subjects = new ArrayList<>();
        long until = System.currentTimeMillis() + 150_000;
        while (System.currentTimeMillis() < until
                && !(subjects.stream().anyMatch(s -> s.contains(major))
                        && subjects.stream().anyMatch(s -> s.contains(late)))) {
            smtp.waitForIncomingEmail(5_000, 1);
            subjects.clear();
            for (MimeMessage m : smtp.getReceivedMessagesForDomain("example.test")) {
                if (m.getAllRecipients()[0].toString().equals(email)) {
                    subjects.add(m.getSubject());
                }
            }
        }
        assertTrue(subjects.stream().anyMatch(s -> s.contains(major) && s.contains("重大故障")), subjects.toString());
        assertTrue(subjects.stream().anyMatch(s -> s.contains(late) && s.contains("已超过到场期限")), subjects.toString());
        assertEquals(1, subjects.stream().filter(s -> s.contains(late)).count(), "alerted once: " + subjects);

        Answer notifications = get("/api/v1/notifications", basic(manager, PASSWORD));
        assertTrue(notifications.body().contains(major) && notifications.body().contains(late), notifications.body());
        JsonObject breached = get("/api/v1/tickets?breached=true&customerId=" + customer, admin())
                .json();
        assertEquals(1, breached.getInt("total"), "the watch marked the late ticket for the 'breached' filter");
        assertEquals(late, breached.getJsonArray("items").getJsonObject(0).getString("number"));
    }
}
