package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.createUser;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.send;
import static org.aftersales.it.StockIT.part;
import static org.aftersales.it.StockIT.receive;
import static org.aftersales.it.StockIT.servicePoint;
import static org.aftersales.it.StockIT.stock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * P5 parts sales (sales card, settlement on a payment slip, finance's receipt) and P6 stock-takes
 * (book vs counted, four-eyes approval, the adjustments in the ledger and the monthly report)
 * through the API against the EAR in Payara.
 */
class SalesAndStockTakesIT {

    private static final String PASSWORD = "sales it secret";

    private static String saleJson(String point, String part, int qty) {
        return """
                {"servicePoint":"%s","buyer":"张三维修部","buyerPhone":"13800138000","paymentMethod":"WECHAT",
                 "cashier":"收款员甲","lines":[{"partNumber":"%s","qty":%d}]}""".formatted(point, part, qty);
    }

    private static JsonObject report(String point, String part, String month) {
        Answer answer = get("/api/v1/stock/report?servicePoint=" + point + "&month=" + month, admin());
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(l -> l.getString("partNumber").equals(part))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aSaleTakesThePartsAtTheCataloguePriceAndIsSettledOnceOnAPaymentSlip() throws Exception { // P5
        String point = servicePoint();
        String part = part("120.00");
        JsonObject receipt = receive(point, part, 5, 5, "80.00");

        Answer sold = post("/api/v1/part-sales", admin(), saleJson(point, part, 2));
        assertEquals(201, sold.status(), sold.body());
        JsonObject sale = sold.json();
        String number = sale.getString("number");
        assertTrue(number.matches("[A-Z]{2,6}-XS-\\d{2}-\\d{2}-\\d{2,}"), number);
        assertTrue(sold.header("Location").endsWith("/api/v1/part-sales/" + number), sold.header("Location"));
        assertEquals("240.00", sale.getString("total"), "2 × the catalogue price 120.00");
        assertEquals("120.00", sale.getJsonArray("lines").getJsonObject(0).getString("unitPrice"));
        assertEquals("压缩机", sale.getJsonArray("lines").getJsonObject(0).getString("partName"));
        assertEquals("admin", sale.getString("soldBy"));
        assertEquals("收款员甲", sale.getString("cashier"));
        assertTrue(sale.isNull("settlementNumber"));
        assertEquals(3, stock(point, part).getInt("onHand"));
        JsonObject line = report(point, part, receipt.getString("issuedAt").substring(0, 7));
        assertEquals(2, line.getInt("issuesQty"), "a sale leaves the stock like an issue (P6 report)");
        assertEquals("160.00", line.getString("issuesValue"), "at the average cost 80.00");
        assertEquals(2, line.getInt("salesQty"), "of the issues, those sold (销货)");
        assertEquals("160.00", line.getString("salesValue"));

        // not enough stock → 409, nothing sold; bad input → 422 with the fields, nothing sold
        Answer tooMany = post("/api/v1/part-sales", admin(), saleJson(point, part, 4));
        assertEquals(409, tooMany.status(), tooMany.body());
        Answer bad = post("/api/v1/part-sales", admin(), """
                {"servicePoint":"%s","buyer":"","paymentMethod":"CASH","lines":[{"partNumber":"%s","qty":1}]}""".formatted(point, part));
        assertEquals(422, bad.status(), bad.body());
        assertTrue(bad.body().contains("\"buyer\""), bad.body());
        Answer gold = post("/api/v1/part-sales", admin(), """
                {"servicePoint":"%s","buyer":"李四","paymentMethod":"GOLD","lines":[{"partNumber":"%s","qty":1}]}""".formatted(point, part));
        assertEquals(422, gold.status(), gold.body());
        assertTrue(gold.body().contains("\"paymentMethod\""), gold.body());
        Answer lines = post("/api/v1/part-sales", admin(), """
                {"servicePoint":"%s","buyer":"李四","paymentMethod":"CASH",
                 "lines":[{"partNumber":"NOPE","qty":1},{"partNumber":"%s","qty":0}]}""".formatted(point, part));
        assertEquals(422, lines.status(), lines.body());
        for (String field : List.of("lines[0].partNumber", "lines[1].qty")) {
            assertTrue(lines.body().contains("\"" + field + "\""), field + " in " + lines.body());
        }
        assertEquals(3, stock(point, part).getInt("onHand"));
        assertEquals(
                1,
                get("/api/v1/part-sales?settled=false&servicePoint=" + point, admin())
                        .json()
                        .getInt("total"));

        Answer card = send("GET", "/api/v1/part-sales/" + number + "/pdf", admin(), null, "Accept", "application/pdf");
        assertEquals(200, card.status(), card.body());
        assertTrue(card.body().startsWith("%PDF"));

        // 销售结帐: the preview, then two counters settling at once → one payment slip, one 409
        Answer preview = get("/api/v1/sales-settlements/preview?servicePoint=" + point, admin());
        assertEquals(200, preview.status(), preview.body());
        assertEquals(1, preview.json().getInt("salesCount"));
        assertEquals("240.00", preview.json().getString("total"));
        String body = "{\"servicePoint\":\"%s\",\"cashier\":\"财务收款员\"}".formatted(point);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Answer>> answers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            answers.add(pool.submit((Callable<Answer>) () -> {
                start.await();
                return post("/api/v1/sales-settlements", admin(), body);
            }));
        }
        start.countDown();
        List<Answer> settled = new ArrayList<>();
        for (Future<Answer> f : answers) {
            settled.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, settled.stream().filter(a -> a.status() == 201).count(), settled.toString());
        assertEquals(1, settled.stream().filter(a -> a.status() == 409).count(), settled.toString());
        JsonObject slip = settled.stream()
                .filter(a -> a.status() == 201)
                .findFirst()
                .orElseThrow()
                .json();
        String slipNumber = slip.getString("number");
        assertEquals(1, slip.getInt("salesCount"));
        assertEquals("240.00", slip.getString("total"));
        assertEquals("admin", slip.getString("paidInBy"));
        assertEquals("WECHAT", slip.getJsonArray("rows").getJsonObject(0).getString("paymentMethod"));
        assertEquals(
                slipNumber, get("/api/v1/part-sales/" + number, admin()).json().getString("settlementNumber"));
        assertEquals(409, post("/api/v1/sales-settlements", admin(), body).status(), "nothing left to settle");

        // issue 10.6: whoever paid the money in (here admin) never confirms its receipt, and nothing changes
        Answer own = post("/api/v1/sales-settlements/" + slipNumber + "/receipt", admin(), "");
        assertEquals(409, own.status(), own.body());
        JsonObject unreceived =
                get("/api/v1/sales-settlements/" + slipNumber, admin()).json();
        assertTrue(!unreceived.containsKey("receivedBy") || unreceived.isNull("receivedBy"), unreceived.toString());
        // finance confirms the receipt once; a keeper may not
        String keeper = createUser("WAREHOUSE", PASSWORD);
        assertEquals(
                403,
                post("/api/v1/sales-settlements/" + slipNumber + "/receipt", basic(keeper, PASSWORD), "")
                        .status());
        String finance = createUser("FINANCE", PASSWORD);
        Answer received = post("/api/v1/sales-settlements/" + slipNumber + "/receipt", basic(finance, PASSWORD), "");
        assertEquals(200, received.status(), received.body());
        assertEquals(finance, received.json().getString("receivedBy"));
        assertEquals(
                409,
                post("/api/v1/sales-settlements/" + slipNumber + "/receipt", basic(finance, PASSWORD), "")
                        .status());
        assertEquals(
                403,
                post("/api/v1/part-sales", basic(finance, PASSWORD), saleJson(point, part, 1))
                        .status(),
                "finance does not sell");
        Answer pdf = send(
                "GET", "/api/v1/sales-settlements/" + slipNumber + "/pdf", admin(), null, "Accept", "application/pdf");
        assertEquals(200, pdf.status(), pdf.body());
        assertTrue(pdf.body().startsWith("%PDF"));
    }

    @Test
    void aStockTakeIsCountedApprovedByAnotherManagerAndPostedToTheLedger() { // P6
        String point = servicePoint();
        String lost = part("100.00");
        String found = part("50.00");
        JsonObject receipt = receive(point, lost, 10, 10, "60.00");
        receive(point, found, 3, 3, "40.00");
        String keeper = createUser("WAREHOUSE", PASSWORD);
        String manager = createUser("MANAGER", PASSWORD);

        Answer started = post(
                "/api/v1/stock-takes",
                basic(keeper, PASSWORD),
                "{\"servicePoint\":\"%s\",\"note\":\"十一月月末盘点\"}".formatted(point));
        assertEquals(201, started.status(), started.body());
        long id = started.json().getJsonNumber("id").longValue();
        assertEquals("COUNTING", started.json().getString("status"));
        assertEquals(2, started.json().getInt("lines"));
        assertEquals(
                409,
                post("/api/v1/stock-takes", admin(), "{\"servicePoint\":\"%s\"}".formatted(point))
                        .status(),
                "one stock-take at a time per service point");
        Answer lines = get("/api/v1/stock-takes/" + id + "/lines", admin());
        assertEquals(200, lines.status(), lines.body());
        JsonObject first = lines.json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(l -> l.getString("partNumber").equals(lost))
                .findFirst()
                .orElseThrow();
        assertEquals(10, first.getInt("bookQty"));

        // a count against a stale version → 409, nothing saved; submit with an uncounted line → 422
        String counts = "{\"counts\":[{\"partNumber\":\"%s\",\"counted\":8,\"version\":%d}]}";
        assertEquals(
                409,
                send(
                                "PUT",
                                "/api/v1/stock-takes/" + id + "/counts",
                                basic(keeper, PASSWORD),
                                counts.formatted(
                                        lost, first.getJsonNumber("version").longValue() + 1))
                        .status());
        assertEquals(
                200,
                send(
                                "PUT",
                                "/api/v1/stock-takes/" + id + "/counts",
                                basic(keeper, PASSWORD),
                                counts.formatted(
                                        lost, first.getJsonNumber("version").longValue()))
                        .status());
        Answer early = post("/api/v1/stock-takes/" + id + "/submission", basic(keeper, PASSWORD), "");
        assertEquals(422, early.status(), early.body());
        Answer counted = send(
                "PUT",
                "/api/v1/stock-takes/" + id + "/counts",
                basic(keeper, PASSWORD),
                "{\"counts\":[{\"partNumber\":\"%s\",\"counted\":5},{\"partNumber\":\"%s\",\"counted\":-1}]}"
                        .formatted(found, lost));
        assertEquals(422, counted.status(), counted.body());
        assertEquals(
                200,
                send(
                                "PUT",
                                "/api/v1/stock-takes/" + id + "/counts",
                                basic(keeper, PASSWORD),
                                "{\"counts\":[{\"partNumber\":\"%s\",\"counted\":5}]}".formatted(found))
                        .status());

        // the keeper cannot approve; a manager who submitted cannot either; another manager can
        assertEquals(
                403,
                post("/api/v1/stock-takes/" + id + "/approval", basic(keeper, PASSWORD), "")
                        .status());
        Answer submitted = post("/api/v1/stock-takes/" + id + "/submission", basic(manager, PASSWORD), "");
        assertEquals(200, submitted.status(), submitted.body());
        assertEquals(2, submitted.json().getInt("differences"));
        assertEquals(
                409,
                post("/api/v1/stock-takes/" + id + "/approval", basic(manager, PASSWORD), "")
                        .status(),
                "four eyes");
        assertEquals(10, stock(point, lost).getInt("onHand"), "nothing posted before the approval");
        Answer rejected = post("/api/v1/stock-takes/" + id + "/rejection", admin(), "{\"reason\":\"请复盘\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("COUNTING", rejected.json().getString("status"));
        assertEquals(
                200,
                post("/api/v1/stock-takes/" + id + "/submission", basic(manager, PASSWORD), "")
                        .status());

        // meanwhile 9 of the lost part are issued: a loss of 2 no longer fits → 409, nothing posted
        Answer issued = post(
                "/api/v1/stock/issues",
                admin(),
                "{\"servicePoint\":\"%s\",\"lines\":[{\"partNumber\":\"%s\",\"qty\":9}]}".formatted(point, lost));
        assertEquals(201, issued.status(), issued.body());
        assertEquals(
                409,
                post("/api/v1/stock-takes/" + id + "/approval", admin(), "").status());
        assertEquals(3, stock(point, found).getInt("onHand"), "all or nothing");
        receive(point, lost, 9, 9, "60.00");

        Answer approved = post("/api/v1/stock-takes/" + id + "/approval", admin(), "");
        assertEquals(200, approved.status(), approved.body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals("admin", approved.json().getString("decidedBy"));
        assertEquals(8, stock(point, lost).getInt("onHand"), "10 − 9 + 9 − 2");
        assertEquals(5, stock(point, found).getInt("onHand"), "3 + 2");
        Answer posted = get("/api/v1/stock-takes/" + id + "/lines?filter=DIFFERENCES", admin());
        assertEquals(2, posted.json().getInt("total"), posted.body());
        for (JsonObject l : posted.json().getJsonArray("items").getValuesAs(JsonObject.class)) {
            assertEquals(l.getInt("countedQty") - l.getInt("bookQty"), l.getInt("adjustmentQty"));
            assertEquals(l.getString("partNumber").equals(lost) ? "-120.00" : "80.00", l.getString("adjustmentValue"));
        }
        String month = receipt.getString("issuedAt").substring(0, 7);
        JsonObject lostLine = report(point, lost, month);
        assertEquals(11, lostLine.getInt("issuesQty"), "9 issued + 2 lost");
        assertEquals(0, lostLine.getInt("salesQty"));
        assertEquals(8, lostLine.getInt("closingQty"));
        JsonObject foundLine = report(point, found, month);
        assertEquals(5, foundLine.getInt("receiptsQty"), "3 received + 2 found");
        assertEquals("200.00", foundLine.getString("closingValue"), "5 at 40.00");
        // approved: a new one may start — a cycle count of the parts whose number starts with the prefix
        Answer cycle = post(
                "/api/v1/stock-takes",
                admin(),
                "{\"servicePoint\":\"%s\",\"partPrefix\":\"%s\"}".formatted(point, lost));
        assertEquals(201, cycle.status(), cycle.body());
        assertEquals(1, cycle.json().getInt("lines"), "only " + lost);
        assertEquals(
                409,
                post("/api/v1/stock-takes", admin(), "{\"servicePoint\":\"%s\"}".formatted(point))
                        .status(),
                "still one open");
        long cycleId = cycle.json().getJsonNumber("id").longValue();
        Answer cancelled = post("/api/v1/stock-takes/" + cycleId + "/cancellation", admin(), "{\"reason\":\"盘错了服务点\"}");
        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        // a LIKE wildcard in the prefix is a character, not a wildcard: nothing starts with "%"
        Answer none = post(
                "/api/v1/stock-takes", admin(), "{\"servicePoint\":\"%s\",\"partPrefix\":\"%%\"}".formatted(point));
        assertEquals(422, none.status(), none.body());
        assertEquals(8, stock(point, lost).getInt("onHand"), "a cancelled stock-take posts nothing");
    }
}
