package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 10.18 in the browser: the administrator adds a region on the lists screen and an agent picks it for a customer. */
class AdminListsBrowserIT {

    private static final String PASSWORD = "agent lists secret 42";
    private Browser admin;
    private Browser agent;

    @BeforeEach
    void start() {
        admin = new Browser();
        agent = new Browser();
    }

    @AfterEach
    void stop() {
        admin.screenshot("admin-lists");
        agent.screenshot("admin-lists-agent");
        admin.close();
        agent.close();
    }

    @Test
    void anAdministratorAddsARegionAndAnAgentPicksItForANewCustomer() {
        admin.login("admin", Api.ADMIN_PASSWORD);
        admin.open("/admin/lists.xhtml");
        assertTrue(admin.source().contains("地区与产品类别"));
        String code = Api.unique("新区");
        admin.type("listsForm:code", code);
        admin.type("listsForm:name", code + "片区");
        admin.clickAndWaitForAjax("listsForm:add");
        admin.waitForText("已添加“" + code + "片区”");
        assertTrue(admin.find("listsForm:entries").getText().contains(code), "the new region is listed");

        agent.login(Api.createUser("AGENT", PASSWORD), PASSWORD);
        agent.open("/customers.xhtml");
        String name = "选地区客户" + Api.unique("");
        agent.find("filterForm:newCustomer").click();
        agent.type("newCustomerForm:name", name);
        agent.type("newCustomerForm:phone", "139" + String.format("%08d", (long) (Math.random() * 100_000_000L)));
        assertTrue(agent.source().contains(code + "片区"), "offered by its name");
        agent.choose("newCustomerForm:region", code);
        agent.type("newCustomerForm:address", "新区大道1号");
        agent.clickAndWaitForAjax("newCustomerForm:create");
        agent.waitForText("已购产品"); // the customer's page
        String id = agent.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
        JsonObject customer = Api.get("/api/v1/customers/" + id, Api.admin()).json();
        assertEquals(name, customer.getString("name"));
        assertEquals(code, customer.getString("region"), "the record keeps the code");
        assertTrue(agent.source().contains(code + "片区"), "the page shows the region's name");
    }
}
