package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 13.6, B5 against the EAR in Payara: a ticket's actual cost from its issued parts and recorded
 * hours (GET /tickets/{n}/costs); a free repair of a bought-in model booked at resolution opens a
 * supplier claim that walks its flow (an illegal step 409); a booking that takes a department's budget
 * past 80 % warns its manager once.
 */
class CostsIT {

    private static final String PASSWORD = "costs it secret";

    static String finance;
    static String manager;
    static String technician;

    @BeforeAll
    static void people() {
        finance = Api.createUser("FINANCE", PASSWORD);
        manager = Api.createUser("MANAGER", PASSWORD);
        technician = Api.createUser("TECHNICIAN", PASSWORD);
    }

    private static String auth(String user) {
        return basic(user, PASSWORD);
    }

    private static long customer() {
        Answer created = post(
                "/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"李四","phone":"138%08d","region":"北京","address":"北京市海淀区中关村大街1号"}""".formatted(unique("成本客户"), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** A ticket of a product of {@code model} bought this year with an invoice: in warranty (FREE). */
    private static String freeTicket(String model, String department) {
        long customer = customer();
        String serial = unique("SNC");
        Answer product = post("/api/v1/customers/" + customer + "/products", admin(), """
                {"model":"%s","serialNumber":"%s","colour":"白","factoryDate":"2026-01-01","purchaseDate":"2026-02-01",
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(model, serial));
        assertEquals(201, product.status(), product.body());
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 %s"description":"空调不制冷"}""".formatted(
                        customer, serial, department == null ? "" : "\"department\":\"" + department + "\","));
        assertEquals(201, t.status(), t.body());
        assertEquals("FREE", t.json().getString("entitlement"));
        return t.json().getString("number");
    }

    private static void event(String ticket, String json) {
        Answer answer = post("/api/v1/tickets/" + ticket + "/events", admin(), json);
        assertEquals(201, answer.status(), answer.body());
    }

    /** Dispatched, on site, {@code hours} recorded. */
    private static void worked(String ticket, String hours) {
        event(ticket, "{\"type\":\"DISPATCHED\",\"technician\":\"" + technician + "\"}");
        event(ticket, "{\"type\":\"ARRIVED\"}");
        long version = get("/api/v1/tickets/" + ticket, admin())
                .json()
                .getJsonNumber("version")
                .longValue();
        Answer record =
                send("PUT", "/api/v1/tickets/" + ticket + "/service-record", admin(), """
                {"version":%d,"diagnosis":"电路板故障","hours":"%s"}""".formatted(version, hours));
        assertEquals(200, record.status(), record.body());
    }

    private static JsonObject costs(String ticket) {
        Answer costs = get("/api/v1/tickets/" + ticket + "/costs", auth(finance));
        assertEquals(200, costs.status(), costs.body());
        return costs.json();
    }

    private static Map<String, String> lines(JsonObject costs) {
        return costs.getJsonArray("lines").stream()
                .map(JsonObject.class::cast)
                .collect(Collectors.toMap(l -> l.getString("category"), l -> l.getString("amount")));
    }

    /** The model enters the product model catalogue as bought in from {@code supplier}. */
    private static void boughtIn(String model, String supplier) {
        Answer put = send(
                "PUT",
                "/api/v1/product-models/" + model,
                admin(),
                "{\"name\":\"%s\",\"origin\":\"BOUGHT_IN\",\"supplier\":\"%s\"}".formatted(model, supplier));
        assertEquals(200, put.status(), put.body());
    }

    private static Answer step(String claim, String state, String note) {
        return post(
                "/api/v1/supplier-claims/" + claim + "/steps",
                auth(finance),
                "{\"state\":\"%s\",\"note\":\"%s\"}".formatted(state, note));
    }

    private static long warnings(String user, String department) {
        Answer mine = get("/api/v1/notifications?size=200", auth(user));
        assertEquals(200, mine.status(), mine.body());
        return mine.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(n -> n.getString("messageKey").equals("notification.budgetWarning"))
                .filter(n -> n.getJsonArray("args").getString(0).equals(department))
                .count();
    }

    @Test
    void theActualCostOfATicketIsItsIssuedPartsAndItsHoursAtTheInternalRate() { // B5
        Answer t = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"空调不制冷"}""".formatted(customer()));
        assertEquals(201, t.status(), t.body());
        String ticket = t.json().getString("number");
        String point = StockIT.servicePoint();
        String part = StockIT.part("900.00");
        StockIT.receive(point, part, 10, 10, "850.00");
        Answer issued = post("/api/v1/stock/issues", admin(), """
                {"servicePoint":"%s","ticketNumber":"%s","lines":[{"partNumber":"%s","qty":1}]}""".formatted(point, ticket, part));
        assertEquals(201, issued.status(), issued.body());
        worked(ticket, "1.50");

        JsonObject costs = costs(ticket);
        assertEquals(
                Map.of(
                        "PARTS", "850.00",
                        "LABOUR", "90.00",
                        "TRAVEL_ALLOWANCE", "0.00",
                        "RENTAL", "0.00",
                        "FREIGHT", "0.00"),
                lines(costs),
                "the part at its issue cost; 1.50 h × the internal rate 60.00; no expense claims");
        assertEquals("940.00", costs.getString("total"));
        assertEquals("CUSTOMER", costs.getString("costCentre"), "a paid repair: the customer's charge");
        assertTrue(costs.isNull("bookedAt"), "booked when resolved");
        assertEquals(
                403,
                get("/api/v1/tickets/" + ticket + "/costs", auth(technician)).status());
        assertEquals(
                404, get("/api/v1/tickets/XX-00-00-00/costs", auth(finance)).status());
    }

    @Test
    void aFreeRepairOfABoughtInModelBecomesAClaimOnItsSupplier() { // B5
        String model = unique("WX-").toUpperCase(Locale.ROOT);
        String supplier = unique("Supplier-");
        boughtIn(model, supplier);
        String ticket = freeTicket(model, null);
        worked(ticket, "2.00");
        assertEquals("SUPPLIER_CLAIM", costs(ticket).getString("costCentre"));
        event(ticket, "{\"type\":\"RESOLVED\"}");

        JsonObject claim = Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(
                        () -> get("/api/v1/supplier-claims?supplier=" + supplier, auth(finance))
                                .json(),
                        list -> list.getInt("total") == 1)
                .getJsonArray("items")
                .getJsonObject(0);
        String number = claim.getString("number");
        assertTrue(number.matches("YX-SP-\\d{2}-\\d{2}-\\d{2,}"), number);
        assertEquals(ticket, claim.getString("ticketNumber"));
        assertEquals(model, claim.getString("model"));
        assertEquals("120.00", claim.getString("amount"), "2.00 h × 60.00");
        assertEquals("OPEN", claim.getString("state"));
        JsonObject costs = costs(ticket);
        assertEquals(number, costs.getString("supplierClaim"));
        assertEquals("120.00", costs.getString("bookedTotal"));

        Answer early = step(number, "ACCEPTED", "");
        assertEquals(409, early.status(), early.body());
        assertTrue(early.contentType().startsWith("application/problem+json"));
        assertEquals(
                "OPEN",
                get("/api/v1/supplier-claims/" + number, auth(finance)).json().getString("state"));
        Answer sent = step(number, "SENT", "已寄出");
        assertEquals(200, sent.status(), sent.body());
        assertEquals(
                "SENT",
                get("/api/v1/supplier-claims/" + number, auth(finance)).json().getString("state"));
        Answer accepted = step(number, "ACCEPTED", "供应商确认");
        assertEquals(200, accepted.status(), accepted.body());
        Answer paid = step(number, "PAID", "已到账");
        assertEquals(200, paid.status(), paid.body());
        assertEquals("PAID", paid.json().getString("state"));
        assertEquals(
                List.of("OPEN", "SENT", "ACCEPTED", "PAID"),
                paid.json().getJsonArray("steps").stream()
                        .map(JsonObject.class::cast)
                        .map(s -> s.getString("state"))
                        .toList());
        assertEquals(409, step(number, "REFUSED", "太迟").status(), "a paid claim is final");
        assertEquals(
                1,
                get("/api/v1/supplier-claims?supplier=" + supplier + "&state=PAID", auth(finance))
                        .json()
                        .getInt("total"));
        assertEquals(403, get("/api/v1/supplier-claims", auth(technician)).status());

        // the 索赔单 prints by its number (PdfResponse.byNumber); an unknown number is 404
        WebSession session = WebSession.login(finance, PASSWORD);
        var pdf = session.download("/print/supplier-claim?number=" + number);
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElse("").contains("supplier-claim-"));
        assertEquals(
                404,
                session.download("/print/supplier-claim?number=YX-SP-99-01-999").statusCode());
        assertEquals(404, session.download("/print/supplier-claim").statusCode());
    }

    @Test
    void aBookingThatTakesTheBudgetPast80PercentWarnsTheManagerOnce() { // B5
        String department = "C"
                + new java.util.Random()
                        .ints(5, 0, 26)
                        .mapToObj(i -> String.valueOf((char) ('A' + i)))
                        .collect(Collectors.joining());
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Answer set =
                send("PUT", "/api/v1/budgets/" + department + "?year=" + year, auth(finance), """
                {"outputValue":"10000.00","percentOfOutput":"1","manager":"%s"}""".formatted(manager));
        assertEquals(200, set.status(), set.body());
        assertEquals("100.00", set.json().getString("budget"), "1 % of 10 000.00");
        assertEquals("0.00", set.json().getString("spent"));

        String first = freeTicket(unique("UNK-"), department);
        worked(first, "1.40");
        event(first, "{\"type\":\"RESOLVED\"}");
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> warnings(manager, department) == 1);
        JsonObject budget = get("/api/v1/budgets/" + department + "?year=" + year, auth(manager))
                .json();
        assertEquals("84.00", budget.getString("spent"), "1.40 h × 60.00, model of unknown origin: on the budget");
        assertEquals("16.00", budget.getString("remaining"));
        assertTrue(budget.getBoolean("warned"));

        String second = freeTicket(unique("UNK-"), department);
        worked(second, "0.10");
        event(second, "{\"type\":\"RESOLVED\"}");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> get("/api/v1/budgets/" + department + "?year=" + year, auth(manager))
                        .json()
                        .getString("spent")
                        .equals("90.00"));
        assertEquals(1, warnings(manager, department), "the 80 % warning is given once");
        assertEquals(
                422,
                send("PUT", "/api/v1/budgets/" + department + "?year=" + year, auth(finance), """
                        {"amount":"100.00","outputValue":"10000.00","percentOfOutput":"1"}""")
                        .status(),
                "an amount or a share, not both");
        assertEquals(
                403,
                get("/api/v1/budgets/" + department + "?year=" + year, auth(technician))
                        .status());
    }
}
