package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Locale;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * P4 through the API: a technician requests parts for a ticket assigned to them, the warehouse
 * issues them on an outbound slip for the ticket (or marks them to buy, or rejects), the technician
 * records what was used and the defective parts returned.
 */
class PartRequestsIT {

    private static final String PASSWORD = "part requests it secret";

    private static String user(String role) {
        String username = unique("r");
        Answer created = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"备件申请测试","password":"%s","roles":["%s"],"region":"北京",
                 "qualifications":["ELECTRICIAN"],"temporaryPassword":false}""".formatted(username, PASSWORD, role));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static String servicePoint(String keeper) {
        String code = ("R" + unique("").substring(0, 7)).toUpperCase(Locale.ROOT);
        Answer created = post("/api/v1/service-points", admin(), """
                {"code":"%s","name":"申请测试站","keepers":["%s"]}""".formatted(code, keeper));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    private static String part(String point, int counted) {
        String number = unique("DR-");
        Answer created = post("/api/v1/parts", admin(), """
                {"partNumber":"%s","name":"启动电容","unit":"个","price":"35.00","fittingModels":["KFR-35GW"],
                 "supplier":"某某电容厂","source":"BOUGHT_IN"}""".formatted(number));
        assertEquals(201, created.status(), created.body());
        if (counted > 0) {
            Answer slip = post("/api/v1/stock/receipts", admin(), """
                    {"servicePoint":"%s","supplier":"某某电容厂",
                     "lines":[{"partNumber":"%s","invoicedQty":%d,"countedQty":%d,"unitPrice":"20.00"}]}""".formatted(point, number, counted, counted));
            assertEquals(201, slip.status(), slip.body());
        }
        return number;
    }

    /** A ticket dispatched to {@code technician}; returns its number. */
    static String ticketFor(String technician) {
        Answer customer =
                post("/api/v1/customers", admin(), """
                {"name":"备件客户%s","type":"HOUSEHOLD","contact":"王先生","phone":"139%08d","region":"北京","address":"北京市朝阳区建国路1号"}""".formatted(unique(""), (long) (Math.random() * 100_000_000L)));
        assertEquals(201, customer.status(), customer.body());
        long id = customer.json().getJsonNumber("id").longValue();
        String serial = unique("SNP");
        Answer product = post("/api/v1/customers/" + id + "/products", admin(), """
                {"model":"KFR-35GW","serialNumber":"%s","colour":"白","factoryDate":"2026-01-01","purchaseDate":"2026-02-01",
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(serial));
        assertEquals(201, product.status(), product.body());
        Answer ticket = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "description":"压缩机不启动"}""".formatted(id, serial));
        assertEquals(201, ticket.status(), ticket.body());
        String number = ticket.json().getString("number");
        Answer dispatched = post(
                "/api/v1/tickets/" + number + "/events",
                admin(),
                "{\"type\":\"DISPATCHED\",\"technician\":\"" + technician + "\"}");
        assertEquals(201, dispatched.status(), dispatched.body());
        return number;
    }

    private static Answer request(String technician, String ticket, String point, String part, int qty) {
        return post("/api/v1/part-requests", basic(technician, PASSWORD), """
                {"ticketNumber":"%s","servicePoint":"%s","note":"换电容","lines":[{"partNumber":"%s","qty":%d}]}""".formatted(ticket, point, part, qty));
    }

    private static int onHand(String point, String part) {
        return get("/api/v1/stock?servicePoint=" + point + "&partNumber=" + part, admin())
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getInt("onHand");
    }

    @Test
    void theKeeperIssuesARequestOnAnOutboundSlipForTheTicketAndTheTechnicianRecordsTheUse() {
        String keeper = user("WAREHOUSE");
        String technician = user("TECHNICIAN");
        String point = servicePoint(keeper);
        String part = part(point, 5);
        String ticket = ticketFor(technician);

        Answer created = request(technician, ticket, point, part, 2);
        assertEquals(201, created.status(), created.body());
        JsonObject r = created.json();
        long id = r.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/api/v1/part-requests/" + id), created.header("Location"));
        assertEquals("REQUESTED", r.getString("status"));
        assertEquals(technician, r.getString("requestedBy"));

        // a technician does not decide; usage only after the issue
        assertEquals(
                403,
                post("/api/v1/part-requests/" + id + "/issue", basic(technician, PASSWORD), "{}")
                        .status());
        Answer early = post(
                "/api/v1/part-requests/" + id + "/usage",
                basic(technician, PASSWORD),
                "{\"lines\":[{\"partNumber\":\"" + part + "\",\"used\":1}]}");
        assertEquals(409, early.status(), early.body());
        assertTrue(early.contentType().startsWith("application/problem+json"));

        assertEquals(
                "APPROVED",
                post("/api/v1/part-requests/" + id + "/approve", basic(keeper, PASSWORD), "{}")
                        .json()
                        .getString("status"));
        Answer issued = post("/api/v1/part-requests/" + id + "/issue", basic(keeper, PASSWORD), "{}");
        assertEquals(200, issued.status(), issued.body());
        JsonObject done = issued.json();
        assertEquals("ISSUED", done.getString("status"));
        assertEquals(2, done.getJsonArray("lines").getJsonObject(0).getInt("issued"));
        String slip = done.getString("slipNumber");
        JsonObject outbound = get("/api/v1/stock/slips/" + slip, admin()).json();
        assertEquals("OUTBOUND", outbound.getString("kind"));
        assertEquals(ticket, outbound.getString("ticketNumber"));
        assertEquals(3, onHand(point, part));
        assertEquals(
                409,
                post("/api/v1/part-requests/" + id + "/issue", basic(keeper, PASSWORD), "{}")
                        .status(),
                "issued once only");
        assertEquals(3, onHand(point, part));

        // used 2, one defective part taken out and returned to the supplier; a disposition is required
        Answer noDisposition = post(
                "/api/v1/part-requests/" + id + "/usage",
                basic(technician, PASSWORD),
                "{\"lines\":[{\"partNumber\":\"" + part + "\",\"used\":2,\"defectiveReturned\":1}]}");
        assertEquals(422, noDisposition.status(), noDisposition.body());
        Answer tooMany = post(
                "/api/v1/part-requests/" + id + "/usage",
                basic(technician, PASSWORD),
                "{\"lines\":[{\"partNumber\":\"" + part + "\",\"used\":3}]}");
        assertEquals(422, tooMany.status(), tooMany.body());
        Answer used = post("/api/v1/part-requests/" + id + "/usage", basic(technician, PASSWORD), """
                {"lines":[{"partNumber":"%s","used":2,"defectiveReturned":1,"disposition":"RETURNED_TO_SUPPLIER"}]}""".formatted(part));
        assertEquals(200, used.status(), used.body());
        JsonObject line = used.json().getJsonArray("lines").getJsonObject(0);
        assertEquals(2, line.getInt("used"));
        assertEquals(1, line.getInt("defectiveReturned"));
        assertEquals("RETURNED_TO_SUPPLIER", line.getString("disposition"));
        assertEquals(3, onHand(point, part), "a defective part is not good stock");

        JsonObject list = get("/api/v1/part-requests?ticketNumber=" + ticket, basic(technician, PASSWORD))
                .json();
        assertEquals(1, list.getInt("total"));
        assertEquals(
                id,
                list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
    }

    @Test
    void aTechnicianRequestsOnlyForTicketsAssignedToThem() {
        String keeper = user("WAREHOUSE");
        String assigned = user("TECHNICIAN");
        String other = user("TECHNICIAN");
        String point = servicePoint(keeper);
        String part = part(point, 1);
        String ticket = ticketFor(assigned);

        Answer foreign = request(other, ticket, point, part, 1);
        assertEquals(403, foreign.status(), foreign.body());
        assertTrue(foreign.contentType().startsWith("application/problem+json"));
        assertEquals(403, request(keeper, ticket, point, part, 1).status(), "the warehouse does not request");
        assertEquals(422, request(assigned, "XX-99-01-01", point, part, 1).status());
        assertEquals(422, request(assigned, ticket, point, part, 0).status());
        assertEquals(422, request(assigned, ticket, point, "NO-SUCH-PART", 1).status());
        assertEquals(
                0,
                get("/api/v1/part-requests?ticketNumber=" + ticket, admin())
                        .json()
                        .getInt("total"));
    }

    @Test
    void notEnoughStockLeavesTheRequestOpenAndItCanGoToBuyThenBeIssuedOrBeRejected() {
        String keeper = user("WAREHOUSE");
        String technician = user("TECHNICIAN");
        String point = servicePoint(keeper);
        String part = part(point, 1);
        String ticket = ticketFor(technician);
        long id = request(technician, ticket, point, part, 3)
                .json()
                .getJsonNumber("id")
                .longValue();

        Answer short_ = post("/api/v1/part-requests/" + id + "/issue", basic(keeper, PASSWORD), "{}");
        assertEquals(409, short_.status(), short_.body());
        assertEquals(1, onHand(point, part), "nothing issued");
        assertEquals(
                "REQUESTED", get("/api/v1/part-requests/" + id, admin()).json().getString("status"));

        JsonObject toBuy = post("/api/v1/part-requests/" + id + "/to-buy", basic(keeper, PASSWORD), "{}")
                .json();
        assertEquals("TO_BUY", toBuy.getString("status"));
        assertTrue(toBuy.getJsonArray("lines").getJsonObject(0).getBoolean("toBuy"));
        post("/api/v1/stock/receipts", admin(), """
                {"servicePoint":"%s","lines":[{"partNumber":"%s","countedQty":2,"unitPrice":"20.00"}]}""".formatted(point, part));
        Answer issued = post("/api/v1/part-requests/" + id + "/issue", basic(keeper, PASSWORD), "{}");
        assertEquals(200, issued.status(), issued.body());
        assertEquals(0, onHand(point, part));

        long second = request(technician, ticket, point, part, 1)
                .json()
                .getJsonNumber("id")
                .longValue();
        assertEquals(
                422,
                post("/api/v1/part-requests/" + second + "/reject", basic(keeper, PASSWORD), "{}")
                        .status(),
                "a rejection gives its reason");
        JsonObject rejected = post(
                        "/api/v1/part-requests/" + second + "/reject", basic(keeper, PASSWORD), "{\"reason\":\"型号不符\"}")
                .json();
        assertEquals("REJECTED", rejected.getString("status"));
        assertEquals("型号不符", rejected.getString("rejectReason"));
        assertEquals(
                409,
                post("/api/v1/part-requests/" + second + "/issue", basic(keeper, PASSWORD), "{}")
                        .status());
        assertEquals(404, get("/api/v1/part-requests/999999999", admin()).status());
        assertEquals(
                2,
                get("/api/v1/part-requests?ticketNumber=" + ticket, admin())
                        .json()
                        .getInt("total"));
        assertEquals(
                1,
                get("/api/v1/part-requests?ticketNumber=" + ticket + "&status=REJECTED", admin())
                        .json()
                        .getInt("total"));
    }
}
