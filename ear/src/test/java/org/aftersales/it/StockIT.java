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

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * P1–P6 through the API (../shared/API.md, "Parts and stock") against the EAR in Payara: receiving
 * with a shortage, the moving average cost, all-or-nothing issues, 20 keepers racing for 5 units,
 * transfer conservation, and the low-stock event reaching the keeper's notifications.
 */
class StockIT {

    private static final String PASSWORD = "stock it secret";

    static String keeper() {
        String username = unique("w");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"库管员","password":"%s","roles":["WAREHOUSE"],"region":"北京","temporaryPassword":false}""".formatted(username, PASSWORD));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    static String servicePoint(String... keepers) {
        String code = ("S" + unique("").substring(0, 7)).toUpperCase(Locale.ROOT);
        String list = String.join(
                ",", java.util.Arrays.stream(keepers).map(k -> "\"" + k + "\"").toList());
        Answer created = post("/api/v1/service-points", admin(), """
                {"code":"%s","name":"测试服务站","keepers":[%s]}""".formatted(code, list));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    static String part(String price) {
        String number = unique("YSJ-");
        Answer created = post("/api/v1/parts", admin(), """
                {"partNumber":"%s","name":"压缩机","unit":"台","price":"%s","fittingModels":["KFR-35GW"],
                 "supplier":"某某压缩机厂","source":"BOUGHT_IN"}""".formatted(number, price));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/v1/parts/" + number), created.header("Location"));
        assertEquals(price, created.json().getString("price"));
        return number;
    }

    static JsonObject receive(String point, String part, int invoiced, int counted, String price) {
        Answer slip = post("/api/v1/stock/receipts", admin(), """
                {"servicePoint":"%s","supplier":"某某压缩机厂",
                 "lines":[{"partNumber":"%s","invoicedQty":%d,"countedQty":%d,"unitPrice":"%s"}]}""".formatted(point, part, invoiced, counted, price));
        assertEquals(201, slip.status(), slip.body());
        return slip.json();
    }

    static JsonObject stock(String point, String part) {
        Answer answer = get("/api/v1/stock?servicePoint=" + point + "&partNumber=" + part, admin());
        assertEquals(200, answer.status(), answer.body());
        JsonObject page = answer.json();
        assertEquals(1, page.getInt("total"), answer.body());
        return page.getJsonArray("items").getJsonObject(0);
    }

    private static String issueJson(String point, String... partAndQty) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i + 1 < partAndQty.length; i += 2) {
            lines.add("{\"partNumber\":\"%s\",\"qty\":%s}".formatted(partAndQty[i], partAndQty[i + 1]));
        }
        return "{\"servicePoint\":\"%s\",\"lines\":[%s]}".formatted(point, String.join(",", lines));
    }

    @Test
    void aReceiptWithAShortageAsAPIMdSays() { // P2
        String point = servicePoint();
        String part = part("850.00");
        Answer answer = post("/api/v1/stock/receipts", admin(), """
                {"servicePoint":"%s","supplier":"某某压缩机厂",
                 "lines":[{"partNumber":"%s","invoicedQty":10,"countedQty":8,"unitPrice":"800.00"}]}""".formatted(point, part));
        assertEquals(201, answer.status(), answer.body());
        JsonObject slip = answer.json();
        String number = slip.getString("number");
        assertTrue(number.matches("[A-Z]{2,6}-RK-\\d{2}-\\d{2}-\\d{2,}"), number);
        assertTrue(answer.header("Location").endsWith("/api/v1/stock/slips/" + number), answer.header("Location"));
        assertEquals("INBOUND", slip.getString("kind"));
        JsonObject discrepancy = slip.getJsonArray("discrepancies").getJsonObject(0);
        assertEquals(part, discrepancy.getString("partNumber"));
        assertEquals(2, discrepancy.getInt("shortage"));
        assertEquals(0, discrepancy.getInt("surplus"));
        assertEquals(8, slip.getJsonArray("lines").getJsonObject(0).getInt("qty"), "only counted quantities enter");
        assertEquals("6400.00", slip.getString("total"));

        JsonObject level = stock(point, part);
        assertEquals(point, level.getString("servicePoint"));
        assertEquals(part, level.getString("partNumber"));
        assertEquals(8, level.getInt("onHand"));
        assertEquals("800.00", level.getString("averageCost"));

        Answer again = get("/api/v1/stock/slips/" + number, admin());
        assertEquals(200, again.status(), again.body());
        assertEquals(
                2, again.json().getJsonArray("discrepancies").getJsonObject(0).getInt("shortage"));
        assertEquals(404, get("/api/v1/stock/slips/XX-99-01-01", admin()).status());
        Answer register = get("/api/v1/stock/discrepancies?open=true&servicePoint=" + point, admin());
        assertEquals(200, register.status(), register.body());
        assertEquals(1, register.json().getInt("total"), register.body());
        JsonObject open = register.json().getJsonArray("items").getJsonObject(0);
        assertEquals(number, open.getString("slipNumber"));
        assertEquals("某某压缩机厂", open.getString("supplier"));
        assertEquals("800.00", open.getString("unitPrice"));
        long id = open.getJsonNumber("id").longValue();
        Answer resolved =
                post("/api/v1/stock/discrepancies/" + id + "/resolution", admin(), "{\"resolution\":\"供应商补发 2 台\"}");
        assertEquals(200, resolved.status(), resolved.body());
        assertEquals("供应商补发 2 台", resolved.json().getString("resolution"));
        assertEquals("admin", resolved.json().getString("handler"));
        assertEquals(
                409,
                post("/api/v1/stock/discrepancies/" + id + "/resolution", admin(), "{\"resolution\":\"again\"}")
                        .status());
        assertEquals(
                0,
                get("/api/v1/stock/discrepancies?open=true&servicePoint=" + point, admin())
                        .json()
                        .getInt("total"));
        assertEquals(8, stock(point, part).getInt("onHand"), "resolving changes the register, not the stock");
        Answer pdf = send("GET", "/api/v1/stock/slips/" + number + "/pdf", admin(), null, "Accept", "application/pdf");
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    void theAverageCostMovesWithEveryReceipt() { // P6: moving weighted average
        String point = servicePoint();
        String part = part("850.00");
        receive(point, part, 8, 8, "800.00");
        receive(point, part, 2, 2, "900.00");
        JsonObject level = stock(point, part);
        assertEquals(10, level.getInt("onHand"));
        assertEquals("820.00", level.getString("averageCost"), "(8 × 800 + 2 × 900) / 10");
        receive(point, part, 5, 5, "100.01");
        assertEquals("580.00", stock(point, part).getString("averageCost"), "(10 × 820 + 5 × 100.01) / 15");
        // an issue is at the current average and leaves it unchanged
        Answer issued = post("/api/v1/stock/issues", admin(), issueJson(point, part, "3"));
        assertEquals(201, issued.status(), issued.body());
        assertEquals(
                "580.00", issued.json().getJsonArray("lines").getJsonObject(0).getString("unitPrice"));
        assertEquals("1740.01", issued.json().getString("total"), "3 × 580.0033");
        assertEquals("580.00", stock(point, part).getString("averageCost"));
        assertEquals(12, stock(point, part).getInt("onHand"));
    }

    @Test
    void notEnoughStockIsAConflictAndNothingIsIssued() { // P6: all lines or none
        String point = servicePoint();
        String plenty = part("10.00");
        String scarce = part("20.00");
        receive(point, plenty, 10, 10, "10.00");
        receive(point, scarce, 3, 3, "20.00");
        Answer refused = post("/api/v1/stock/issues", admin(), issueJson(point, plenty, "1", scarce, "5"));
        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals(409, refused.json().getInt("status"));
        assertEquals(10, stock(point, plenty).getInt("onHand"), "the line that could have gone did not");
        assertEquals(3, stock(point, scarce).getInt("onHand"));

        String nothing = part("5.00");
        assertEquals(
                409,
                post("/api/v1/stock/issues", admin(), issueJson(point, nothing, "1"))
                        .status(),
                "a part never received has nothing on hand");

        Answer invalid = post("/api/v1/stock/issues", admin(), """
                {"servicePoint":"%s","ticketNumber":"ZZ-99-01-01","lines":[{"partNumber":"%s","qty":0}]}""".formatted(point, plenty));
        assertEquals(422, invalid.status(), invalid.body());
        String errors = invalid.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("ticketNumber") && errors.contains("lines[0].qty"), errors);
        assertTrue(errors.contains("ZZ-99-01-01"), "issue 11.1: the message names the ticket typed: " + errors);
        Answer noLines = post("/api/v1/stock/issues", admin(), """
                {"servicePoint":"%s","lines":[]}""".formatted(point));
        assertEquals(422, noLines.status(), noLines.body());
        String lines = noLines.json().getJsonArray("errors").toString();
        assertTrue(lines.contains("\"lines\"") && lines.contains("200"), "issue 11.1: 1 to 200 lines: " + lines);
        assertEquals(
                400, post("/api/v1/stock/issues", admin(), "{\"servicePoint\":").status());
        assertEquals(10, stock(point, plenty).getInt("onHand"));
    }

    @Test
    void anIssueForATicketNamesIt() { // P3: the outbound slip to a ticket, checked through the tickets context
        Answer customer =
                post("/api/v1/customers", admin(), """
                {"name":"备件客户%s","type":"HOUSEHOLD","contact":"张三","phone":"139%08d","region":"北京","address":"北京市朝阳区"}""".formatted(unique(""), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, customer.status(), customer.body());
        Answer ticket = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"压缩机不启动"}""".formatted(
                        customer.json().getJsonNumber("id").longValue()));
        assertEquals(201, ticket.status(), ticket.body());
        String number = ticket.json().getString("number");
        String point = servicePoint();
        String part = part("850.00");
        receive(point, part, 2, 2, "800.00");
        String warehouse = keeper();
        Answer issued = post("/api/v1/stock/issues", basic(warehouse, PASSWORD), """
                {"servicePoint":"%s","ticketNumber":"%s","recipient":"li.si","lines":[{"partNumber":"%s","qty":1}]}""".formatted(point, number, part));
        assertEquals(201, issued.status(), issued.body());
        assertEquals(number, issued.json().getString("ticketNumber"));
        assertEquals("OUTBOUND", issued.json().getString("kind"));
        assertEquals(warehouse, issued.json().getString("issuedBy"));
        assertEquals(1, stock(point, part).getInt("onHand"));
    }

    @Test
    void twentyKeepersRaceForFiveUnits() throws Exception { // P6: exactly five succeed, never negative
        String point = servicePoint();
        String part = part("30.00");
        receive(point, part, 5, 5, "30.00");
        String auth = basic(keeper(), PASSWORD);
        assertEquals(200, get("/api/v1/stock?servicePoint=" + point, auth).status()); // credentials remembered
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Callable<Answer> call = () -> {
                start.await();
                return post("/api/v1/stock/issues", auth, issueJson(point, part, "1"));
            };
            answers.add(pool.submit(call));
        }
        start.countDown();
        int issued = 0;
        int refused = 0;
        List<String> numbers = new ArrayList<>();
        for (Future<Answer> f : answers) {
            Answer a = f.get();
            if (a.status() == 201) {
                issued++;
                numbers.add(a.json().getString("number"));
            } else {
                assertEquals(409, a.status(), a.body());
                refused++;
            }
        }
        pool.shutdown();
        assertEquals(5, issued);
        assertEquals(15, refused);
        assertEquals(5, numbers.stream().distinct().count(), "every slip has its own number");
        assertEquals(0, stock(point, part).getInt("onHand"));
    }

    @Test
    void aTransferConservesWhatWasSent() { // P3: sent = received + recorded difference
        String from = servicePoint();
        String to = servicePoint();
        String part = part("50.00");
        receive(from, part, 10, 10, "50.00");
        Answer answer = post("/api/v1/stock/transfers", admin(), """
                {"fromServicePoint":"%s","toServicePoint":"%s","lines":[{"partNumber":"%s","qty":6,"receivedQty":5}]}""".formatted(from, to, part));
        assertEquals(201, answer.status(), answer.body());
        JsonObject line = answer.json().getJsonArray("lines").getJsonObject(0);
        assertEquals("TRANSFER", answer.json().getString("kind"));
        assertEquals(6, line.getInt("qty"));
        assertEquals(5, line.getInt("receivedQty"));
        assertEquals(1, line.getInt("difference"));
        assertEquals(line.getInt("qty"), line.getInt("receivedQty") + line.getInt("difference"));
        assertEquals("300.00", line.getString("amount"));
        assertEquals("250.00", line.getString("receivedAmount"));
        JsonObject sender = stock(from, part);
        JsonObject receiver = stock(to, part);
        assertEquals(4, sender.getInt("onHand"));
        assertEquals(5, receiver.getInt("onHand"));
        assertEquals(10, sender.getInt("onHand") + receiver.getInt("onHand") + line.getInt("difference"));
        assertEquals("50.00", receiver.getString("averageCost"), "transferred at the sender's average");

        Answer tooMuch = post("/api/v1/stock/transfers", admin(), """
                {"fromServicePoint":"%s","toServicePoint":"%s","lines":[{"partNumber":"%s","qty":5}]}""".formatted(from, to, part));
        assertEquals(409, tooMuch.status(), tooMuch.body());
        assertEquals(4, stock(from, part).getInt("onHand"));
        assertEquals(5, stock(to, part).getInt("onHand"));
        Answer moreReceived = post("/api/v1/stock/transfers", admin(), """
                {"fromServicePoint":"%s","toServicePoint":"%s","lines":[{"partNumber":"%s","qty":1,"receivedQty":2}]}""".formatted(from, to, part));
        assertEquals(422, moreReceived.status(), moreReceived.body());
        String received = moreReceived.json().getJsonArray("errors").toString();
        assertTrue(
                received.contains("lines[0].receivedQty") && received.contains("1") && !received.contains("{0}"),
                "issue 11.1: the cross-field rule is reported on its field with the quantity sent: " + received);
    }

    @Test
    void fallingBelowTheMinimumTellsTheKeepers() throws Exception { // P6: JMS event → keeper's notifications
        String keeper = keeper();
        String point = servicePoint(keeper);
        String part = part("12.00");
        receive(point, part, 5, 5, "12.00");
        Answer limits = send("PUT", "/api/v1/stock/limits", admin(), """
                {"servicePoint":"%s","partNumber":"%s","minimum":3,"maximum":20}""".formatted(point, part));
        assertEquals(200, limits.status(), limits.body());
        assertEquals(3, limits.json().getInt("minimum"));
        String auth = basic(keeper, PASSWORD);
        Answer issued = post("/api/v1/stock/issues", auth, issueJson(point, part, "3"));
        assertEquals(201, issued.status(), issued.body());
        JsonObject found = await("the keeper is told within 30 s")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> belowMinimumNotice(auth, part), Optional::isPresent)
                .get();
        assertTrue(found.getString("message").contains(part), found.toString());
        assertEquals("2", found.getJsonArray("args").getString(2));
    }

    /** The last "below the minimum" notification about the part among the caller's latest 50. */
    private static Optional<JsonObject> belowMinimumNotice(String auth, String part) {
        Answer mine = get("/api/v1/notifications?size=50", auth);
        assertEquals(200, mine.status(), mine.body());
        JsonObject found = null;
        for (JsonValue item : mine.json().getJsonArray("items")) {
            JsonObject n = item.asJsonObject();
            if ("notification.stockBelowMinimum".equals(n.getString("messageKey"))
                    && n.getJsonArray("args").toString().contains(part)) {
                found = n;
            }
        }
        return Optional.ofNullable(found);
    }

    @Test
    void theMonthlyReportAddsUpToTheLedger() { // P6: 进销存 — closing = opening + receipts − issues = on hand
        String point = servicePoint();
        String part = part("850.00");
        JsonObject first = receive(point, part, 8, 8, "800.00");
        JsonObject second = receive(point, part, 2, 2, "900.00");
        Answer issued = post("/api/v1/stock/issues", admin(), issueJson(point, part, "3"));
        assertEquals(201, issued.status(), issued.body());
        String month = first.getString("issuedAt").substring(0, 7);
        Answer answer = get("/api/v1/stock/report?servicePoint=" + point + "&month=" + month, admin());
        assertEquals(200, answer.status(), answer.body());
        assertEquals(1, answer.json().getInt("total"), answer.body());
        JsonObject line = answer.json().getJsonArray("items").getJsonObject(0);
        assertEquals(part, line.getString("partNumber"));
        assertEquals(0, line.getInt("openingQty"));
        assertEquals("0.00", line.getString("openingValue"));
        assertEquals(10, line.getInt("receiptsQty"));
        assertEquals(
                new java.math.BigDecimal(first.getString("total"))
                        .add(new java.math.BigDecimal(second.getString("total")))
                        .toPlainString(),
                line.getString("receiptsValue"));
        assertEquals(3, line.getInt("issuesQty"));
        assertEquals(issued.json().getString("total"), line.getString("issuesValue"));
        assertEquals(stock(point, part).getInt("onHand"), line.getInt("closingQty"));
        assertEquals("5740.00", line.getString("closingValue"), "8200.00 − 2460.00");
        Answer earlier = get("/api/v1/stock/report?servicePoint=" + point + "&month=2020-01", admin());
        assertEquals(0, earlier.json().getInt("total"), earlier.body());
        assertEquals(422, get("/api/v1/stock/report?month=2026-13", admin()).status());
    }

    @Test
    void onlyTheWarehouseWritesAndTechniciansRead() {
        String technician = Api.createUser("TECHNICIAN", PASSWORD);
        String auth = basic(technician, PASSWORD);
        assertEquals(403, post("/api/v1/parts", auth, """
                {"partNumber":"X-1","name":"x","unit":"个","price":"1.00"}""").status());
        assertEquals(200, get("/api/v1/parts?query=YSJ", auth).status());
        assertEquals(200, get("/api/v1/stock", auth).status());
        assertEquals(401, get("/api/v1/stock", null).status());
        String part = part("1.50");
        Answer duplicate = post("/api/v1/parts", admin(), """
                {"partNumber":"%s","name":"x","unit":"个","price":"1.00"}""".formatted(part));
        assertEquals(422, duplicate.status(), duplicate.body());
        Answer badPrice = post("/api/v1/parts", admin(), """
                {"partNumber":"%s","name":"x","unit":"个","price":"1.005"}""".formatted(unique("P-")));
        assertEquals(422, badPrice.status(), badPrice.body());
        assertTrue(badPrice.json().getJsonArray("errors").toString().contains("price"), badPrice.body());
    }
}
