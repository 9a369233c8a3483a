package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * Issue 10.4/10.5 in the browser: one message on the login page whatever went wrong; a new colleague
 * (whose password the administrator chose) lands on 修改密码 and can go nowhere else until they have
 * chosen their own; the page says beside each field why a password is refused; every role has the page
 * in the top bar. Screenshots in ear/target/screenshots.
 */
class LoginSecurityBrowserIT {

    private static final String PASSWORD = "browser login secret";
    private Browser browser;
    private String testName;

    @BeforeEach
    void start(TestInfo info) {
        browser = new Browser();
        testName = info.getTestMethod().map(m -> m.getName()).orElse("test");
    }

    @AfterEach
    void stop() {
        browser.screenshot(testName);
        browser.close();
    }

    private String loginMessage(String username, String password) {
        browser.login(username, password);
        assertEquals("/aftersales/login.xhtml", browser.path());
        return browser.find("loginForm:messages").getText();
    }

    /** The text of the field's block (label, input, hint, message) that holds the input {@code id}. */
    private String field(String id) {
        return browser.driver
                .findElement(By.xpath("//input[@id='" + id + "']/ancestor::div[contains(@class,'as-field')]"))
                .getText();
    }

    @Test
    void theLoginPageSaysTheSameForAWrongPasswordAnUnknownUserAndALockedAccount() {
        String username = Api.createUser("AGENT", PASSWORD);
        String wrong = loginMessage(username, "not the password");
        String unknown = loginMessage(Api.unique("nobody"), PASSWORD);
        assertEquals(
                200,
                Api.post("/api/v1/users/" + username + "/lock", Api.admin(), null)
                        .status());
        String locked = loginMessage(username, PASSWORD);
        assertTrue(wrong.contains("用户名或密码错误"), wrong);
        assertEquals(wrong, unknown);
        assertEquals(wrong, locked);
        browser.screenshot("login-refused");
    }

    @Test
    void aStaffMemberLockedByAnAdministratorIsSignedOutAtTheNextPage() {
        // issue 15.2: a session's account is read again as soon as any account changed, not only every 15 s
        String username = Api.createUser("AGENT", PASSWORD);
        browser.login(username, PASSWORD);
        browser.open("/customers.xhtml");
        assertEquals("/aftersales/customers.xhtml", browser.path(), "signed in");
        browser.open("/customers.xhtml"); // the session's first check after the login is behind it
        assertEquals(
                200,
                Api.post("/api/v1/users/" + username + "/lock", Api.admin(), null)
                        .status());
        browser.open("/customers.xhtml");
        assertEquals("/aftersales/login.xhtml", browser.path(), "the lock ends the session at once");
    }

    @Test
    void aNewColleagueChoosesTheirOwnPasswordBeforeAnythingElse() {
        String username = Api.unique("new");
        Api.Answer created = Api.post("/api/v1/users", Api.admin(), """
                {"username":"%s","displayName":"新同事","password":"%s","roles":["DISPATCHER"]}""".formatted(username, PASSWORD));
        assertEquals(201, created.status(), created.body());

        browser.login(username, PASSWORD);
        assertEquals("/aftersales/password.xhtml", browser.path());
        assertTrue(browser.source().contains("管理员设置的临时密码"), "the page says why");
        browser.open("/dispatch.xhtml");
        assertEquals("/aftersales/password.xhtml", browser.path(), "nowhere else until changed");

        browser.type("passwordForm:currentPassword", PASSWORD);
        browser.type("passwordForm:newPassword", "password123!");
        browser.type("passwordForm:repeatPassword", "password123!");
        browser.clickAndWaitForAjax("passwordForm:change");
        browser.waitForText("太常见");
        assertTrue(field("passwordForm:newPassword").contains("太常见"), "beside the new password");
        browser.screenshot("password-too-common");

        browser.type("passwordForm:currentPassword", PASSWORD);
        browser.type("passwordForm:newPassword", "browser own secret 2026");
        browser.type("passwordForm:repeatPassword", "browser own secret 2062");
        browser.clickAndWaitForAjax("passwordForm:change");
        browser.waitForText("两次输入的新密码不一致");
        assertTrue(field("passwordForm:repeatPassword").contains("两次输入的新密码不一致"));

        browser.type("passwordForm:currentPassword", "not my password");
        browser.type("passwordForm:newPassword", "browser own secret 2026");
        browser.type("passwordForm:repeatPassword", "browser own secret 2026");
        browser.clickAndWaitForAjax("passwordForm:change");
        browser.waitForText("当前密码不正确");
        assertTrue(field("passwordForm:currentPassword").contains("当前密码不正确"));

        browser.type("passwordForm:currentPassword", PASSWORD);
        browser.type("passwordForm:newPassword", "browser own secret 2026");
        browser.type("passwordForm:repeatPassword", "browser own secret 2026");
        browser.clickAndWaitForPage("passwordForm:change");
        assertEquals("/aftersales/index.xhtml", browser.path());
        assertTrue(browser.source().contains("密码已修改"), "said once, on the home page");
        browser.open("/dispatch.xhtml");
        assertEquals("/aftersales/dispatch.xhtml", browser.path(), "the rest is open now");
        assertEquals(
                200,
                Api.get("/api/v1/me", Api.basic(username, "browser own secret 2026"))
                        .status());
        assertEquals(401, Api.get("/api/v1/me", Api.basic(username, PASSWORD)).status());
    }

    @Test
    void everyoneChangesTheirOwnPasswordFromTheTopBar() {
        String username = Api.createUser("TECHNICIAN", PASSWORD);
        browser.login(username, PASSWORD);
        assertEquals("/aftersales/index.xhtml", browser.path(), "not forced: a password of their own");
        browser.clickAndWaitForPage("menuForm:changePassword");
        assertEquals("/aftersales/password.xhtml", browser.path());
        assertFalse(browser.source().contains("管理员设置的临时密码"), "no reason to be told why");
        assertTrue(field("passwordForm:newPassword").contains("至少 10 个字符"), "the rules beside the field");
        browser.screenshot("change-password");

        browser.type("passwordForm:currentPassword", PASSWORD);
        browser.type("passwordForm:newPassword", "technician chosen words 88");
        browser.type("passwordForm:repeatPassword", "technician chosen words 88");
        browser.clickAndWaitForPage("passwordForm:change");
        assertTrue(browser.source().contains("密码已修改"));
        browser.open("/my-jobs.xhtml");
        assertEquals("/aftersales/my-jobs.xhtml", browser.path(), "still signed in after the change");
        browser.clickAndWaitForPage("menuForm:logout");
        browser.login(username, "technician chosen words 88");
        assertEquals("/aftersales/index.xhtml", browser.path());
    }
}
