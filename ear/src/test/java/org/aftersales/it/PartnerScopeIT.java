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
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.1, object-level authorization: a partner's system sees and acts only on what it
 * submitted — its customers, their products, its tickets — and anything else is 404 (never 403, so
 * numbers and ids do not leak); it never records the staff's work; the pickup code is shown only to
 * the agents and the carry-in desk.
 */
class PartnerScopeIT {

    private static final String PASSWORD = "Partner-Scope-Pw-2026";

    private static long customer(String auth, String name, String phone) {
        Answer created = post("/api/v1/customers", auth, """
                {"name":"%s","type":"HOUSEHOLD","contact":"%s","phone":"%s","region":"北京","address":"北京市海淀区中关村1号"}""".formatted(name, name, phone));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String product(String auth, long customerId) {
        String serial = unique("SNP");
        Answer created = post("/api/v1/customers/" + customerId + "/products", auth, """
                {"model":"KFR-35GW","serialNumber":"%s","factoryDate":"2025-05-20","use":"HOUSEHOLD"}""".formatted(serial));
        assertEquals(201, created.status(), created.body());
        return serial;
    }

    private static String ticket(String auth, long customerId, String serial, String kind) {
        Answer created = post("/api/v1/tickets", auth, """
                {"customerId":%d,"serialNumber":%s,"channel":"PARTNER_API","kind":"%s","faultLevel":"GENERAL",
                 "description":"不制冷"}""".formatted(
                        customerId, serial == null ? "null" : "\"" + serial + "\"", kind));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("number");
    }

    private static String phone() {
        return "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    @Test
    void aPartnerSeesAndChangesOnlyWhatItSubmitted() {
        String a = basic(Api.createUser("PARTNER", PASSWORD), PASSWORD);
        String b = basic(Api.createUser("PARTNER", PASSWORD), PASSWORD);
        String name = "伙伴客户" + unique("");
        long customerA = customer(a, name, phone());
        String serialA = product(a, customerA);
        String ticketA = ticket(a, customerA, serialA, "ONSITE_REPAIR");

        // A sees its own
        assertEquals(200, get("/api/v1/tickets/" + ticketA, a).status());
        assertEquals(200, get("/api/v1/customers/" + customerA, a).status());
        assertEquals(200, get("/api/v1/products/" + serialA, a).status());
        assertEquals(1, get("/api/v1/customers?query=" + enc(name), a).json().getInt("total"));

        // B sees nothing of A's: 404, never 403, and empty lists
        for (String path : new String[] {
            "/api/v1/tickets/" + ticketA,
            "/api/v1/customers/" + customerA,
            "/api/v1/customers/" + customerA + "/products",
            "/api/v1/products/" + serialA,
            "/api/v1/products/" + serialA + "/warranty",
            "/api/v1/products/" + serialA + "/entitlement?customerId=" + customerA
        }) {
            Answer answer = get(path, b);
            assertEquals(404, answer.status(), path + ": " + answer.body());
        }
        assertEquals(0, get("/api/v1/customers?query=" + enc(name), b).json().getInt("total"));
        JsonObject listB = get("/api/v1/tickets?customerId=" + customerA, b).json();
        assertEquals(0, listB.getInt("total"), listB.toString());
        assertFalse(get("/api/v1/tickets?size=500", b).body().contains(ticketA));

        // B can neither change A's customer nor act on A's ticket nor open a ticket on A's customer
        Answer change = send("PUT", "/api/v1/customers/" + customerA, b, """
                {"version":0,"name":"改名","type":"HOUSEHOLD","phone":"13900000000","region":"北京","address":"x"}""");
        assertEquals(404, change.status(), change.body());
        Answer cancel = post("/api/v1/tickets/" + ticketA + "/events", b, "{\"type\":\"CANCELLED\",\"note\":\"x\"}");
        assertEquals(404, cancel.status(), cancel.body());
        Answer onOthers = post("/api/v1/tickets", b, """
                {"customerId":%d,"channel":"PARTNER_API","kind":"ONSITE_REPAIR","faultLevel":"GENERAL","description":"x"}""".formatted(customerA));
        assertEquals(422, onOthers.status(), onOthers.body());
        assertTrue(onOthers.body().contains("customerId"), onOthers.body());
        Answer productOnOthers = post("/api/v1/customers/" + customerA + "/products", b, """
                {"model":"KFR-35GW","serialNumber":"%s","factoryDate":"2025-05-20","use":"HOUSEHOLD"}""".formatted(unique("SNX")));
        assertEquals(404, productOnOthers.status(), productOnOthers.body());
        assertEquals(name, get("/api/v1/customers/" + customerA, admin()).json().getString("name"), "nothing changed");
        assertEquals(
                "REGISTERED", get("/api/v1/tickets/" + ticketA, admin()).json().getString("status"));

        // a staff ticket is unknown to a partner too
        long staffCustomer = customer(admin(), "门店客户" + unique(""), phone());
        String staffTicket = ticket(admin(), staffCustomer, null, "ONSITE_REPAIR");
        assertEquals(404, get("/api/v1/tickets/" + staffTicket, a).status());
        assertEquals(
                404,
                post("/api/v1/tickets/" + staffTicket + "/events", a, "{\"type\":\"NOTE\",\"note\":\"x\"}")
                        .status());
    }

    @Test
    void aPartnerNeverRecordsTheStaffsWorkButMayCancelItsOwnCall() {
        String a = basic(Api.createUser("PARTNER", PASSWORD), PASSWORD);
        long customer = customer(a, "伙伴客户" + unique(""), phone());
        String number = ticket(a, customer, null, "ONSITE_REPAIR");
        String technician = Api.createUser("TECHNICIAN", PASSWORD);
        for (String type : new String[] {
            "DISPATCHED", "CONTACTED", "ARRIVED", "SOLUTION_PROPOSED", "RESOLVED", "ACCEPTED", "CLOSED"
        }) {
            Answer answer = post(
                    "/api/v1/tickets/" + number + "/events",
                    a,
                    "{\"type\":\"" + type + "\",\"technician\":\"" + technician + "\"}");
            assertEquals(403, answer.status(), type + ": " + answer.body());
        }
        assertEquals("REGISTERED", get("/api/v1/tickets/" + number, a).json().getString("status"));
        Answer cancelled =
                post("/api/v1/tickets/" + number + "/events", a, "{\"type\":\"CANCELLED\",\"note\":\"客户撤回\"}");
        assertEquals(201, cancelled.status(), cancelled.body());
    }

    @Test
    void aPartnerIsWarnedOnlyOfItsOwnProbableDuplicates() {
        String a = basic(Api.createUser("PARTNER", PASSWORD), PASSWORD);
        String shared = phone();
        customer(admin(), "员工建档" + unique(""), shared);
        Answer created = post("/api/v1/customers", a, """
                {"name":"伙伴建档","type":"HOUSEHOLD","phone":"%s","region":"北京","address":"北京市海淀区1号"}""".formatted(shared));
        assertEquals(201, created.status(), created.body());
        assertFalse(created.body().contains("员工建档"), "another's customer leaked: " + created.body());
    }

    @Test
    void soapStatusOfAnothersTicketIsNotFound() throws Exception {
        String partner = Api.createUser("PARTNER", PASSWORD);
        long staffCustomer = customer(admin(), "门店客户" + unique(""), phone());
        String staffTicket = ticket(admin(), staffCustomer, null, "ONSITE_REPAIR");
        String envelope = "<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                + "xmlns:r=\"http://aftersales.org/soap/repair/v1\"><s:Body><r:status><number>" + staffTicket
                + "</number></r:status></s:Body></s:Envelope>";
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/soap/RepairRequestService"))
                .header("Authorization", basic(partner, PASSWORD))
                .header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(envelope, StandardCharsets.UTF_8))
                .build();
        String answer = Api.HTTP
                .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .body();
        assertTrue(answer.contains("Fault") && answer.contains("<status>404</status>"), answer);
        assertFalse(answer.contains("<arriveBy>"), answer);
    }

    @Test
    void thePickupCodeIsShownToTheAgentsAndTheCarryInDeskOnly() {
        long customer = customer(admin(), "送修客户" + unique(""), phone());
        String number = ticket(admin(), customer, null, "CARRY_IN_REPAIR");
        Answer received = post(
                "/api/v1/tickets/" + number + "/events",
                admin(),
                "{\"type\":\"RECEIVED\",\"item\":\"空调室内机\",\"condition\":\"外观完好\",\"person\":\"张三\"}");
        assertEquals(201, received.status(), received.body());
        for (String role : new String[] {"AGENT", "WAREHOUSE"}) {
            JsonObject seen = get("/api/v1/tickets/" + number, basic(Api.createUser(role, PASSWORD), PASSWORD))
                    .json();
            assertTrue(seen.containsKey("pickupCode") && !seen.isNull("pickupCode"), role + ": " + seen);
        }
        for (String role : new String[] {"TECHNICIAN", "QUALITY", "FINANCE", "DISPATCHER"}) {
            JsonObject seen = get("/api/v1/tickets/" + number, basic(Api.createUser(role, PASSWORD), PASSWORD))
                    .json();
            assertTrue(!seen.containsKey("pickupCode") || seen.isNull("pickupCode"), role + " sees the code: " + seen);
        }
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
