package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

/**
 * P5, P6 on the screens: a keeper sells a part at the counter and settles the day on a payment
 * slip; the keeper counts the service point, finds one missing, submits; a manager approves and
 * the stock follows.
 */
class CounterAndStockTakeBrowserIT {

    private static final String PASSWORD = "counter browser secret";
    private Browser keeperBrowser;
    private Browser managerBrowser;

    @AfterEach
    void stop() {
        for (Browser b : new Browser[] {keeperBrowser, managerBrowser}) {
            if (b != null) {
                b.screenshot("counter-" + (b == keeperBrowser ? "keeper" : "manager"));
                b.close();
            }
        }
    }

    @Test
    void aKeeperSellsAndSettlesThenCountsAndAManagerApprovesTheDifference() {
        String keeper = Api.createUser("WAREHOUSE", PASSWORD);
        String manager = Api.createUser("MANAGER", PASSWORD);
        String point = StockIT.servicePoint(keeper);
        String part = StockIT.part("120.00");
        StockIT.receive(point, part, 5, 5, "80.00");

        keeperBrowser = new Browser();
        keeperBrowser.login(keeper, PASSWORD);
        keeperBrowser.open("/sales.xhtml");
        new Select(keeperBrowser.find("saleForm:servicePoint")).selectByValue(point);
        keeperBrowser.waitForAjax();
        keeperBrowser.type("saleForm:buyer", "王五家电维修部");
        keeperBrowser.type("saleForm:lines:0:partNumber", part);
        keeperBrowser.type("saleForm:lines:0:qty", "1");
        keeperBrowser.clickAndWaitForAjax("saleForm:sell");
        keeperBrowser.waitForText("已开销货卡");
        String sale = keeperBrowser.find("saleForm:saleNumber").getText();
        assertTrue(sale.matches("[A-Z]+-XS-\\d{2}-\\d{2}-\\d{2,}"), sale);
        assertEquals("120.00", keeperBrowser.find("saleForm:saleTotal").getText());
        assertEquals("1", keeperBrowser.find("saleForm:previewCount").getText());
        keeperBrowser.type("saleForm:financeCashier", "财务收款员");
        keeperBrowser.clickAndWaitForAjax("saleForm:settleButton");
        keeperBrowser.waitForText("已开缴款单");
        assertEquals("120.00", keeperBrowser.find("saleForm:slips:0:slipTotal").getText());
        assertTrue(Api.get("/api/v1/part-sales/" + sale, Api.admin())
                .json()
                .getString("settlementNumber")
                .matches("[A-Z]+-JK-\\d{2}-\\d{2}-\\d{2,}"));
        assertEquals(4, StockIT.stock(point, part).getInt("onHand"));

        // the stock-take: book 4, counted 3
        keeperBrowser.open("/stock-takes.xhtml");
        new Select(keeperBrowser.find("takeForm:servicePoint")).selectByValue(point);
        keeperBrowser.waitForAjax();
        keeperBrowser.clickAndWaitForAjax("takeForm:start");
        keeperBrowser.waitForText("已开始盘点");
        assertEquals("0 / 1", keeperBrowser.find("takeForm:takeProgress").getText());
        keeperBrowser.type("takeForm:lines:0:counted", "3");
        keeperBrowser.clickAndWaitForAjax("takeForm:saveCounts");
        keeperBrowser.waitForText("已保存 1 行盘点数");
        assertEquals("-1", keeperBrowser.find("takeForm:lines:0:difference").getText());
        keeperBrowser.clickAndWaitForAjax("takeForm:submit");
        keeperBrowser.waitForText("已提交审批");
        String number = keeperBrowser.find("takeForm:takeNumber").getText();

        managerBrowser = new Browser();
        managerBrowser.login(manager, PASSWORD);
        managerBrowser.open("/stock-takes.xhtml");
        new Select(managerBrowser.find("takeForm:servicePoint")).selectByValue(point);
        managerBrowser.waitForAjax();
        managerBrowser.clickAndWaitForAjax("takeForm:takes:0:open");
        assertEquals(number, managerBrowser.find("takeForm:takeNumber").getText());
        managerBrowser.clickAndWaitForAjax("takeForm:approve");
        managerBrowser.waitForText("差异已记入库存台账");
        assertEquals("已审批", managerBrowser.find("takeForm:takeStatus").getText());
        assertEquals(3, StockIT.stock(point, part).getInt("onHand"));
    }
}
