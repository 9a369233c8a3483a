package org.aftersales.it;

import static org.aftersales.it.Api.admin;
import static org.aftersales.it.Api.get;
import static org.aftersales.it.Api.post;
import static org.aftersales.it.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.aftersales.it.Api.Answer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * W1, issue 15.1: the server remembers the warranty terms table instead of reading it for every
 * registration, and a term saved or removed on the 保修期限 screen still counts at the very next
 * warranty check and registration (before the cache, both read the table each time).
 */
class WarrantyTermsBrowserIT {

    private static final String PASSWORD = "warranty terms secret";

    @Test
    void aTermSavedOrRemovedOnTheScreenCountsAtTheNextCheckAndRegistration() {
        // household, no proof: W2 starts the warranty on 2026-04-01; the default 36 months cover 2026-12-01
        String model = unique("WT");
        String serial = unique("SNWT");
        long customerId = post("/api/v1/customers", admin(), """
                {"name":"%s","type":"HOUSEHOLD","phone":"136%08d","region":"北京","address":"北京市朝阳区2号"}""".formatted(
                                "保修客户" + unique(""), (long) (Math.random() * 100_000_000L)))
                .json()
                .getJsonNumber("id")
                .longValue();
        Answer product = post("/api/v1/customers/" + customerId + "/products", admin(), """
                {"model":"%s","serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""".formatted(model, serial));
        assertEquals(201, product.status(), product.body());
        assertWarranty(serial, "IN_WARRANTY", "2029-03-31"); // read (and remembered) before the change
        assertEquals("FREE", register(customerId, serial));

        String administrator = Api.createUser("ADMIN", PASSWORD);
        try (Browser browser = new Browser()) {
            browser.login(administrator, PASSWORD);
            browser.open("/warranty-terms.xhtml");
            browser.clickAndWaitForAjax("termsForm:add"); // household, whole unit (整机), 12 months
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("termForm:model")));
            browser.type("termForm:model", model);
            browser.type("termForm:months", "6");
            browser.clickAndWaitForAjax("termForm:save");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(row(model)));
            browser.screenshot("warranty-terms-saved");

            // the model's own term (most specific, W1): 6 months from 2026-04-01, over before 2026-12-01
            assertWarranty(serial, "EXPIRED", "2026-09-30");
            assertEquals("PAID", register(customerId, serial));

            By row = row(model);
            browser.driver
                    .findElement(row)
                    .findElement(By.cssSelector("button[id$=':remove']"))
                    .click();
            browser.wait
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes")))
                    .click();
            browser.waitForAjax();
            browser.wait.until(d -> d.findElements(row).isEmpty()); // the dialog's form still holds the model
        }
        assertWarranty(serial, "IN_WARRANTY", "2029-03-31");
        assertEquals("FREE", register(customerId, serial));
    }

    /** The table's row of the term for {@code model}. */
    private static By row(String model) {
        return By.xpath("//tbody[@id='termsForm:terms_data']/tr[td[normalize-space()='" + model + "']]");
    }

    private static void assertWarranty(String serial, String status, String wholeUnitUntil) {
        Answer warranty = get("/api/v1/products/" + serial + "/warranty?date=2026-12-01", admin());
        assertEquals(200, warranty.status(), warranty.body());
        JsonObject w = warranty.json();
        assertEquals(status, w.getString("status"), warranty.body());
        assertEquals("WHOLE_UNIT", w.getJsonArray("coverage").getJsonObject(0).getString("component"));
        assertEquals(wholeUnitUntil, w.getJsonArray("coverage").getJsonObject(0).getString("until"), warranty.body());
    }

    /** Registers a call for the product on 2026-12-01 and answers the ticket's entitlement. */
    private static String register(long customerId, String serial) {
        Answer ticket = post("/api/v1/tickets", admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"ONSITE_REPAIR","faultLevel":"GENERAL",
                 "registeredAt":"2026-12-01T02:00:00Z","description":"冰箱不制冷，压缩机不启动"}""".formatted(customerId, serial));
        assertEquals(201, ticket.status(), ticket.body());
        return ticket.json().getString("entitlement");
    }
}
