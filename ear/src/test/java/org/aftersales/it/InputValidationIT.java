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
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 10, points 7 and 12: input that must be refused — not coerced, not a 500. Each bad input is
 * answered with its status and problem+json naming the field, and nothing is created or changed.
 */
class InputValidationIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static long customer(String name) {
        Answer created = post(
                "/api/v1/customers", admin(), """
                {"name":"%s","type":"INDUSTRIAL","phone":"136%08d","region":"北京","address":"北京市海淀区%s号"}""".formatted(name, (long) (Math.random() * 100_000_000L), unique("")));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String product(long customerId, LocalDate factoryDate) {
        String serial = unique("IV");
        Answer created =
                post("/api/v1/customers/" + customerId + "/products", admin(), """
                {"model":"YSJ-75","serialNumber":"%s","factoryDate":"%s","use":"INDUSTRIAL"}""".formatted(serial, factoryDate));
        assertEquals(201, created.status(), created.body());
        return serial;
    }

    private static String ticket(String customerId, String registeredAt) {
        return """
                {"customerId":%s,"channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "description":"压缩机不启动","registeredAt":%s}""".formatted(customerId, registeredAt);
    }

    private static int tickets(long customerId) {
        Answer list = get("/api/v1/tickets?customerId=" + customerId, admin());
        assertEquals(200, list.status(), list.body());
        return list.json().getInt("total");
    }

    private static long customersNamed(String name) {
        Answer found = get("/api/v1/customers?query=" + URLEncoder.encode(name, StandardCharsets.UTF_8), admin());
        assertEquals(200, found.status(), found.body());
        return found.json().getJsonNumber("total").longValue();
    }

    /** The status, a problem+json body, and the fields it names. */
    private static List<String> refused(Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"), answer.body());
        return problem.containsKey("errors")
                ? problem.getJsonArray("errors").stream()
                        .map(v -> ((JsonObject) v).getString("field"))
                        .collect(Collectors.toList())
                : List.of();
    }

    @ParameterizedTest(name = "customerId {0}")
    @CsvSource({"'%d.5'", "'%d.000001'", "99999999999999999999999", "9223372036854775808", "'\"%d.5\"'", "1e400"})
    void aCustomerIdThatIsNoExactWholeNumberCreatesNoTicket(String template) {
        long customer = customer(unique("数值客户"));
        String id = template.contains("%d") ? template.formatted(customer) : template;
        List<String> fields = refused(post("/api/v1/tickets", admin(), ticket(id, "null")), 422);
        assertEquals(List.of("customerId"), fields);
        assertEquals(0, tickets(customer), "no ticket on customer " + customer);
    }

    @Test
    void aWholeNumberWrittenWithZeroDecimalsIsThatNumber() {
        long customer = customer(unique("数值客户"));
        Answer created = post("/api/v1/tickets", admin(), ticket(customer + ".0", "null"));
        assertEquals(201, created.status(), created.body());
        assertEquals(customer, created.json().getJsonNumber("customerId").longValue());
    }

