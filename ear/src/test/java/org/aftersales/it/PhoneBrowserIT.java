package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 10.13: a technician works from a 375 px phone. Every page the technician uses — home, my
 * jobs, the ticket with its step dialog, service record, signature pad and parts request — lays
 * out within the screen (no horizontal scrolling), and the top menu folds behind one button.
 */
class PhoneBrowserIT {

    private static final String PASSWORD = "phone browser secret";
    private static final int PHONE = 375;
    private Browser phone;

    @AfterEach
    void stop() {
        if (phone != null) {
            phone.screenshot("phone-last");
            phone.close();
        }
    }

    private final List<String> tooWide = new ArrayList<>();

    /** Notes a page that is wider than the phone (all are measured, then the test fails naming each). */
    private void fits(String what) {
        phone.waitForAjax();
        phone.screenshot("phone-" + what);
        int width = phone.scrollWidth();
        if (width > PHONE) {
            tooWide.add(what + " lays out " + width + " px wide on a " + PHONE + " px phone:\n" + phone.overflowing());
        }
    }

    @Test
    void everyPageATechnicianUsesFitsAPhone() {
        String technician = Api.createUser("TECHNICIAN", PASSWORD);
        String point = ("M" + Api.unique("").substring(0, 7)).toUpperCase(Locale.ROOT);
        Api.post("/api/v1/service-points", Api.admin(), """
                {"code":"%s","name":"手机测试站","keepers":[]}""".formatted(point));
        String ticket = PartRequestsIT.ticketFor(technician);

        phone = new Browser(PHONE, 812);
        phone.login(technician, PASSWORD);
        phone.open("/index.xhtml");
        fits("home");
        // the menu is folded: its items are hidden until the menu button is tapped
        WebElement rootList = phone.driver.findElement(By.cssSelector("#menuForm\\:mainMenu > ul"));
        assertFalse(rootList.isDisplayed(), "the menu is folded on a phone");
        phone.find("menuToggle").click();
        assertTrue(rootList.isDisplayed(), "the menu button opens the menu");
        fits("home-menu-open");
        phone.find("menuToggle").click();
        // the home page leads the technician to the jobs
        phone.find("myJobsLink");

        phone.open("/my-jobs.xhtml");
        phone.waitForText(ticket);
        fits("my-jobs");

        phone.open("/ticket.xhtml?number=" + ticket);
        fits("ticket");
        WebElement arrived = phone.driver.findElement(By.cssSelector(".as-event-ARRIVED"));
        ((JavascriptExecutor) phone.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", arrived);
        arrived.click();
        phone.waitForAjax();
        phone.find("eventForm:save");
        fits("ticket-step-dialog");
        phone.clickAndWaitForAjax("eventForm:save");
        phone.waitForText("已到场");
        fits("ticket-arrived");

        phone.find("serviceForm:diagnosis");
        fits("ticket-service-record");
        phone.find("signatureForm:signature");
        fits("ticket-signature");
        phone.find("ticketPartsForm:requestParts");
        fits("ticket-parts-request");
        // a label stays on one line: it is not squeezed to one character per line
        int labelHeight = ((Number)
                        ((JavascriptExecutor) phone.driver)
                                .executeScript(
                                        "return document.querySelector(\"label[for='serviceForm:diagnosis']\").getBoundingClientRect().height;"))
                .intValue();
        assertTrue(labelHeight < 40, "the label 诊断 is on one line, not " + labelHeight + " px high");
        // issue 12.2: the approval inbox, and the delegations, on the phone too
        phone.open("/approvals/inbox.xhtml");
        phone.find("inboxForm:items");
        fits("approvals-inbox");
        phone.open("/approvals/delegations.xhtml");
        phone.find("delegationForm:delegations");
        fits("approvals-delegations");
        assertTrue(tooWide.isEmpty(), String.join("\n\n", tooWide));
    }
}
