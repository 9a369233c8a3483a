package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 10.15: what a screen cannot take is refused beside its field, naming it — never ignored,
 * never changed into another number, never the generic error page.
 */
class InputBrowserIT {

    private static final String PASSWORD = "input browser secret";
    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.screenshot("input");
            browser.close();
        }
    }

    /** The message shown beside the input {@code inputId}: the p:message in the same field or table cell. */
    private String messageBeside(String inputId) {
        browser.waitForAjax();
        return String.valueOf(((JavascriptExecutor) browser.driver)
                .executeScript(
                        "var e = document.getElementById(arguments[0]); var f = e && e.closest('.as-field, td');"
                                + " var m = f && f.querySelector('.ui-message'); return m ? m.textContent.trim() : '';",
                        inputId));
    }

    @Test
    void receivingRefusesLettersInAQuantityAndAnUnknownPartBesideTheirFields() {
        String keeper = Api.createUser("WAREHOUSE", PASSWORD);
        String point = ("I" + Api.unique("").substring(0, 7)).toUpperCase(Locale.ROOT);
        assertEquals(
                201,
                Api.post("/api/v1/service-points", Api.admin(), """
                {"code":"%s","name":"输入测试站","keepers":["%s"]}""".formatted(point, keeper))
                        .status());
        browser = new Browser();
        browser.login(keeper, PASSWORD);
        browser.open("/receiving.xhtml");
        new Select(browser.find("receivingForm:servicePoint")).selectByValue(point);
        browser.type("receivingForm:lines:0:partNumber_input", "NO-SUCH-PART");
        browser.type("receivingForm:lines:0:invoicedQty", "十个");
        browser.type("receivingForm:lines:0:countedQty", "8");
        browser.type("receivingForm:lines:0:unitPrice", "1,5");
        browser.clickAndWaitForAjax("receivingForm:receive");
        assertTrue(
                messageBeside("receivingForm:lines:0:invoicedQty").startsWith("发票数量：请填写整数"),
                messageBeside("receivingForm:lines:0:invoicedQty"));
        assertTrue(
                messageBeside("receivingForm:lines:0:unitPrice").startsWith("单价：请填写数字"),
                messageBeside("receivingForm:lines:0:unitPrice"));

        browser.type("receivingForm:lines:0:invoicedQty", "10");
        browser.type("receivingForm:lines:0:unitPrice", "1.5");
        browser.clickAndWaitForAjax("receivingForm:receive");
        assertTrue(
                messageBeside("receivingForm:lines:0:partNumber_input").contains("备件目录中没有 NO-SUCH-PART"),
                messageBeside("receivingForm:lines:0:partNumber_input"));
    }

    @Test
    void theHoursAreTakenAsTypedOrRefused() {
        String technician = Api.createUser("TECHNICIAN", PASSWORD);
        String ticket = PartRequestsIT.ticketFor(technician);
        assertEquals(
                201,
                Api.post(
                                "/api/v1/tickets/" + ticket + "/events",
                                Api.basic(technician, PASSWORD),
                                "{\"type\":\"ARRIVED\"}")
                        .status());
        browser = new Browser();
        browser.login(technician, PASSWORD);
        browser.open("/ticket.xhtml?number=" + ticket);
        for (String typed : new String[] {"1,5", "-3", "99999"}) {
            browser.type("serviceForm:hours", typed);
            browser.clickAndWaitForAjax("serviceForm:saveRecord");
            String message = messageBeside("serviceForm:hours");
            assertTrue(message.startsWith("工时（小时）："), typed + " → " + message);
            assertEquals(
                    typed, browser.find("serviceForm:hours").getAttribute("value"), "the field keeps what was typed");
            Number shown = (Number) ((JavascriptExecutor) browser.driver)
                    .executeScript("return document.body.innerText.split('工时（小时）：').length - 1;");
            assertEquals(1, shown.intValue(), "shown once: " + typed);
        }
        var before = Api.get("/api/v1/tickets/" + ticket, Api.admin()).json();
        assertTrue(!before.containsKey("hours") || before.isNull("hours"), "nothing was saved: " + before.get("hours"));
        browser.type("serviceForm:hours", "1.5");
        browser.clickAndWaitForAjax("serviceForm:saveRecord");
        browser.waitForText("维修记录已保存");
        assertEquals(
                "1.50", Api.get("/api/v1/tickets/" + ticket, Api.admin()).json().getString("hours"));
    }

    @Test
    void aDisplayNameLongerThanItsColumnIsRefusedBesideTheField() {
        browser = new Browser();
        browser.login("admin", Api.ADMIN_PASSWORD);
        browser.open("/admin/users.xhtml");
        browser.find("usersForm:newUser").click();
        String username = Api.unique("u");
        browser.type("newUserForm:username", username);
        // past the input's maxlength, as a script or an old browser could send it
        ((JavascriptExecutor) browser.driver)
                .executeScript("document.getElementById('newUserForm:displayName').value = '长'.repeat(2000);");
        browser.type("newUserForm:password", "a long enough password 1");
        browser.clickLabelOf("newUserForm:roles:0");
        browser.clickAndWaitForAjax("newUserForm:create");
        String message = messageBeside("newUserForm:displayName");
        assertTrue(message.contains("最多 100 个字符"), message);
        assertFalse(browser.source().contains("errorPage"), "not the error page");
        assertEquals(404, Api.get("/api/v1/users/" + username, Api.admin()).status());
    }
}
