package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.basic;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;

/**
 * T7, T6 through the API against the EAR in Payara: a dealer return (产品售后管理表) gets its own
 * number and a linked RETURN_EXCHANGE ticket for the dealer; its stages go in turn (out of turn → 409,
 * bad input → 422, stale version → 409, nothing changed); the receiving check receives the unit on the
 * ticket; the carry-in paper (repair tag, pickup receipt) and the form print with the numbers and the
 * pickup code.
 */
class DealerReturnsIT {

    private static final String PASSWORD = "dealer returns it secret";
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private static long customer(String type) {
        return customer(type, admin());
    }

    private static long customer(String type, String authorization) {
        Answer created = post("/api/v1/customers", authorization, """
                {"name":"%s","type":"%s","contact":"王经理","phone":"136%08d","region":"天津","address":"天津市南开区鞍山西道1号"}""".formatted(
                (type.equals("DEALER") ? "经销商" : "家庭客户") + unique(""), type, (long) (Math.random() * 100_000_000L)));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    private static String returnJson(long dealer, String arrival, String tracking, int days) {
        return """
                {"dealerCustomerId":%d,"feedbackDate":"%s","model":"KFR-35GW","colour":"白","serialNumber":"%s",
                 "purchaseDate":"2026-01-15","problem":"顾客反映空调不制冷","arrival":"%s","courierCompany":"顺丰",
                 "trackingNumber":%s,"wantedHandling":"REPAIR_AND_RETURN","turnaroundDays":%d}""".formatted(
                        dealer,
                        LocalDate.now(CHINA).minusDays(1),
                        unique("SNDR"),
                        arrival,
                        tracking == null ? "null" : "\"" + tracking + "\"",
                        days);
    }

    private static JsonObject register(long dealer) {
        Answer created = post("/api/v1/dealer-returns", admin(), returnJson(dealer, "COURIER", "SF" + unique(""), 5));
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    private static Answer stage(String number, String stage, String json) {
        return post("/api/v1/dealer-returns/" + number + "/" + stage, admin(), json);
    }

    private static JsonObject read(String number) {
        Answer answer = get("/api/v1/dealer-returns/" + number, admin());
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    private static void assertProblem(int status, Answer answer, String contains) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(answer.body().contains(contains), answer.body());
    }

    @Test
    void aDealerReturnGetsItsNumberAndALinkedReturnTicket() {
        long dealer = customer("DEALER");
        Answer created = post("/api/v1/dealer-returns", admin(), returnJson(dealer, "COURIER", "SF1234567890", 5));
        assertEquals(201, created.status(), created.body());
        JsonObject r = created.json();
        String number = r.getString("number");
        assertTrue(number.matches("[A-Z]{2,6}-SH-\\d{2}-\\d{2}-\\d{2,}"), number);
        assertTrue(created.header("Location").endsWith("/api/v1/dealer-returns/" + number));
        assertEquals("REGISTERED", r.getString("stage"));
        assertEquals(dealer, r.getJsonNumber("dealerCustomerId").longValue());
        assertTrue(r.getString("dealerName").startsWith("经销商"));
        assertEquals("COURIER", r.getString("arrival"));
        assertEquals("SF1234567890", r.getString("trackingNumber"));
        assertEquals(5, r.getInt("turnaroundDays"));
        assertTrue(r.isNull("dueDate"), "no due date before the unit arrived");

        String ticketNumber = r.getString("ticketNumber");
        assertFalse(ticketNumber.equals(number), "the return and its ticket have numbers of their own");
        JsonObject ticket = get("/api/v1/tickets/" + ticketNumber, admin()).json();
        assertEquals("RETURN_EXCHANGE", ticket.getString("kind"));
        assertEquals("DEALER", ticket.getString("channel"));
        assertEquals("REGISTERED", ticket.getString("status"));
        assertEquals(dealer, ticket.getJsonNumber("customerId").longValue());
        assertTrue(ticket.getString("description").contains(number), ticket.getString("description"));

        assertEquals(number, read(number).getString("number"));
        assertEquals(404, get("/api/v1/dealer-returns/YX-99-01-9999", admin()).status());
        JsonObject list = get("/api/v1/dealer-returns?dealerCustomerId=" + dealer, admin())
                .json();
        assertEquals(1, list.getInt("total"));
        assertEquals(number, list.getJsonArray("items").getJsonObject(0).getString("number"));
    }

    @Test
    void aReturnNeedsADealerFromTheArchiveAndAFormFilledInByTheRules() {
        long dealer = customer("DEALER");
        long household = customer("HOUSEHOLD");
        assertProblem(
                422,
                post("/api/v1/dealer-returns", admin(), returnJson(household, "BROUGHT_IN", null, 3)),
                "\"field\":\"dealerCustomerId\"");
        // T7: a courier needs a tracking number; the turnaround is 3, 5 or 7 days
        assertProblem(
                422,
                post("/api/v1/dealer-returns", admin(), returnJson(dealer, "COURIER", null, 5)),
                "\"field\":\"trackingNumber\"");
        assertProblem(
                422,
                post("/api/v1/dealer-returns", admin(), returnJson(dealer, "BROUGHT_IN", null, 4)),
                "\"field\":\"turnaroundDays\"");
        assertProblem(
                422,
                post("/api/v1/dealer-returns", admin(), returnJson(dealer, "BY_AIR", null, 3)),
                "\"field\":\"arrival\"");
        assertEquals(
                400,
                post("/api/v1/dealer-returns", admin(), "{\"dealerCustomerId\":")
                        .status());
        assertEquals(
                0,
                get("/api/v1/dealer-returns?dealerCustomerId=" + dealer, admin())
                        .json()
                        .getInt("total"),
                "nothing created");
        assertEquals(
                0, get("/api/v1/tickets?customerId=" + dealer, admin()).json().getInt("total"), "no ticket either");
    }

    @Test
    void theStagesGoInTurnAndTheReceivingCheckReceivesTheUnitOnTheTicket() {
        long dealer = customer("DEALER");
        JsonObject r = register(dealer);
        String number = r.getString("number");
        String ticketNumber = r.getString("ticketNumber");
        long version = r.getJsonNumber("version").longValue();

        // out of turn: 409, nothing changed
        assertProblem(
                409,
                stage(number, "judgement", "{\"version\":%d,\"judgement\":\"PRODUCT_FAULT\"}".formatted(version)),
                "\"status\":409");
        assertProblem(
                409,
                stage(number, "disposition", "{\"version\":%d,\"disposition\":\"SCRAPPED\"}".formatted(version)),
                "\"status\":409");
        assertEquals("REGISTERED", read(number).getString("stage"));
        assertEquals(version, read(number).getJsonNumber("version").longValue());

        // T7: ABNORMAL says what → 422, nothing changed
        assertProblem(
                422,
                stage(
                        number,
                        "receiving-check",
                        "{\"version\":%d,\"appearance\":\"SCRATCHED\",\"function\":\"ABNORMAL\"}".formatted(version)),
                "\"field\":\"functionNote\"");
        assertEquals("REGISTERED", read(number).getString("stage"));
        assertEquals(
                "REGISTERED",
                get("/api/v1/tickets/" + ticketNumber, admin()).json().getString("status"));

        // the receiving check: RECEIVED on the ticket, due = received + 5 days
        OffsetDateTime received = OffsetDateTime.now(CHINA).minusHours(1).withNano(0);
        Answer checked = stage(number, "receiving-check", """
                {"version":%d,"receivedAt":"%s","appearance":"SCRATCHED","function":"ABNORMAL","functionNote":"压缩机不启动",
                 "accessories":"遥控器"}""".formatted(version, received));
        assertEquals(200, checked.status(), checked.body());
        JsonObject afterCheck = checked.json();
        assertEquals("RECEIVED", afterCheck.getString("stage"));
        assertEquals(received.toLocalDate().plusDays(5).toString(), afterCheck.getString("dueDate"));
        assertFalse(afterCheck.getBoolean("overdue"));
        assertTrue(afterCheck.getJsonNumber("version").longValue() > version);
        JsonObject ticket = get("/api/v1/tickets/" + ticketNumber, admin()).json();
        assertEquals("RECEIVED", ticket.getString("status"));
        assertTrue(ticket.getString("pickupCode").matches("\\d{6}"), ticket.toString());

        // once only
        long current = afterCheck.getJsonNumber("version").longValue();
        assertProblem(
                409,
                stage(
                        number,
                        "receiving-check",
                        "{\"version\":%d,\"appearance\":\"GOOD\",\"function\":\"NORMAL\"}".formatted(current)),
                "\"status\":409");

        // a stale version: 409 with the stale-version text, nothing changed
        assertProblem(
                409,
                stage(number, "judgement", "{\"version\":%d,\"judgement\":\"MISUSE\"}".formatted(version)),
                "\"status\":409");
        assertEquals("RECEIVED", read(number).getString("stage"));

        // judgement → decision → disposition
        Answer judged = stage(
                number,
                "judgement",
                "{\"version\":%d,\"judgement\":\"PRODUCT_FAULT\",\"note\":\"压缩机故障\"}".formatted(current));
        assertEquals(200, judged.status(), judged.body());
        assertEquals("JUDGED", judged.json().getString("stage"));
        assertProblem(
                409,
                stage(
                        number,
                        "disposition",
                        "{\"version\":%d,\"disposition\":\"SCRAPPED\"}"
                                .formatted(
                                        judged.json().getJsonNumber("version").longValue())),
                "\"status\":409");
        Answer decided = stage(
                number,
                "decision",
                "{\"version\":%d,\"handling\":\"REPAIR_AND_RETURN\"}"
                        .formatted(judged.json().getJsonNumber("version").longValue()));
        assertEquals(200, decided.status(), decided.body());
        assertEquals("DECIDED", decided.json().getString("stage"));
        Answer closed = stage(
                number,
                "disposition",
                "{\"version\":%d,\"disposition\":\"REPAIRED_RETURNED\"}"
                        .formatted(decided.json().getJsonNumber("version").longValue()));
        assertEquals(200, closed.status(), closed.body());
        JsonObject done = closed.json();
        assertEquals("CLOSED", done.getString("stage"));
        assertEquals("PRODUCT_FAULT", done.getString("judgement"));
        assertEquals("REPAIR_AND_RETURN", done.getString("handling"));
        assertEquals("REPAIRED_RETURNED", done.getString("disposition"));
        assertFalse(done.isNull("closedAt"));
        assertProblem(
                409,
                stage(
                        number,
                        "decision",
                        "{\"version\":%d,\"handling\":\"EXCHANGE\"}"
                                .formatted(done.getJsonNumber("version").longValue())),
                "\"status\":409");

        JsonObject closedList = get("/api/v1/dealer-returns?dealerCustomerId=" + dealer + "&stage=CLOSED", admin())
                .json();
        assertEquals(1, closedList.getInt("total"));
        assertEquals(
                0,
                get("/api/v1/dealer-returns?dealerCustomerId=" + dealer + "&overdue=true", admin())
                        .json()
                        .getInt("total"));
        assertProblem(422, get("/api/v1/dealer-returns?stage=LOST", admin()), "\"field\":\"stage\"");
    }

    @Test
    void aPartnerMayRegisterButNotReadAndQualityMayNotReceive() {
        String partner = Api.createUser("PARTNER", PASSWORD);
        long dealer = customer("DEALER", basic(partner, PASSWORD)); // issue 10.1: a partner files for its own dealer
        Answer othersDealer = post(
                "/api/v1/dealer-returns",
                basic(partner, PASSWORD),
                returnJson(customer("DEALER"), "BROUGHT_IN", null, 7));
        assertEquals(
                422,
                othersDealer.status(),
                "a dealer the partner did not open is unknown to it: " + othersDealer.body());
        Answer byPartner =
                post("/api/v1/dealer-returns", basic(partner, PASSWORD), returnJson(dealer, "BROUGHT_IN", null, 7));
        assertEquals(201, byPartner.status(), byPartner.body());
        String number = byPartner.json().getString("number");
        assertEquals(
                403,
                get("/api/v1/dealer-returns/" + number, basic(partner, PASSWORD))
                        .status());

        String quality = Api.createUser("QUALITY", PASSWORD);
        assertEquals(
                200,
                get("/api/v1/dealer-returns/" + number, basic(quality, PASSWORD))
                        .status());
        assertEquals(
                403,
                post(
                                "/api/v1/dealer-returns/" + number + "/receiving-check",
                                basic(quality, PASSWORD),
                                "{\"version\":0,\"appearance\":\"GOOD\",\"function\":\"NORMAL\"}")
                        .status());
    }

    @Test
    void theCarryInPaperAndTheFormPrintWithTheNumbersAndThePickupCode() throws Exception {
        long dealer = customer("DEALER");
        JsonObject r = register(dealer);
        String number = r.getString("number");
        String ticketNumber = r.getString("ticketNumber");
        Answer checked = stage(number, "receiving-check", """
                {"version":%d,"appearance":"GOOD","function":"NORMAL","accessories":"遥控器、包装箱"}""".formatted(
                        r.getJsonNumber("version").longValue()));
        assertEquals(200, checked.status(), checked.body());
        String pickupCode =
                get("/api/v1/tickets/" + ticketNumber, admin()).json().getString("pickupCode");

        String agent = Api.createUser("AGENT", PASSWORD);
        try (Browser browser = new Browser()) {
            browser.login(agent, PASSWORD);
            String cookies = browser.driver.manage().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue())
                    .collect(Collectors.joining("; "));

            String tag = pdfText("/print/carry-in/repair-tag?number=" + ticketNumber, cookies, 1);
            assertTrue(tag.contains("修护卡") && tag.contains(ticketNumber), tag);
            assertTrue(tag.contains("KFR-35GW") && tag.contains("遥控器、包装箱") && tag.contains(number), tag);

            String receipt = pdfText("/print/carry-in/pickup-receipt?number=" + ticketNumber, cookies, 2);
            assertTrue(receipt.contains("客户商品领取收据") && receipt.contains(ticketNumber), receipt);
            assertTrue(receipt.contains(pickupCode), "the pickup code " + pickupCode + ": " + receipt);
            assertTrue(receipt.contains("第一联") && receipt.contains("第二联"), receipt);

            String form = pdfText("/print/dealer-return?number=" + number, cookies, 2);
            assertTrue(form.contains("产品售后管理表") && form.contains(number) && form.contains(ticketNumber), form);

            browser.open("/dealer-return.xhtml?number=" + number);
            assertTrue(browser.source().contains(ticketNumber), "the form links its ticket");
            assertFalse(browser.source().contains("errorPage"));
        }
    }

    @Test
    void anAgentFilesTheFormOnThePageAndFillsInEachStageInTurn() {
        long dealer = customer("DEALER");
        String agent = Api.createUser("AGENT", PASSWORD);
        try (Browser browser = new Browser()) {
            browser.login(agent, PASSWORD);
            browser.open("/dealer-return.xhtml");
            ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                    .executeScript(
                            "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1])",
                            "registerForm:dealerCustomerId",
                            String.valueOf(dealer));
            browser.type("registerForm:model", "KFR-26GW");
            browser.type("registerForm:colour", "金");
            browser.type("registerForm:problem", "外机异响");
            browser.clickLabelOf("registerForm:wantedHandling:2"); // 整机更换
            browser.clickLabelOf("registerForm:turnaroundDays:2"); // 7 天
            browser.clickAndWaitForAjax("registerForm:register");
            browser.waitForText("已登记产品售后管理表");
            String number = java.net
                    .URI
                    .create(browser.driver.getCurrentUrl())
                    .getQuery()
                    .replaceAll(".*number=", "");
            JsonObject filed = read(number);
            assertEquals(dealer, filed.getJsonNumber("dealerCustomerId").longValue());
            assertEquals("WHOLE_UNIT_REPLACEMENT", filed.getString("wantedHandling"));
            assertEquals(7, filed.getInt("turnaroundDays"));
            assertEquals("BROUGHT_IN", filed.getString("arrival"));

            // the judgement cannot be given before the receiving check: it is not on the page yet
            assertTrue(browser.driver
                    .findElements(org.openqa.selenium.By.id("judgementForm:save"))
                    .isEmpty());
            browser.clickLabelOf("receivingForm:appearance:1"); // 刮花
            browser.clickLabelOf("receivingForm:function:1"); // 异常 …
            browser.clickAndWaitForAjax("receivingForm:save");
            browser.waitForText("异常时须写明");
            browser.type("receivingForm:functionNote", "外机风扇异响");
            browser.clickAndWaitForAjax("receivingForm:save");
            browser.waitForText("已收货检查");
            browser.clickLabelOf("judgementForm:judgement:0"); // 运输损坏
            browser.clickAndWaitForAjax("judgementForm:save");
            browser.waitForText("已判断");
            browser.clickLabelOf("decisionForm:handling:2"); // 整机更换
            browser.clickAndWaitForAjax("decisionForm:save");
            browser.waitForText("已定方案");
            browser.clickLabelOf("dispositionForm:disposition:2"); // 报废
            browser.clickAndWaitForAjax("dispositionForm:save");
            browser.waitForText("已结案");
            browser.screenshot("dealer-return-closed");

            JsonObject closed = read(number);
            assertEquals("CLOSED", closed.getString("stage"));
            assertEquals("SCRATCHED", closed.getString("appearance"));
            assertEquals("外机风扇异响", closed.getString("functionNote"));
            assertEquals("TRANSPORT_DAMAGE", closed.getString("judgement"));
            assertEquals("REPLACEMENT", closed.getString("handling"));
            assertEquals("SCRAPPED", closed.getString("disposition"));
            assertEquals(agent, closed.getString("closedBy"));
            assertEquals(
                    "RECEIVED",
                    get("/api/v1/tickets/" + closed.getString("ticketNumber"), admin())
                            .json()
                            .getString("status"));
        }
    }

    /** The text of every page of a printed PDF, fetched with the browser's session. */
    private static String pdfText(String path, String cookies, int pages) throws Exception {
        HttpResponse<byte[]> pdf = Api.HTTP.send(
                HttpRequest.newBuilder(URI.create(Api.BASE + path))
                        .header("Cookie", cookies)
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode(), path);
        assertEquals(
                "application/pdf",
                pdf.headers().firstValue("Content-Type").orElse("").split(";")[0],
                path);
        PdfReader reader = new PdfReader(pdf.body());
        try {
            assertEquals(pages, reader.getNumberOfPages(), path);
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= pages; page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
