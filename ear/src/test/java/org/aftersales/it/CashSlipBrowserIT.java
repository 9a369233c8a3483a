package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 13.5 / 13.8 (10.3 缴款单, B7 长短款), in Chinese: the cash a technician took on site appears on
 * their payment slip screen and is handed in; the cashier counts 20.00 less, settles the slip with the
 * counted amount and sees it short; the department's daily report shows the short cash.
 */
class CashSlipBrowserIT {

    private static final String PASSWORD = "cash slip browser secret";

    private Browser browser;

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.screenshot("cash-slip-last");
            browser.close();
        }
    }

    @Test
    void theCashierSettlesTheEndOfDaySlipShortAndTheDailyReportShowsIt() {
        String department = "J"
                + new Random()
                        .ints(4, 0, 26)
                        .mapToObj(i -> String.valueOf((char) ('A' + i)))
                        .collect(Collectors.joining());
        String agent = Api.createUser("AGENT", PASSWORD);
        String technician = Api.createUser("TECHNICIAN", PASSWORD);
        String finance = Api.createUser("FINANCE", PASSWORD);
        String charge = DailyReportCashIT.cashTaken(department, agent, technician, PASSWORD, "180.50");

        // the technician: the cash taken on site, handed in on a payment slip
        browser = new Browser();
        browser.login(technician, PASSWORD);
        browser.open("/expenses/cash-slips.xhtml");
        String unhanded = browser.find("slipForm:unhanded").getText();
        assertTrue(unhanded.contains(department) && unhanded.contains(charge) && unhanded.contains("180.50"), unhanded);
        browser.type("slipForm:cashier", "财务收款员");
        browser.clickAndWaitForAjax("slipForm:unhanded:0:handIn");
        browser.waitForText("已开出");
        String slip = Api.get("/api/v1/cash-slips", Api.basic(technician, PASSWORD))
                .json()
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("number");
        assertTrue(browser.find("slipForm:mine").getText().contains(slip));
        browser.screenshot("cash-slip-handed-in");
        browser.close();

        // the cashier counts 160.50 and settles the slip with it: 20.00 short
        browser = new Browser();
        browser.login(finance, PASSWORD);
        browser.open("/expenses/cash-slips.xhtml");
        String row = "//table//tr[td[contains(normalize-space(.), '" + slip + "')]]";
        String counted = browser.driver
                .findElement(By.xpath(row + "//input[contains(@id, ':counted')]"))
                .getAttribute("id");
        String settle = browser.driver
                .findElement(By.xpath(row + "//button[contains(@id, ':settle')]"))
                .getAttribute("id");
        browser.type(counted, "160.50");
        browser.clickAndWaitForAjax(settle);
        browser.waitForText("长短款 -20.00");
        browser.find("slipForm:messages");
        browser.screenshot("cash-slip-settled-message");
        String page = browser.find("slipForm").getText();
        assertTrue(page.contains("实收金额") && page.contains("长短款"), page);
        String received = browser.find("slipForm:received").getText();
        assertTrue(received.contains(slip) && received.contains("160.50") && received.contains("-20.00"), received);
        browser.screenshot("cash-slip-settled-short");
        assertEquals(
                "-20.00",
                Api.get("/api/v1/cash-slips/" + slip, Api.basic(finance, PASSWORD))
                        .json()
                        .getString("overShort"));

        // the daily report of the department: 20.00 short today
        browser.open("/billing/daily-report.xhtml");
        browser.type("reportForm:day", LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        browser.type("reportForm:department", department);
        browser.clickAndWaitForAjax("reportForm:show");
        browser.waitForText("长短款（长+ 短−）");
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("reportForm:report")).getText().contains("-20.00"));
        String report = browser.find("reportForm:report").getText();
        String shortLine =
                report.lines().filter(l -> l.contains("长短款")).findFirst().orElseThrow();
        assertTrue(shortLine.contains("-20.00"), report);
        assertTrue(report.contains("收款") && report.contains("180.50"), report);
        assertTrue(report.contains("费用：配件（领用成本）") && report.contains("费用定额（本月）"), report);
        for (String name : new String[] {"PARTS", "TRAVEL_ALLOWANCE", "overShort", "dailyReport.", "CASH"}) {
            assertFalse(report.contains(name), "no enum names or keys on screen: " + name + "\n" + report);
        }
        browser.screenshot("cash-slip-daily-report");
    }
}
