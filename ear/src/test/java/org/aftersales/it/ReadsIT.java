package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * Issue 15.2: GET /tickets/{number} and GET /customers/{id} from resources that serve every request with one
 * instance — each answer still follows its own request (Accept-Language), also when many come at once, and says
 * what it said before (a repair ticket's installation checks are {}; a customer's contacts are there).
 */
class ReadsIT {

    private static long customer(String name) {
        return customer(name, true);
    }

    private static long customer(String name, boolean contacts) {
        Answer created = post("/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","contact":"%s","phone":"139%08d","region":"北京","address":"北京市朝阳区建国路1号",
                 "contacts":%s}""".formatted(
                        name,
                        name,
                        (long) (Math.random() * 100_000_000L),
                        contacts
                                ? "[{\"name\":\"王五\",\"phone\":\"13900000002\",\"title\":\"邻居\"},"
                                        + "{\"name\":\"李四\",\"phone\":\"13900000001\",\"title\":\"家属\"}]"
                                : "[]"));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String paidRepairTicket(long customer) {
        String serial = unique("SNR");
        Answer product = post("/api/v1/customers/" + customer + "/products", admin(), """
                {"model":"KFR-35GW","serialNumber":"%s","colour":"白","factoryDate":"2023-05-20","purchaseDate":null,
                 "proofOfPurchase":"NONE","use":"HOUSEHOLD","serialStatus":"OK"}""".formatted(serial));
        assertEquals(201, product.status(), product.body());
        Answer created = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "department":"YX","description":"不制冷"}""".formatted(customer, serial));
        assertEquals(201, created.status(), created.body());
        assertEquals("PAID", created.json().getString("entitlement"), created.body());
        return created.json().getString("number");
    }

    private static JsonObject ticket(String number, String language) {
        Answer a = send("GET", "/api/v1/tickets/" + number, admin(), null, "Accept-Language", language);
        assertEquals(200, a.status(), a.body());
        return a.json();
    }

    @Test
    void eachAnswerFollowsItsOwnRequestAlsoWhenManyComeAtOnce() throws Exception {
        String number = paidRepairTicket(customer("读取客户" + unique("")));
        JsonObject zh = ticket(number, "zh-CN");
        JsonObject en = ticket(number, "en");
        String zhReason = zh.getString("entitlementReason");
        String enReason = en.getString("entitlementReason");
        assertNotEquals(zhReason, enReason, "the reason in the caller's language: " + zh + " / " + en);
        assertEquals(zh.toString(), ticket(number, "zh-CN").toString(), "the same request, the same answer");
        assertEquals(JsonObject.EMPTY_JSON_OBJECT, zh.getJsonObject("installationChecks"), "a repair has no checks");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                String language = i % 2 == 0 ? "zh-CN" : "en";
                answers.add(pool.submit(() -> ticket(number, language).getString("entitlementReason")));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertEquals(i % 2 == 0 ? zhReason : enReason, answers.get(i).get(), "answer " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCustomerReadsAsBefore() {
        String name = "读取客户" + unique("");
        long id = customer(name);
        Answer a = send("GET", "/api/v1/customers/" + id, admin(), null);
        assertEquals(200, a.status(), a.body());
        assertEquals(name, a.json().getString("name"));
        assertEquals(id, a.json().getJsonNumber("id").longValue());
        // the contacts in their order, read with the customer in one statement
        assertEquals(2, a.json().getJsonArray("contacts").size(), a.body());
        assertEquals("王五", a.json().getJsonArray("contacts").getJsonObject(0).getString("name"), a.body());
        assertEquals("李四", a.json().getJsonArray("contacts").getJsonObject(1).getString("name"), a.body());
        assertEquals("家属", a.json().getJsonArray("contacts").getJsonObject(1).getString("title"), a.body());
        long none = send("GET", "/api/v1/customers/" + id, admin(), null)
                .json()
                .getJsonArray("contacts")
                .size();
        assertEquals(2, none, "read again: the same contacts, no duplicates from the join");
        assertEquals(
                404,
                send("GET", "/api/v1/customers/" + (id + 1_000_000), admin(), null)
                        .status());
        long bare = customer(name + "乙", false);
        Answer without = send("GET", "/api/v1/customers/" + bare, admin(), null);
        assertEquals(200, without.status(), without.body());
        assertEquals(0, without.json().getJsonArray("contacts").size(), "a customer without contacts is found too");
    }
}
