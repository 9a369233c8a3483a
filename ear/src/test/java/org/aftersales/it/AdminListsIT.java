package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 10.18 over HTTP: regions and categories are picked from lists kept as data (an unknown one
 * is refused on its field, existing payloads stay valid), and the audit log is filtered and
 * exported.
 */
class AdminListsIT {

    private static Set<String> fields(Answer answer) {
        return answer.json().getJsonArray("errors").stream()
                .map(v -> ((JsonObject) v).getString("field"))
                .collect(Collectors.toSet());
    }

    private static String phone() {
        return "135" + String.format("%08d", (long) (Math.random() * 100_000_000L));
    }

    private static Answer newCustomer(String region) {
        return post("/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","phone":"%s","region":"%s","address":"天津市河东区1号"}""".formatted(unique("地区客户"), phone(), region));
    }

    @Test
    void anUnknownRegionIsRefusedOnItsFieldAndAKnownOneStaysAPlainString() {
        Answer typo = newCustomer("北 京");
        assertEquals(422, typo.status(), typo.body());
        assertTrue(typo.contentType().startsWith("application/problem+json"), typo.contentType());
        assertEquals(Set.of("region"), fields(typo));
        assertTrue(typo.body().contains("北 京"), "the message names the value: " + typo.body());

        Answer created = newCustomer("天津");
        assertEquals(201, created.status(), created.body());
        assertEquals("天津", created.json().getString("region"), "region stays a string code in JSON");

        Answer user = post("/api/v1/users", admin(), """
                {"username":"%s","displayName":"地区测试","password":"region list secret 42","roles":["TECHNICIAN"],
                 "region":"天津市","temporaryPassword":false}""".formatted(unique("reg")));
        assertEquals(422, user.status(), user.body());
        assertEquals(Set.of("region"), fields(user));
    }

    @Test
    void aHandOverRowWithAnUnknownRegionIsRejectedWithItsLineAndTheOthersImported() throws Exception {
        String phone = phone();
        String csv = "客户名称,客户类型,电话,地区,地址,型号,出厂编码,出厂日期\n"
                + "交接地区" + phone + ",家庭," + phone + ",天津,天津市河西区1号,KFR-26GW," + unique("RG") + ",2026-10-01\n"
                + "错地区" + phone + ",家庭,136" + phone.substring(3) + ",天 津,某地,KFR-26GW," + unique("RG") + ",2026-10-01\n";
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.BASE + "/api/v1/imports/handover?fileName=day.csv&dryRun=true"))
                .header("Authorization", admin())
                .header("Content-Type", "text/csv; charset=UTF-8")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response =
                Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"rejectedCount\":1"), response.body());
        assertTrue(response.body().contains("\"line\":3"), "the second data row, line 3: " + response.body());
        assertTrue(response.body().contains("天 津"), "the reason names the value: " + response.body());
    }

    @Test
    void anUnknownProductCategoryIsRefusedAndNoneIsFine() {
        long customer = newCustomer("北京").json().getJsonNumber("id").longValue();
        String product = """
                {"model":"KFR-35GW","category":%s,"serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""";
        Answer typo = post(
                "/api/v1/customers/" + customer + "/products", admin(), product.formatted("\"空 调\"", unique("CAT")));
        assertEquals(422, typo.status(), typo.body());
        assertEquals(Set.of("category"), fields(typo));
        assertEquals(
                201,
                post("/api/v1/customers/" + customer + "/products", admin(), product.formatted("\"空调\"", unique("CAT")))
                        .status());
        assertEquals(
                201,
                post("/api/v1/customers/" + customer + "/products", admin(), product.formatted("null", unique("CAT")))
                        .status());
    }

    @Test
    void aDeactivatedRegionIsNoLongerOfferedButTheRecordsThatHaveItKeepIt() {
        String region = Api.createRegion("停用区");
        Answer created = newCustomer(region);
        assertEquals(201, created.status(), created.body());
        JsonObject customer = get(
                        "/api/v1/customers/"
                                + created.json().getJsonNumber("id").longValue(),
                        admin())
                .json();

        JsonObject entry = get("/api/v1/regions", admin()).json().getJsonArray("items").stream()
                .map(v -> (JsonObject) v)
                .filter(e -> e.getString("code").equals(region))
                .findFirst()
                .orElseThrow();
        Answer renamed = send(
                "PUT",
                "/api/v1/regions/"
                        + URLEncoder.encode(region, StandardCharsets.UTF_8).replace("+", "%20"),
                admin(),
                """
                {"version":%d,"name":"%s（停用）","active":false}""".formatted(entry.getJsonNumber("version").longValue(), region));
        assertEquals(200, renamed.status(), renamed.body());
        assertFalse(renamed.json().getBoolean("active"));
        assertEquals(region, renamed.json().getString("code"), "the code records keep never changes");
        assertFalse(
                get(
                                "/api/v1/regions?active=true",
                                Api.basic(Api.createUser("AGENT", "agent region secret 42"), "agent region secret 42"))
                        .body()
                        .contains("\"" + region + "\""),
                "no longer offered");

        assertEquals(422, newCustomer(region).status(), "not for a new customer");
        Answer kept =
                send("PUT", "/api/v1/customers/" + customer.getJsonNumber("id").longValue(), admin(), """
                {"version":%d,"name":"%s","type":"HOUSEHOLD","phone":"%s","region":"%s","address":"另一个地址"}""".formatted(
                                customer.getJsonNumber("version").longValue(),
                                customer.getString("name"),
                                customer.getString("phone"),
                                region));
        assertEquals(200, kept.status(), "the customer keeps its region: " + kept.body());
    }

    @Test
    void theAuditLogIsFilteredByPeriodUserActionAndObjectAndExportedAsShown() throws Exception {
        String region = Api.createRegion("审计区");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai")); // the seeded ui.time-zone
        String filter = "/api/v1/audit?actor=admin&entityType=Region&from=" + today + "&to=" + today;

        List<String> created = ids(get(filter + "&action=CREATE&size=500", admin()));
        assertTrue(created.contains(region), "today's creation by admin: " + created);
        assertTrue(ids(get(filter + "&action=DELETE", admin())).isEmpty(), "no deletion");
        assertFalse(
                ids(get("/api/v1/audit?actor=admin&entityType=Region&action=CREATE&to=" + today.minusDays(1), admin()))
                        .contains(region),
                "not before today");
        assertTrue(ids(get("/api/v1/audit?actor=nobody-" + unique("") + "&entityType=Region", admin()))
                .isEmpty());
        assertEquals(
                422,
                get(filter.replace("from=" + today, "from=" + today.plusDays(1)), admin())
                        .status(),
                "a period that ends before it starts");

        WebSession session = WebSession.login("admin", Api.ADMIN_PASSWORD);
        HttpResponse<byte[]> export = session.submit(
                "/admin/audit.xhtml",
                "auditForm",
                Map.of(
                        "auditForm:from_input",
                        today.toString(),
                        "auditForm:to_input",
                        today.toString(),
                        "auditForm:actor",
                        "admin",
                        "auditForm:entityType_input",
                        "Region",
                        "auditForm:entityId",
                        region,
                        "auditForm:export",
                        ""));
        assertEquals(200, export.statusCode());
        assertTrue(
                export.headers().firstValue("Content-Type").orElse("").contains("spreadsheetml"),
                export.headers().toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(1, sheet.getLastRowNum(), "the header and the one line the filter leaves");
            Row line = sheet.getRow(1);
            assertEquals("新建", line.getCell(2).getStringCellValue(), "the action's label, not CREATE");
            assertEquals("地区", line.getCell(3).getStringCellValue(), "the object type's label");
            assertEquals(region, line.getCell(4).getStringCellValue());
        }
    }

    private static List<String> ids(Answer answer) {
        assertEquals(200, answer.status(), answer.body());
        List<String> ids = new ArrayList<>();
        answer.json().getJsonArray("items").forEach(v -> ids.add(((JsonObject) v).getString("entityId")));
        return ids;
    }
}
