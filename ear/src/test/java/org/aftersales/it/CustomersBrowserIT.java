package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** C1, C3, W1–W3 in the browser: an agent opens a customer, registers a product and checks its warranty. */
class CustomersBrowserIT {

    private static final String PASSWORD = "agent browser secret";
    private Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.screenshot("customers-agent");
        browser.close();
    }

    @Test
    void anAgentCreatesACustomerRegistersAProductAndChecksItsWarrantyInChinese() {
        String agent = Api.createUser("AGENT", PASSWORD);
        browser.login(agent, PASSWORD);
        browser.open("/customers.xhtml");
        assertTrue(browser.source().contains("客户档案"));

        String name = "浏览器客户" + Api.unique("");
        String phone = "137" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        browser.find("filterForm:newCustomer").click();
        browser.type("newCustomerForm:name", name);
        browser.type("newCustomerForm:phone", phone);
        browser.choose("newCustomerForm:region", "北京");
        browser.type("newCustomerForm:address", "北京市海淀区中关村大街1号");
        browser.clickAndWaitForAjax("newCustomerForm:create");
        browser.waitForText("已购产品"); // redirected to the customer's page
        assertTrue(browser.source().contains(name));

        String serial = Api.unique("SNB");
        browser.find("productsForm:registerProduct").click();
        browser.type("productForm:serialNumber", serial);
        browser.type("productForm:model", "KFR-35GW");
        browser.typeDate("productForm:factoryDate_input", "2025-03-01");
        browser.typeDate("productForm:purchaseDate_input", "2025-04-01");
        browser.clickAndWaitForAjax("productForm:save");
        browser.waitForText("已登记产品 " + serial);
        assertTrue(browser.source().contains(serial));

        browser.open("/warranty.xhtml?serial=" + serial);
        assertTrue(browser.source().contains("在保修期内"), "household with invoice, bought 2025-04-01: in warranty");
        assertTrue(browser.source().contains("2025-04-01"), "the start is the purchase date");
        assertTrue(browser.source().contains("按购买凭证日期"));
        assertTrue(browser.source().contains("2028-03-31"), "whole unit: 3 years, last day covered");
        assertTrue(browser.source().contains("压缩机"));
    }
}
