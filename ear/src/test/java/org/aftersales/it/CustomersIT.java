package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/** C1–C5, W1–W5 through the API (../shared/API.md, "Customers and products"). */
class CustomersIT {

    private static String phone() {
        return "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    private static long customer(String name, String type, String phone) {
        Answer created = post("/api/v1/customers", admin(), """
                {"name":"%s","type":"%s","contact":"%s","phone":"%s","email":null,"region":"北京",
                 "address":"北京市朝阳区建国路%s号"}""".formatted(name, type, name, phone, unique("")));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static Answer product(long customerId, String serial, String body) {
        return post("/api/v1/customers/" + customerId + "/products", admin(), body.formatted(serial));
    }

    private static Set<String> fields(Answer answer) {
        return answer.json().getJsonArray("errors").stream()
                .map(v -> ((JsonObject) v).getString("field"))
                .collect(Collectors.toSet());
    }

    @Test
    void aCustomerIsCreatedReadAndFoundByNamePhoneAndSerial() {
        String name = "张三" + unique("");
        String phone = phone();
        long id = customer(name, "HOUSEHOLD", phone);
        JsonObject read = get("/api/v1/customers/" + id, admin()).json();
        assertEquals(name, read.getString("name"));
        assertEquals("HOUSEHOLD", read.getString("type"));
        assertEquals("北京", read.getString("region"));

        String serial = unique("SN");
        assertEquals(201, product(id, serial, """
                {"model":"KFR-35GW","serialNumber":"%s","colour":"白","factoryDate":"2024-05-20",
                 "purchaseDate":"2024-06-01","proofOfPurchase":"INVOICE","use":"HOUSEHOLD","serialStatus":"OK"}""").status());

        for (String query : new String[] {name.substring(2), phone.substring(0, 7), serial}) {
            Answer found = get(
                    "/api/v1/customers?query=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8), admin());
            assertEquals(200, found.status(), found.body());
            assertTrue(
                    found.json().getJsonArray("items").stream()
                            .anyMatch(v -> ((JsonObject) v).getJsonNumber("id").longValue() == id),
                    "found by " + query);
        }
        Answer byType = get(
                "/api/v1/customers?type=DEALER&query=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                admin());
        assertEquals(0, byType.json().getJsonNumber("total").longValue(), "filtered out by type");
        Answer byModel = get(
                "/api/v1/customers?model=KFR-35GW&purchasedFrom=2024-06-01&purchasedTo=2024-06-01&query="
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8),
                admin());
        assertEquals(1, byModel.json().getJsonNumber("total").longValue(), byModel.body());
    }

    @Test
    void aProbableDuplicateIsReportedWithTheNewCustomer() {
        String phone = phone();
        long first = customer("李四" + unique(""), "HOUSEHOLD", phone);
        Answer second = post(
                "/api/v1/customers", admin(), """
                {"name":"李四的妻子","type":"HOUSEHOLD","phone":"%s-%s","region":"北京","address":"别处%s"}""".formatted(phone.substring(0, 3), phone.substring(3), unique("")));
        assertEquals(201, second.status(), second.body());
        var duplicates = second.json().getJsonArray("duplicates");
        assertEquals(1, duplicates.size(), second.body());
        assertEquals(first, duplicates.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals("PHONE", duplicates.getJsonObject(0).getString("reason"));
    }

    @Test
    void invalidCustomersAre422AndCreateNothing() {
        Answer empty = post("/api/v1/customers", admin(), "{\"type\":\"HOUSEHOLD\"}");
        assertEquals(422, empty.status(), empty.body());
        assertTrue(fields(empty).containsAll(Set.of("name", "phone", "region", "address")), empty.body());
        Answer badType = post("/api/v1/customers", admin(), """
                {"name":"王五","type":"ALIEN","phone":"13800000000","region":"北京","address":"某地"}""");
        assertEquals(422, badType.status(), badType.body());
        assertEquals(Set.of("type"), fields(badType));
        assertEquals(422, get("/api/v1/customers?size=501", admin()).status());
    }

    @Test
    void aStaleCustomerVersionIs409() {
        long id = customer("赵六" + unique(""), "COMMERCIAL", phone());
        JsonObject c = get("/api/v1/customers/" + id, admin()).json();
        long version = c.getJsonNumber("version").longValue();
        String body = """
                {"version":%d,"name":"%s","type":"COMMERCIAL","phone":"%s","region":"上海","address":"%s"}""";
        assertEquals(
                200,
                send(
                                "PUT",
                                "/api/v1/customers/" + id,
                                admin(),
                                body.formatted(
                                        version, c.getString("name"), c.getString("phone"), c.getString("address")))
                        .status());
        Answer stale = send(
                "PUT",
                "/api/v1/customers/" + id,
                admin(),
                body.formatted(version, "覆盖", c.getString("phone"), c.getString("address")));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("上海", get("/api/v1/customers/" + id, admin()).json().getString("region"));
        assertEquals(
                c.getString("name"),
                get("/api/v1/customers/" + id, admin()).json().getString("name"));
    }

    @Test
    void productsHaveUniqueSerialsAndTheirDatesMustMakeSense() {
        long id = customer("钱七" + unique(""), "HOUSEHOLD", phone());
        String serial = unique("SN");
        String body = """
                {"model":"KFR-35GW","serialNumber":"%s","factoryDate":"2024-05-20","use":"HOUSEHOLD"}""";
        Answer created = product(id, serial, body);
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/v1/products/" + serial));
        Answer again = product(id, serial, body);
        assertEquals(422, again.status());
        assertEquals(Set.of("serialNumber"), fields(again));
        Answer backwards = product(id, unique("SN"), """
                {"model":"KFR-35GW","serialNumber":"%s","factoryDate":"2024-05-20","purchaseDate":"2024-01-01",
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD"}""");
        assertEquals(422, backwards.status());
        assertEquals(Set.of("purchaseDate"), fields(backwards));
        assertEquals(
                404,
                post("/api/v1/customers/999999999/products", admin(), body.formatted(unique("SN")))
                        .status());
    }

    @Test
    void theWarrantyIsExactlyApiMdsExample() {
        long id = customer("商户" + unique(""), "COMMERCIAL", phone());
        String serial = unique("SN2023");
        assertEquals(201, product(id, serial, """
                {"model":"KFR-35GW","serialNumber":"%s","colour":"白","factoryDate":"2023-05-20","purchaseDate":null,
                 "proofOfPurchase":"NONE","use":"COMMERCIAL","serialStatus":"OK"}""").status());
        Answer warranty = get("/api/v1/products/" + serial + "/warranty?date=2026-11-26", admin());
        assertEquals(200, warranty.status(), warranty.body());
        JsonObject w = warranty.json();
        assertEquals(serial, w.getString("serialNumber"));
        assertEquals("EXPIRED", w.getString("status"));
        assertEquals("2023-08-20", w.getString("start"));
        assertEquals("FACTORY_DATE_PLUS_3_MONTHS", w.getString("startBasis"));
        assertEquals("WHOLE_UNIT", w.getJsonArray("coverage").getJsonObject(0).getString("component"));
        assertEquals("2024-08-19", w.getJsonArray("coverage").getJsonObject(0).getString("until"));
        assertEquals("COMPRESSOR", w.getJsonArray("coverage").getJsonObject(1).getString("component"));
        assertEquals("2026-08-19", w.getJsonArray("coverage").getJsonObject(1).getString("until"));
        assertTrue(w.getString("reason").length() > 3);
        assertEquals(
                404,
                get("/api/v1/products/" + unique("NOPE") + "/warranty", admin()).status());
        assertEquals(
                422,
                get("/api/v1/products/" + serial + "/warranty?date=26.11.2026", admin())
                        .status());
    }

    @Test
    void theEntitlementFollowsWarrantyThenContract() {
        long id = customer("工厂" + unique(""), "INDUSTRIAL", phone());
        String serial = unique("SN");
        product(id, serial, """
                {"model":"YSJ-9","serialNumber":"%s","factoryDate":"2022-01-10","purchaseDate":"2022-02-01",
                 "proofOfPurchase":"INVOICE","use":"INDUSTRIAL"}""");
        String path = "/api/v1/products/" + serial + "/entitlement?customerId=" + id;
        JsonObject inWarranty = get(path + "&date=2022-06-01", admin()).json();
        assertEquals("FREE", inWarranty.getString("entitlement"), inWarranty.toString());
        assertEquals(
                "PAID",
                get(path + "&date=2022-06-01&exclusion=MISUSE", admin()).json().getString("entitlement"));
        JsonObject expired = get(path + "&date=2026-11-26", admin()).json();
        assertEquals("PAID", expired.getString("entitlement"));
        assertTrue(!expired.containsKey("contractNumber") || expired.isNull("contractNumber"));

        String number = unique("HT-");
        Answer signed = post("/api/v1/contracts", admin(), """
                {"customerId":%d,"number":"%s","kind":"NEW","start":"2026-01-01","end":"2026-12-31",
                 "entitlement":"FREE","feeTerms":"全年免费维护","responseHours":24,"serialNumbers":["%s"]}""".formatted(id, number, serial));
        assertEquals(201, signed.status(), signed.body());
        assertEquals(
                "PAID",
                get(path + "&date=2026-11-26", admin()).json().getString("entitlement"),
                "a signed contract is not in service before it is accepted (C5)");
        long version = signed.json().getJsonNumber("version").longValue();
        Answer accepted = post("/api/v1/contracts/" + number + "/stage", admin(), "{\"version\":" + version + "}");
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals("ACCEPTED", accepted.json().getString("stage"));
        assertEquals(
                409,
                post("/api/v1/contracts/" + number + "/stage", admin(), "{\"version\":" + version + "}")
                        .status(),
                "a stale version");
        JsonObject covered = get(path + "&date=2026-11-26", admin()).json();
        assertEquals("FREE", covered.getString("entitlement"), covered.toString());
        assertEquals(number, covered.getString("contractNumber"));
        assertEquals(422, get(path + "&exclusion=BAD_LUCK", admin()).status());
    }

    @Test
    void theHandoverImportIsIdempotentAndListsEveryRejectedRow() throws Exception {
        String a = unique("HO");
        String b = unique("HO");
        String phone = phone();
        String csv = "客户名称,客户类型,联系人,电话,地区,地址,型号,出厂编码,颜色,出厂日期,购买日期,购买凭证,用途\n"
                + "交接客户" + phone + ",家庭,王," + phone + ",天津,天津市河西区1号,KFR-26GW," + a + ",白,2026-10-01,2026-11-20,发票,家用\n"
                + "交接客户" + phone + ",家庭,王," + phone + ",天津,天津市河西区1号,KFR-35GW," + b + ",白,2026-10-01,2026-11-21,发票,家用\n"
                + "坏行,家庭,王,13800000001,天津,某地,KFR-26GW," + unique("HO") + ",白,不是日期,,,家用\n"
                + "缺编码,家庭,王,13800000002,天津,某地,KFR-26GW,,白,2026-10-01,,,家用\n";
        JsonObject first = upload(csv, false);
        assertEquals(2, first.getInt("newProducts"), first.toString());
        assertEquals(1, first.getInt("newCustomers"), "both rows are one customer");
        assertEquals(0, first.getInt("alreadyImported"));
        assertEquals(2, first.getInt("rejectedCount"));
        assertEquals(
                Set.of(4, 5),
                first.getJsonArray("rejected").stream()
                        .map(v -> ((JsonObject) v).getInt("line"))
                        .collect(Collectors.toSet()));
        assertEquals(200, get("/api/v1/products/" + a, admin()).status());

        JsonObject again = upload(csv, false);
        assertEquals(0, again.getInt("newProducts"), "a re-import changes nothing");
        assertEquals(0, again.getInt("newCustomers"));
        assertEquals(2, again.getInt("alreadyImported"));
        assertEquals(
                1,
                get("/api/v1/customers?query=" + phone, admin())
                        .json()
                        .getJsonNumber("total")
                        .longValue());

        JsonObject preview = upload(csv.replace(a, unique("HO")), true);
        assertEquals(false, preview.getBoolean("applied"));
        assertEquals(1, preview.getInt("newProducts"));
    }

    @Test
    void aLongHandoverFileImportsWhole() throws Exception {
        // a bug found by the benchmark: one transaction may hold at most 1 000 JMS messages
        String run = unique("L");
        StringBuilder csv = new StringBuilder("客户名称,客户类型,电话,地区,地址,型号,出厂编码,出厂日期\n");
        for (int i = 0; i < 1_200; i++) {
            csv.append("长文件客户")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(",家庭,136")
                    .append(String.format("%08d", i))
                    .append(",成都,成都市")
                    .append(i)
                    .append("号,KFR-26GW,")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(",2026-09-01\n");
        }
        JsonObject imported = upload(csv.toString(), false);
        assertEquals(1_200, imported.getInt("newProducts"), imported.toString());
        assertEquals(0, imported.getInt("rejectedCount"));
        assertEquals(200, get("/api/v1/products/" + run + "-1199", admin()).status());
    }

    private static JsonObject upload(String csv, boolean dryRun) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Api.BASE + "/api/v1/imports/handover?fileName=day.csv&dryRun=" + dryRun))
                .header("Authorization", admin())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response =
                Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(response.body()))) {
            return reader.readObject();
        }
    }
}
