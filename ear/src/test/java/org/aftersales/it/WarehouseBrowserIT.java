package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10.14: a warehouse starts from the screens alone — it creates a part, two service points
 * with their keeper, receives into one, sets a minimum, transfers to the other and issues directly;
 * part numbers are picked from an autocomplete that shows the name, and the names appear beside the
 * numbers in the stock.
 */
class WarehouseBrowserIT {

    private static final String PASSWORD = "warehouse browser secret";
    private Browser keeper;

    @AfterEach
    void stop() {
        if (keeper != null) {
            keeper.screenshot("warehouse");
            keeper.close();
        }
    }

    /** Types part of a part number into an autocomplete and picks the suggestion that shows its name. */
    private void pick(String autocompleteId, String typed, String expectedLabel) {
        keeper.type(autocompleteId + "_input", typed);
        new WebDriverWait(keeper.driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).stream()
                        .anyMatch(li -> li.isDisplayed() && li.getText().contains(expectedLabel)));
        keeper.driver.findElements(By.cssSelector(".ui-autocomplete-panel li.ui-autocomplete-item")).stream()
                .filter(li -> li.isDisplayed() && li.getText().contains(expectedLabel))
                .findFirst()
                .orElseThrow()
                .click();
        keeper.waitForAjax();
    }

    @Test
    void aKeeperCreatesAPartAndServicePointsReceivesTransfersAndIssuesFromTheScreens() {
        String username = Api.unique("k");
        // issue 10.17: the keeper list shows names (with the region), not logins
        assertEquals(
                201,
                Api.post("/api/v1/users", Api.admin(), """
                {"username":"%s","displayName":"库管 %s","password":"%s","roles":["WAREHOUSE"],"region":"天津",
                 "temporaryPassword":false}""".formatted(username, username, PASSWORD))
                        .status());
        String suffix = Api.unique("").substring(0, 6).toUpperCase(Locale.ROOT);
        String part = "FJ-" + suffix;
        String name = "风机电容" + suffix;
        String pointA = "A" + suffix;
        String pointB = "B" + suffix;

        keeper = new Browser();
        keeper.login(username, PASSWORD);

        // a new catalogue entry
        keeper.open("/parts.xhtml");
        keeper.clickAndWaitForAjax("newPartForm:create");
        keeper.waitForText("备件编号：必填。"); // issue 10.15: the required message names its field
        keeper.type("newPartForm:partNumber", part);
        keeper.type("newPartForm:name", name);
        keeper.type("newPartForm:unit", "个");
        keeper.type("newPartForm:price", "12.50");
        keeper.type("newPartForm:fittingModels", "KFR-35GW, KFR-50LW");
        keeper.clickAndWaitForAjax("newPartForm:create");
        keeper.waitForText("已新建备件 " + part);
        assertEquals(name, Api.get("/api/v1/parts/" + part, Api.admin()).json().getString("name"));

        // two service points, the keeper keeps both
        keeper.open("/stock.xhtml");
        for (String point : new String[] {pointA, pointB}) {
            keeper.type("pointsForm:code", point);
            keeper.type("pointsForm:name", "服务站" + point);
            keeper.find("pointsForm:keepers").click();
            // the list holds every keeper the tests made so far: scroll the panel to ours before clicking it
            org.openqa.selenium.WebElement item = keeper
                    .driver
                    .findElements(By.cssSelector("[id='pointsForm:keepers_panel'] li.ui-selectcheckboxmenu-item"))
                    .stream()
                    .filter(li -> li.getAttribute("textContent").contains(username))
                    .findFirst()
                    .orElseThrow();
            ((org.openqa.selenium.JavascriptExecutor) keeper.driver)
                    .executeScript("arguments[0].scrollIntoView({block: 'nearest'});", item);
            item.click();
            keeper.find("pointsForm:code").click(); // closes the checkbox menu
            keeper.clickAndWaitForAjax("pointsForm:createPoint");
            keeper.waitForText("已新建服务站 " + point);
        }
        var created = Api.get("/api/v1/service-points/" + pointA, Api.admin()).json();
        assertTrue(created.getJsonArray("keepers").toString().contains(username), created.toString());

        // receive 10 into A, the part picked by its name
        keeper.open("/receiving.xhtml");
        new Select(keeper.find("receivingForm:servicePoint")).selectByValue(pointA);
        pick("receivingForm:lines:0:partNumber", name.substring(0, 4) + suffix.substring(0, 2), part + " " + name);
        keeper.type("receivingForm:lines:0:countedQty", "10");
        keeper.type("receivingForm:lines:0:unitPrice", "12.00");
        keeper.clickAndWaitForAjax("receivingForm:receive");
        keeper.find("receivingForm:slipNumber");

        // transfer 4 from A to B, 3 arrived
        new Select(keeper.find("transferForm:fromServicePoint")).selectByValue(pointA);
        new Select(keeper.find("transferForm:toServicePoint")).selectByValue(pointB);
        pick("transferForm:lines:0:partNumber", part, name);
        keeper.type("transferForm:lines:0:qty", "4");
        keeper.type("transferForm:lines:0:receivedQty", "3");
        keeper.clickAndWaitForAjax("transferForm:transfer");
        keeper.waitForText("已调拨，调拨单");
        assertTrue(keeper.find("transferForm:slipPdf").getAttribute("href").contains("/print/slip?number="));

        // a direct issue of 1 from A to a technician
        new Select(keeper.find("issueForm:servicePoint")).selectByValue(pointA);
        pick("issueForm:lines:0:partNumber", part, name);
        keeper.type("issueForm:lines:0:qty", "1");
        keeper.type("issueForm:recipient", "李四");
        keeper.clickAndWaitForAjax("issueForm:issue");
        keeper.waitForText("已出库，出库单");

        assertEquals(5, onHand(pointA, part));
        assertEquals(3, onHand(pointB, part));

        // a minimum for B; the stock shows the name beside the number and B below its minimum
        keeper.open("/stock.xhtml");
        new Select(keeper.find("limitsForm:servicePoint")).selectByValue(pointB);
        pick("limitsForm:partNumber", part, name);
        keeper.type("limitsForm:minimum", "5");
        keeper.type("limitsForm:maximum", "20");
        keeper.clickAndWaitForAjax("limitsForm:saveLimits");
        keeper.waitForText("最低/最高库存");
        new Select(keeper.find("stockForm:servicePoint")).selectByValue(pointB);
        keeper.clickAndWaitForAjax("stockForm:search");
        assertEquals(name, keeper.find("stockForm:stock:0:name").getText());
        keeper.find("stockForm:stock:0:below");
    }

    private static int onHand(String point, String part) {
        return Api.get("/api/v1/stock?servicePoint=" + point + "&partNumber=" + part, Api.admin())
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getInt("onHand");
    }
}