    @ParameterizedTest(name = "registeredAt {0}")
    @CsvSource({"0001-01-01T00:00:00+08:00", "1979-12-31T23:00:00Z", "+999999999-12-31T23:59:59Z"})
    void aRegistrationTimeOutsideThisWorldCreatesNoTicket(String at) {
        long customer = customer(unique("时间客户"));
        Answer answer = post("/api/v1/tickets", admin(), ticket(String.valueOf(customer), "\"" + at + "\""));
        assertEquals(422, answer.status(), answer.body());
        assertEquals(List.of("registeredAt"), refused(answer, 422));
        assertEquals(0, tickets(customer));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"page=2147483647, page", "page=100001, page", "page=-1, page", "size=0, size", "size=501, size"})
    void everyListBoundsItsPage(String query, String field) {
        for (String list : List.of("/api/v1/customers", "/api/v1/tickets", "/api/v1/parts")) {
            assertEquals(List.of(field), refused(get(list + "?" + query, admin()), 422), list + "?" + query);
        }
        assertEquals(200, get("/api/v1/customers?page=100000&size=500", admin()).status(), "the last page is allowed");
    }

    @Test
    void aPageThatIsNoNumberIsA400OnThatParameter() {
        assertEquals(List.of("page"), refused(get("/api/v1/customers?page=abc", admin()), 400));
        assertEquals(List.of("page"), refused(get("/api/v1/customers?page=99999999999", admin()), 400));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "A\\u0000B | name",
                "张三\\u202Egpj.exe | name",
                "\\u2066李四\\u2069 | name",
                "王五\\u200F | name",
                "赵六\\n第二行 | name",
                "钱七\\u001b[31m | name",
            })
    void controlCharactersAndDirectionMarksAreRefusedInNames(String escaped, String field) {
        String marker = unique("控");
        Answer answer = post("/api/v1/customers", admin(), """
                {"name":"%s%s","type":"HOUSEHOLD","phone":"13800000000","region":"北京","address":"北京市"}""".formatted(marker, escaped));
        assertEquals(List.of(field), refused(answer, 422));
        assertEquals(0, customersNamed(marker), "no customer created");
    }

    @Test
    void aMultiLineDescriptionKeepsItsLinesButNoBidiOverride() {
        long customer = customer(unique("文本客户"));
        String twoLines = ticket(String.valueOf(customer), "null").replace("压缩机不启动", "压缩机不启动\\n第二行");
        assertEquals(201, post("/api/v1/tickets", admin(), twoLines).status());
        String override = ticket(String.valueOf(customer), "null").replace("压缩机不启动", "压缩机\\u202E不启动");
        assertEquals(List.of("description"), refused(post("/api/v1/tickets", admin(), override), 422));
        assertEquals(1, tickets(customer));
    }

    @Test
    void aJsonBodyOverOneMegabyteIs413AndChangesNothing() throws IOException, InterruptedException {
        String marker = unique("大");
        String big = """
                {"name":"%s","type":"HOUSEHOLD","phone":"13800000000","region":"北京","address":"北京市","source":"%s"}""".formatted(marker, "x".repeat(1024 * 1024 + 10));
        refused(post("/api/v1/customers", admin(), big), 413);

        // the same body without a Content-Length (chunked): refused once it has grown past the limit
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/customers"))
                .header("Authorization", admin())
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> answer =
                Api.HTTP.send(chunked, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(413, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals(0, customersNamed(marker));
    }

    @Test
    void factoryAndPurchaseDatesAreNotInTheFutureNorBefore1980() {
        long customer = customer(unique("日期客户"));
        String body = """
                {"model":"KFR-35GW","serialNumber":"%s","factoryDate":"%s","purchaseDate":%s,
                 "proofOfPurchase":"INVOICE","use":"HOUSEHOLD"}""";
        String[][] cases = {
            {TODAY.plusYears(1).toString(), "\"" + TODAY.plusYears(1).plusDays(1) + "\"", "factoryDate,purchaseDate"},
            {TODAY.minusYears(1).toString(), "\"" + TODAY.plusDays(1) + "\"", "purchaseDate"},
            {"1979-06-01", "\"2000-01-01\"", "factoryDate"},
            {"0001-01-01", "\"2000-01-01\"", "factoryDate"},
            {"2020-01-01", "\"9999-12-31\"", "purchaseDate"},
        };
        for (String[] c : cases) {
            String serial = unique("FD");
            Answer answer =
                    post("/api/v1/customers/" + customer + "/products", admin(), body.formatted(serial, c[0], c[1]));
            assertEquals(
                    List.of(c[2].split(",")),
                    refused(answer, 422).stream().sorted().toList(),
                    String.join(" ", c));
            assertEquals(404, get("/api/v1/products/" + serial, admin()).status(), "not registered");
        }
        Answer warranty = get("/api/v1/products/" + unique("X") + "/warranty?date=0001-01-01", admin());
        assertTrue(warranty.status() == 404 || warranty.status() == 422, warranty.body());
        Answer products = get("/api/v1/customers/" + customer + "/products", admin());
        assertEquals("[]", products.body().strip());
    }

    @Test
    void aReadingBeyondWhatTheProductCanHaveRunIsRefusedAndDoesNotBlockTrueOnes() {
        String serial = product(customer(unique("小时客户")), TODAY.minusDays(9)); // at most 10 × 24 h today
        String path = "/api/v1/products/" + serial + "/readings";
        assertEquals(List.of("hours"), refused(post(path, admin(), "{\"hours\":241}"), 422));
        assertEquals(List.of("hours"), refused(post(path, admin(), "{\"hours\":99999999999}"), 422));
        assertEquals(List.of("hours"), refused(post(path, admin(), "{\"hours\":12.5}"), 422));
        assertEquals(
                List.of("readOn"),
                refused(post(path, admin(), "{\"readOn\":\"%s\",\"hours\":10}".formatted(TODAY.plusDays(1))), 422));
        assertEquals(
                List.of("readOn"),
                refused(post(path, admin(), "{\"readOn\":\"%s\",\"hours\":10}".formatted(TODAY.minusDays(10))), 422),
                "before the factory date");
        assertEquals("[]", get(path, admin()).body().strip(), "no reading kept");
        assertEquals(201, post(path, admin(), "{\"hours\":200}").status());
        assertEquals(201, post(path, admin(), "{\"hours\":240}").status());
        assertEquals(
                240,
                get("/api/v1/products/" + serial, admin())
                        .json()
                        .getJsonNumber("operatingHours")
                        .longValue());
    }

    @Test
    void aCountedQuantityOfTwoBillionIsRefusedBeforeAnyArithmetic() {
        String point = StockIT.servicePoint();
        String part = StockIT.part("10.00");
        String receipt = """
                {"servicePoint":"%s","lines":[{"partNumber":"%s","invoicedQty":%s,"countedQty":%s,"unitPrice":"1.00"}]}""";
        assertEquals(
                List.of("lines[0].countedQty"),
                refused(
                        post("/api/v1/stock/receipts", admin(), receipt.formatted(point, part, "1", "2147483647")),
                        422));
        assertEquals(
                List.of("lines[0].invoicedQty"),
                refused(post("/api/v1/stock/receipts", admin(), receipt.formatted(point, part, "1000001", "1")), 422));
        List<String> fraction =
                refused(post("/api/v1/stock/receipts", admin(), receipt.formatted(point, part, "1", "1.5")), 422);
        assertEquals(1, fraction.size());
        assertTrue(fraction.get(0).endsWith("countedQty"), fraction.toString());
        List<String> wrapped = refused(
                post("/api/v1/stock/receipts", admin(), receipt.formatted(point, part, "1", "4294967297")), 422);
        assertTrue(wrapped.get(0).endsWith("countedQty"), wrapped.toString());
        assertEquals(
                0, get("/api/v1/stock?servicePoint=" + point, admin()).json().getInt("total"), "nothing received");

        StockIT.receive(point, part, 5, 5, "10.00");
        Answer started = post("/api/v1/stock-takes", admin(), "{\"servicePoint\":\"%s\"}".formatted(point));
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        Answer counted = send(
                "PUT",
                "/api/v1/stock-takes/" + id + "/counts",
                admin(),
                "{\"counts\":[{\"partNumber\":\"%s\",\"counted\":2147483647}]}".formatted(part));
        assertEquals(List.of("counts[0].counted"), refused(counted, 422));
        JsonObject line = get("/api/v1/stock-takes/" + id + "/lines", admin())
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertTrue(line.isNull("countedQty") || !line.containsKey("countedQty"), line.toString());
        assertEquals(5, StockIT.stock(point, part).getInt("onHand"));
        assertEquals(
                200,
                post("/api/v1/stock-takes/" + id + "/cancellation", admin(), "{\"reason\":\"测试\"}")
                        .status());
    }

    @Test
    void anUnreadableImportSaysSoWithoutTheLibrarysText() {
        byte[] notXlsx = {'P', 'K', 3, 4, 0, 0, 1, 2, 3};
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create(Api.BASE + "/api/v1/imports/handover?fileName=day.xlsx&dryRun=true"))
                .header("Authorization", admin())
                .header("Accept", "application/json")
                .header("Accept-Language", "en")
                .header("Content-Type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .POST(HttpRequest.BodyPublishers.ofByteArray(notXlsx))
                .build();
        HttpResponse<String> answer;
        try {
            answer = Api.HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
        assertEquals(422, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("\"field\":\"file\""), answer.body());
        assertTrue(answer.body().contains("The file is not a readable XLSX workbook."), answer.body());
        for (String library : List.of("Exception", "OOXML", "Zip", "zip", "POI", "poi", "org.apache")) {
            assertFalse(answer.body().contains(library), answer.body());
        }
    }

    @Test
    void aTicketEventAtYearOneIsRefused() {
        long customer = customer(unique("事件客户"));
        Answer created = post("/api/v1/tickets", admin(), ticket(String.valueOf(customer), "null"));
        assertEquals(201, created.status(), created.body());
        String number = created.json().getString("number");
        Answer event = post(
                "/api/v1/tickets/" + number + "/events",
                admin(),
                "{\"type\":\"CONTACTED\",\"at\":\"0001-01-01T00:00:00Z\",\"note\":\"x\"}");
        assertEquals(List.of("at"), refused(event, 422));
        assertEquals(
                1,
                get("/api/v1/tickets/" + number, admin())
                        .json()
                        .getJsonArray("events")
                        .size(),
                "nothing recorded");
    }
}
