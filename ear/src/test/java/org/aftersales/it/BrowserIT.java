package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The staff screens in a real browser: log in, wrong password, language, users, logout. */
class BrowserIT {

    private static final String PASSWORD = "browser test secret";
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

    @Test
    void aWrongPasswordIsRefusedInChinese() {
        browser.login("admin", "not the password");
        assertEquals("/aftersales/login.xhtml", browser.path());
        assertTrue(browser.source().contains("用户名或密码错误"), "a clear message in Chinese");
        assertFalse(browser.source().contains("首页"), "not signed in");
    }

    @Test
    void aProtectedPageSendsToTheLoginAndBackAfterIt() {
        browser.open("/notifications.xhtml");
        assertEquals("/aftersales/login.xhtml", browser.path());
        browser.type("loginForm:username", "admin");
        browser.type("loginForm:password", Api.ADMIN_PASSWORD);
        browser.clickAndWaitForPage("loginForm:submit");
        assertEquals("/aftersales/notifications.xhtml", browser.path());
    }

    @Test
    void anAdminCreatesATechnicianWhoLogsInAndSeesOnlyWhatTheRoleAllows() {
        browser.login("admin", Api.ADMIN_PASSWORD);
        assertTrue(browser.source().contains("首页"), "signed in, Chinese by default");
        assertTrue(browser.source().contains("系统管理"), "an administrator sees the administration menu");

        browser.open("/admin/users.xhtml");
        String username = Api.unique("tech");
        browser.find("usersForm:newUser").click();
        browser.type("newUserForm:username", username);
        browser.type("newUserForm:displayName", "王技师");
        browser.type("newUserForm:password", "short");
        browser.clickLabelOf("newUserForm:roles:2"); // TECHNICIAN
        browser.clickLabelOf("newUserForm:qualifications:0"); // ELECTRICIAN
        browser.choose("newUserForm:region", "天津");
        browser.clickAndWaitForAjax("newUserForm:create");
        browser.waitForText("密码至少需要 10 个字符");
        assertTrue(browser.find("newUserForm:password").isDisplayed(), "the message stands beside the field");

        browser.type("newUserForm:password", PASSWORD);
        browser.clickAndWaitForAjax("newUserForm:create");
        browser.waitForText("已创建用户 " + username);
        browser.waitForText(username);
        browser.clickAndWaitForPage("menuForm:logout");
        assertTrue(browser.source().contains("您已退出登录"));

        browser.login(username, PASSWORD);
        // issue 10.5: the password the administrator chose is temporary; the technician chooses their own first
        assertEquals("/aftersales/password.xhtml", browser.path());
        browser.type("passwordForm:currentPassword", PASSWORD);
        browser.type("passwordForm:newPassword", "a technician own phrase");
        browser.type("passwordForm:repeatPassword", "a technician own phrase");
        browser.clickAndWaitForPage("passwordForm:change");
        assertTrue(browser.source().contains("欢迎，王技师"), browser.source());
        assertTrue(browser.source().contains("技术人员"), "sees its role");
        assertFalse(browser.source().contains("系统管理"), "no administration menu for a technician");
        browser.open("/admin/users.xhtml");
        assertTrue(browser.source().contains("您没有访问此页面的权限"), "administration pages are refused");
        assertFalse(browser.source().contains("newUserForm"), "and show nothing of them");
    }

    @Test
    void theLanguageSwitchIsRememberedForTheUser() {
        String username = Api.createUser("AGENT", PASSWORD);
        browser.login(username, PASSWORD);
        assertTrue(browser.source().contains("退出登录"));
        browser.clickAndWaitForPage("menuForm:langEn");
        assertTrue(browser.source().contains("Sign out"), "English after the switch");
        assertTrue(browser.source().contains("Welcome, 测试用户"));
        browser.clickAndWaitForPage("menuForm:logout");
        browser.login(username, PASSWORD);
        assertTrue(browser.source().contains("Sign out"), "the choice is remembered on the account");
        browser.clickAndWaitForPage("menuForm:langZh");
        assertTrue(browser.source().contains("退出登录"));
    }
}
