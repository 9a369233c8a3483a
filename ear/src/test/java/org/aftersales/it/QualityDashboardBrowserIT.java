package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 14.7 in the browser, in Chinese: a manager opens 质量统计分析 and sees its figures and its
 * charts (drawn on their canvases), groups by technician, and the assessment forms are offered.
 */
class QualityDashboardBrowserIT {

    private static final String PASSWORD = "dashboard browser secret";
    private Browser browser;

    @BeforeEach
    void start() {
        browser = new Browser();
    }

    @AfterEach
    void stop() {
        browser.screenshot("quality-dashboard");
        browser.close();
    }

    @Test
    void theDashboardShowsItsChartsInChinese() {
        String manager = Api.createUser("MANAGER", PASSWORD);
        browser.login(manager, PASSWORD);
        browser.open("/quality/dashboard.xhtml");
        String page = browser.source();
        for (String words : new String[] {
            "售后服务统计分析", "一次修复率", "30天重复故障率", "平均修复时间（小时）", "每千台投诉", "满意度与一次修复率月度趋势", "部日(旬)考核表", "部月度考核表", "年度售后服务工作总结"
        }) {
            assertTrue(page.contains(words), "the dashboard shows " + words);
        }
        for (String chart : new String[] {"ticketsChart", "ratesChart", "trendChart", "kindChart", "levelChart"}) {
            assertEquals(
                    1,
                    browser.driver
                            .findElements(By.cssSelector("[id='kpiForm:" + chart + "'] canvas"))
                            .size(),
                    chart);
        }
        new Select(browser.find("kpiForm:groupBy")).selectByValue("TECHNICIAN");
        browser.clickAndWaitForAjax("kpiForm:show");
        assertTrue(browser.source().contains("技术员"), "grouped by technician");
        assertFalse(browser.source().contains("TECHNICIAN</"), "no enum name on screen");
        assertEquals(
                1,
                browser.driver
                        .findElements(By.cssSelector("[id='kpiForm:ticketsChart'] canvas"))
                        .size());
    }
}
