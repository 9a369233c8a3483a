package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Issue 14.8 on the screens, in Chinese: QUALITY writes the year's training plan (年度培训计划) and
 * changes a line of it, registers a session of that line, signs two people in on its sign-in sheet
 * (培训签到表) and renews a staff member's qualification (售后服务人员基本情况表); a blank topic is refused
 * beside its field, and an edit made on a copy someone else has changed meanwhile is refused with a
 * clear message instead of overwriting the other change (optimistic locking).
 */
class TrainingRecordsBrowserIT {

    private static final String PASSWORD = "records browser secret";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private Browser q;

    @AfterEach
    void stop() {
        if (q != null) {
            q.screenshot("training-records-last");
            q.close();
        }
    }

    @Test
    void qualityPlansTrainingSignsPeopleInAndRenewsAQualificationOnTheScreens() {
        String user = Api.createUser("QUALITY", PASSWORD);
        String auth = Api.basic(user, PASSWORD);
        LocalDate today = LocalDate.now(CHINA);
        String topic = Api.unique("变频空调维修");

        q = new Browser(1280, 1000);
        q.login(user, PASSWORD);
        q.open("/qa/training.xhtml");
        q.waitForText("年度培训计划");

        // bad input: no topic → the message beside the field, nothing saved
        q.type("planForm:plannedMonth", "3月");
        q.clickAndWaitForAjax("planForm:addPlan");
        String beside = fieldMessage("planForm:topic");
        assertTrue(beside.contains("培训主题"), "the message beside the topic names it: " + beside);
        q.screenshot("training-plan-refused");

        q.type("planForm:topic", topic);
        q.type("planForm:audience", "维修技师");
        q.type("planForm:trainer", "王工");
        q.clickAndWaitForAjax("planForm:addPlan");
        q.waitForText("已保存。");
        assertEquals("", fieldMessage("planForm:topic"));
        assertTrue(rowOf("planForm:plans", topic).getText().contains("3月"), "the new plan line");

        // change the line: month 3 → 4
        rowOf("planForm:plans", topic)
                .findElement(By.cssSelector("[id$=':editPlan']"))
                .click();
        q.waitForAjax();
        q.waitForText("正在修改这条培训计划");
        assertEquals(topic, q.find("planForm:topic").getAttribute("value"));
        q.type("planForm:plannedMonth", "4月");
        q.clickAndWaitForAjax("planForm:addPlan");
        q.waitForText("已保存。");
        assertTrue(rowOf("planForm:plans", topic).getText().contains("4月"), "the changed plan line");
        long planId = planId(auth, today.getYear(), topic);

        // a stale edit: someone changes the line while it is open here
        rowOf("planForm:plans", topic)
                .findElement(By.cssSelector("[id$=':editPlan']"))
                .click();
        q.waitForAjax();
        q.waitForText("正在修改这条培训计划");
        Api.Answer other = Api.send(
                "PUT", "/api/v1/records/training-plans/" + planId, auth, """
                {"year":%d,"topic":"%s","plannedMonth":"5月","audience":"维修技师","trainer":"李工"}""".formatted(today.getYear(), topic));
        assertEquals(200, other.status(), other.body());
        q.type("planForm:plannedMonth", "6月");
        q.clickAndWaitForAjax("planForm:addPlan");
        q.waitForText("该记录已被他人修改，请刷新后重试。");
        q.screenshot("training-plan-stale");
        JsonObject kept = plan(auth, today.getYear(), topic);
        assertEquals("5月", kept.getString("plannedMonth"), "the other change is kept");
        q.clickAndWaitForAjax("planForm:cancelPlan");

        // a session of that line: the topic comes from the plan
        q.pick("sessionForm:planId", topic); // as a person picks it: the list opens, the line is clicked
        assertEquals(String.valueOf(planId), q.find("sessionForm:planId_input").getAttribute("value"));
        assertEquals(topic, q.find("sessionForm:topic").getAttribute("value"));
        q.type("sessionForm:place", "培训室");
        q.typeDate("sessionForm:heldOn_input", today.toString());
        q.waitForAjax();
        assertEquals("培训室", q.find("sessionForm:place").getAttribute("value"));
        q.clickAndWaitForAjax("sessionForm:addSession");
        q.waitForText("已保存。");
        q.type("sessionForm:text", topic);
        q.clickAndWaitForAjax("sessionForm:search");
        WebElement session = rowOf("sessionForm:sessions", topic);
        assertTrue(session.getText().contains("培训室"), session.getText());

        // 培训签到表: two people sign in
        session.findElement(By.cssSelector("[id$=':openSheet']")).click();
        q.waitForAjax();
        q.waitForText("还没有人签到。");
        q.type("signInForm:name", "张三");
        q.type("signInForm:department", "售后服务部");
        q.clickAndWaitForAjax("signInForm:sign");
        q.waitForText("张三 已签到。");
        q.type("signInForm:name", "李四");
        q.type("signInForm:department", "维修站");
        q.clickAndWaitForAjax("signInForm:sign");
        q.waitForText("李四 已签到。");
        String sheet = q.find("signInForm:attendance").getText();
        assertTrue(sheet.contains("张三") && sheet.contains("李四") && sheet.contains("维修站"), sheet);
        assertTrue(rowOf("sessionForm:sessions", topic).getText().contains("张三、李四"), "the attendees in the list");
        q.screenshot("training-sign-in");
        assertFalse(q.source().contains("ONSITE") || q.source().contains("ELECTRICIAN"), "no enum names");

        // 售后服务人员基本情况表: a qualification's expiry renewed, the record's education changed
        String name = Api.unique("赵");
        Api.Answer staff = Api.post("/api/v1/records/staff", auth, """
                {"name":"%s","department":"售后服务部","education":"中专","title":"技师","hireDate":"2020-03-01"}""".formatted(name));
        assertEquals(201, staff.status(), staff.body());
        long staffId = staff.json().getJsonNumber("id").longValue();
        LocalDate expiry = today.plusDays(10);
        Api.Answer held = Api.post("/api/v1/records/staff/" + staffId + "/qualifications", auth, """
                {"kind":"ELECTRICIAN","certificateNumber":"DG-7","issuedOn":"2023-01-10","expiresOn":"%s"}""".formatted(expiry));
        assertEquals(201, held.status(), held.body());

        q.open("/qa/staff-records.xhtml");
        q.waitForText("售后服务人员基本情况表");
        q.type("filterForm:text", name);
        q.clickAndWaitForAjax("filterForm:search");
        WebElement record = rowOf("filterForm:staff", name);
        assertTrue(record.getText().contains("电工") && record.getText().contains("即将到期"), record.getText());
        record.findElement(By.cssSelector("[id$=':renew']")).click();
        q.waitForAjax();
        q.waitForText("资格证书续期");
        assertEquals(
                expiry.toString(), q.find("qualificationForm:expiresOn_input").getAttribute("value"));
        LocalDate renewed = today.plusYears(3);
        q.type("qualificationForm:certificateNumber", "DG-8");
        retypeDate("qualificationForm:expiresOn_input", renewed.toString());
        q.waitForAjax();
        assertEquals("DG-8", q.find("qualificationForm:certificateNumber").getAttribute("value"));
        q.clickAndWaitForAjax("qualificationForm:add");
        q.waitForText("已保存。");
        record = rowOf("filterForm:staff", name);
        assertTrue(
                record.getText().contains(renewed.toString())
                        && record.getText().contains("DG-8"),
                record.getText());
        assertFalse(record.getText().contains("即将到期"), record.getText());

        record.findElement(By.cssSelector("[id$=':edit']")).click();
        q.waitForAjax();
        q.waitForText("修改人员档案");
        assertEquals(name, q.find("staffForm:name").getAttribute("value"));
        q.type("staffForm:education", "大专");
        q.clickAndWaitForAjax("staffForm:save");
        q.waitForText("已保存。");
        assertTrue(rowOf("filterForm:staff", name).getText().contains("大专"), "the changed record");
        q.screenshot("staff-record-renewed");

        JsonObject now = Api.get("/api/v1/records/staff/" + staffId, auth).json();
        assertEquals("大专", now.getString("education"));
        JsonObject certificate = now.getJsonArray("qualifications").getJsonObject(0);
        assertEquals(renewed.toString(), certificate.getString("expiresOn"));
        assertEquals(1, now.getJsonArray("qualifications").size(), "renewed, not added");
    }

