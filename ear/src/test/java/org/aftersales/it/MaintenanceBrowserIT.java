package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** M1–M3 in the browser: a dispatcher plans a product's maintenance by hand and from its care plan. */
class MaintenanceBrowserIT {

    private static final String PASSWORD = "dispatcher browser secret";
    private Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.screenshot("maintenance-dispatcher");
        browser.close();
    }

    private static String airConditioner() {
        long customerId = Api.post("/api/v1/customers", Api.admin(), """
                {"name":"保养画面客户%s","type":"HOUSEHOLD","phone":"136%s","region":"天津","address":"天津市南开区2号"}""".formatted(
                                Api.unique(""), String.format("%08d", (long) (Math.random() * 100_000_000L))))
                .json()
                .getJsonNumber("id")
                .longValue();
        String serial = Api.unique("MB");
        assertEquals(
                201,
                Api.post("/api/v1/customers/" + customerId + "/products", Api.admin(), """
                {"model":"KFR-35GW","category":"空调","serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""".formatted(serial))
                        .status());
        return serial;
    }

    @Test
    void aDispatcherPlansMaintenanceByHandAndFromTheCarePlan() {
        String dispatcher = Api.createUser("DISPATCHER", PASSWORD);
        String serial = airConditioner();
        browser.login(dispatcher, PASSWORD);

        browser.open("/product.xhtml?serial=" + serial);
        assertTrue(browser.source().contains("尚无保养计划"), "the product page's maintenance section");
        browser.clickAndWaitForPage("manageMaintenance");
        assertTrue(browser.source().contains("本周到期"));

        // M3: the care plan of the product's type (空调, seeded) in one step
        browser.clickAndWaitForAjax("filterForm:applyCarePlan");
        assertEquals(serial, browser.find("carePlanForm:serialNumber").getAttribute("value"));
        browser.screenshot("maintenance-care-plan-dialog");
        browser.clickAndWaitForAjax("carePlanForm:create");
        browser.waitForText("已保存保养计划");
        browser.waitForText("每 3 个月");

        // M1, M2: a plan by hand, with two work items
        browser.clickAndWaitForAjax("filterForm:newPlan");
        assertEquals(serial, browser.find("planForm:serialNumber").getAttribute("value"));
        browser.clickAndWaitForAjax("planForm:addItem");
        browser.screenshot("maintenance-plan-dialog");
        browser.type("planForm:notes", "断电后作业");
        browser.clickAndWaitForAjax("planForm:save");
        browser.waitForText("已保存保养计划");

        JsonObject plans = Api.get("/api/v1/maintenance-plans?serialNumber=" + serial, Api.admin())
                .json();
        assertEquals(2, plans.getJsonNumber("total").longValue(), plans.toString());

        browser.open("/product.xhtml?serial=" + serial);
        assertTrue(browser.source().contains("例行保养"), "the plans on the product page");
        assertTrue(browser.source().contains("操作人员即可"), "M2: cleaning is the operator's");
    }
}
