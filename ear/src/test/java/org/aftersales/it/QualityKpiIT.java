package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14.6/14.7 against the EAR in Payara: closed tickets' events feed quality's KPI facts and daily
 * rollups; the figures of a crafted set of tickets of one model (a repeat failure, a reopened ticket,
 * a survey, an evaluation, a complaint) are what the definitions say; the month's audit sample takes
 * the configured share (5 %, rounded up) and is the same when drawn again.
 */
class QualityKpiIT {

    private static final String PASSWORD = "quality kpi it secret";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static String quality;
    static String manager;

    @BeforeAll
    static void people() {
        quality = Api.createUser("QUALITY", PASSWORD);
        manager = Api.createUser("MANAGER", PASSWORD);
    }

    private static String auth(String user) {
        return basic(user, PASSWORD);
    }

    /** Products of {@code model} delivered today through the hand-over import; their serials. */
    private static List<String> delivered(String model, int n) throws Exception {
        String today = LocalDate.now(ZONE).toString();
        StringBuilder csv = new StringBuilder("客户名称,客户类型,联系人,电话,地区,地址,型号,出厂编码,颜色,出厂日期,购买日期,购买凭证,用途\n");
        List<String> serials = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            String serial = unique("KP");
            serials.add(serial);
            String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
            csv.append("统计客户" + phone + ",家庭,赵," + phone + ",天津,天津市河西区2号," + model + "," + serial + ",白," + today + ","
                    + today + ",发票,家用\n");
        }
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Api.BASE + "/api/v1/imports/handover?fileName=" + model + ".csv&dryRun=false"))
                .header("Authorization", admin())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response =
                Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        return serials;
    }

    private static String registered(String serial) {
        long customer = get("/api/v1/products/" + serial, admin())
                .json()
                .getJsonNumber("customerId")
                .longValue();
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"CARRY_IN_REPAIR","faultLevel":"GENERAL","description":"不制热"}""".formatted(customer, serial));
        assertEquals(201, t.status(), t.body());
        return t.json().getString("number");
    }

    /** A carry-in repair taken from REGISTERED to CLOSED. */
    private static void workedAndClosed(String number) {
        JsonObject received = ticketEvent(
                number, "{\"type\":\"RECEIVED\",\"item\":\"空调室内机\",\"condition\":\"完好\",\"person\":\"赵六\"}");
        ticketEvent(number, "{\"type\":\"RESOLVED\"}");
        ticketEvent(number, "{\"type\":\"READY_FOR_PICKUP\"}");
        ticketEvent(
                number,
                "{\"type\":\"COLLECTED\",\"pickupCode\":\"" + received.getString("pickupCode")
                        + "\",\"person\":\"赵六\"}");
        ticketEvent(number, "{\"type\":\"CLOSED\"}");
    }

    private static JsonObject ticketEvent(String number, String json) {
        Answer a = post("/api/v1/tickets/" + number + "/events", admin(), json);
        assertEquals(201, a.status(), a.body());
        return a.json();
    }

    private static Optional<JsonObject> modelFigures(String model) {
        String today = LocalDate.now(ZONE).toString();
        Answer k = get("/api/v1/kpis?from=" + today + "&to=" + today + "&groupBy=MODEL", auth(quality));
        assertEquals(200, k.status(), k.body());
        return k.json().getJsonArray("groups").stream()
                .map(JsonObject.class::cast)
                .filter(g -> g.getString("key").equals(model))
                .findFirst();
    }

    private static long tickets(String model) {
        return modelFigures(model)
                .map(g -> g.getJsonNumber("tickets").longValue())
                .orElse(0L);
    }

    private static JsonArray array(Answer a) {
        try (JsonReader reader = Json.createReader(new StringReader(a.body()))) {
            return reader.readArray();
        }
    }

    private static String agentOrTechnician() {
        return Api.createUser("TECHNICIAN", PASSWORD);
    }

    private static String text(JsonObject o, String field) {
        return o.isNull(field) ? null : o.getString(field);
    }

    @Test
    void closedTicketsFeedTheFiguresOfTheirModelAsTheDefinitionsSay() throws Exception {
        String model = unique("KPI");
        List<String> serials = delivered(model, 3);
        // A: closed, then another repair call for the same serial → A is a repeat failure, B a first-time fix
        String a = registered(serials.get(0));
        workedAndClosed(a);
        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(model) == 1);
        String b = registered(serials.get(0));
        workedAndClosed(b);
        // C: closed, reopened and closed again → no first-time fix, counted once
        String c = registered(serials.get(1));
        workedAndClosed(c);
        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(model) == 3);
        ticketEvent(c, "{\"type\":\"REOPENED\",\"note\":\"又不制热了\"}");
        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(model) == 2);
        workedAndClosed(c);
        // D: closed, a survey scored 8, an evaluation 9 / 7, a complaint about the product
        String d = registered(serials.get(2));
        workedAndClosed(d);
        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(model) == 4);
        await().atMost(Duration.ofSeconds(30))
                .until(() ->
                        get("/api/v1/tickets/" + d + "/survey", auth(quality)).status() == 200);
        String token =
                get("/api/v1/tickets/" + d + "/survey", auth(quality)).json().getString("token");
        Answer answered = post("/api/v1/surveys/" + token, null, """
                {"score":8,"whyNot":"等了两天","taughtMaintenance":true,"calledBack":true,"level":"SATISFIED","productStars":4,"serviceStars":5}""");
        assertEquals(200, answered.status(), answered.body());
        // an open ticket, of another model: a repair call for one of the set's serials would make a repeat failure
        String open = registered(delivered(unique("KPX"), 1).get(0));
        Answer notClosed = send("PUT", "/api/v1/tickets/" + open + "/evaluation", auth(quality), """
                {"quality":9,"attitude":7}""");
        assertEquals(409, notClosed.status(), notClosed.body());
        Answer badScore = send("PUT", "/api/v1/tickets/" + d + "/evaluation", auth(quality), """
                {"quality":11,"attitude":7}""");
        assertEquals(422, badScore.status(), badScore.body());
        Answer evaluated = send("PUT", "/api/v1/tickets/" + d + "/evaluation", auth(quality), """
                {"quality":9,"attitude":7,"remarks":"规范"}""");
        assertEquals(200, evaluated.status(), evaluated.body());
        long customer = get("/api/v1/products/" + serials.get(2), admin())
                .json()
                .getJsonNumber("customerId")
                .longValue();
        Answer complaint = post("/api/v1/complaints", auth(quality), """
                {"customerId":%d,"serialNumber":"%s","ticketNumber":"%s","channel":"PHONE","category":"PRODUCT_QUALITY","severity":"NORMAL","description":"修后仍有异响"}""".formatted(customer, serials.get(2), d));
        assertEquals(201, complaint.status(), complaint.body());

        JsonObject g = modelFigures(model).orElseThrow();
        assertEquals(4, g.getJsonNumber("tickets").longValue(), g.toString());
        assertEquals("0.50", text(g, "firstTimeFix"), g.toString()); // B and D
        assertEquals("0.25", text(g, "repeatFailure30d"), g.toString()); // A
        assertEquals("1.00", text(g, "slaArrivalMet"), g.toString());
        assertEquals("1.00", text(g, "slaResolutionMet"), g.toString());
        assertEquals("8.0", text(g, "satisfaction"), g.toString());
        assertEquals("9.0", text(g, "evaluationQuality"), g.toString());
        assertEquals("7.0", text(g, "evaluationAttitude"), g.toString());
        assertEquals(1, g.getJsonNumber("complaints").longValue(), g.toString());
        assertEquals("333.3", text(g, "complaintsPerThousandProducts"), g.toString()); // 1 of 3 products
        assertTrue(g.get("mttrHours").getValueType() == JsonValue.ValueType.STRING, g.toString());

        // the whole period includes them, grouped by technician as well
        String today = LocalDate.now(ZONE).toString();
        Answer all = get("/api/v1/kpis?from=" + today + "&to=" + today + "&groupBy=TECHNICIAN", auth(manager));
        assertEquals(200, all.status(), all.body());
        assertTrue(all.json().getJsonNumber("tickets").longValue() >= 4, all.body());
        assertEquals(
                422,
                get("/api/v1/kpis?from=" + today + "&to=2020-01-01", auth(manager))
                        .status());
        assertEquals(
                403,
                get("/api/v1/kpis?from=" + today + "&to=" + today, auth(agentOrTechnician()))
                        .status());
    }

    @Test
    void theMonthsAuditSampleTakesTheConfiguredShareAndIsTheSameWhenDrawnAgain() throws Exception {
        String model = unique("KPS");
        List<String> serials = delivered(model, 2);
        for (String serial : serials) {
            workedAndClosed(registered(serial));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> tickets(model) == 2);
        YearMonth month = YearMonth.now(ZONE);
        Answer k = get("/api/v1/kpis?from=" + month.atDay(1) + "&to=" + month.atEndOfMonth(), auth(manager));
        long closed = k.json().getJsonNumber("tickets").longValue();
        Answer first = post("/api/v1/evaluation-samples/" + month, auth(manager), null);
        assertEquals(200, first.status(), first.body());
        long expected = (closed * 5 + 99) / 100; // 5 %, rounded up
        assertEquals(expected, array(first).size(), "of " + closed + ": " + first.body());
        Answer again = post("/api/v1/evaluation-samples/" + month, auth(manager), null);
        assertEquals(first.body(), again.body());
        assertEquals(
                403,
                post("/api/v1/evaluation-samples/" + month, auth(quality), null).status());
        JsonObject item = array(first).getJsonObject(0);
        long id = item.getJsonNumber("id").longValue();
        assertEquals(
                422,
                post("/api/v1/evaluation-samples/audits/" + id, auth(manager), "{\"verdict\":\"QUESTIONED\"}")
                        .status());
        Answer audited = post("/api/v1/evaluation-samples/audits/" + id, auth(manager), "{\"verdict\":\"CONFIRMED\"}");
        assertEquals(200, audited.status(), audited.body());
        assertEquals(
                409,
                post("/api/v1/evaluation-samples/audits/" + id, auth(manager), "{\"verdict\":\"CONFIRMED\"}")
                        .status());
    }
}