    /** Replaces the date a filled date picker shows: all selected, the new one typed over it. */
    private void retypeDate(String inputId, String isoDate) {
        WebElement input = q.find(inputId);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), isoDate, Keys.TAB);
        for (int i = 0; i < 30 && !isoDate.equals(q.find(inputId).getAttribute("value")); i++) {
            sleep(100);
        }
        if (!isoDate.equals(q.find(inputId).getAttribute("value"))) { // the picker put its date back
            ((JavascriptExecutor) q.driver)
                    .executeScript("document.getElementById(arguments[0]).value = arguments[1];", inputId, isoDate);
        }
        assertEquals(isoDate, q.find(inputId).getAttribute("value"));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The text of the message beside an input (the p:message in the input's field box). */
    private String fieldMessage(String inputId) {
        return q
                .find(inputId)
                .findElement(By.xpath("./ancestor::div[contains(@class,'as-field')][1]"))
                .findElements(By.cssSelector(".ui-message"))
                .stream()
                .map(WebElement::getText)
                .reduce("", String::concat)
                .strip();
    }

    private WebElement rowOf(String tableId, String text) {
        q.waitForText(text);
        return q.find(tableId).findElement(By.xpath(".//tbody/tr[td[contains(normalize-space(.), '" + text + "')]]"));
    }

    private static JsonObject plan(String auth, int year, String topic) {
        Api.Answer plans = Api.get("/api/v1/records/training-plans?year=" + year, auth);
        assertEquals(200, plans.status(), plans.body());
        try (JsonReader reader = Json.createReader(new StringReader(plans.body()))) {
            return reader.readArray().stream()
                    .map(v -> v.asJsonObject())
                    .filter(p -> topic.equals(p.getString("topic")))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no plan line " + topic + " in " + plans.body()));
        }
    }

    private static long planId(String auth, int year, String topic) {
        return plan(auth, year, topic).getJsonNumber("id").longValue();
    }
}
