package org.aftersales.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 10.9: the complete Content-Security-Policy leaves every screen working — Chromium reports
 * no violation of it on any page of the web module (PrimeFaces' scripts carry the nonce; styles,
 * images, fonts and the notification websocket come from the application itself).
 */
class CspBrowserIT {

    private static final String LISTENER = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + e.lineNumber));
            """;
    private static Browser browser;
    private static String ticket;
    private static String serial;
    private static long customerId;

    @BeforeAll
    static void signIn() {
        customerId = Api.post("/api/v1/customers", Api.admin(), """
                {"name":"策略客户%s","type":"HOUSEHOLD","phone":"133%s","region":"天津","address":"天津市和平区1号"}""".formatted(
                                Api.unique(""), String.format("%08d", (long) (Math.random() * 100_000_000L))))
                .json()
                .getJsonNumber("id")
                .longValue();
        serial = Api.unique("CSP");
        Api.post("/api/v1/customers/" + customerId + "/products", Api.admin(), """
                {"model":"KFR-26GW","serialNumber":"%s","factoryDate":"2026-01-01","use":"HOUSEHOLD"}""".formatted(serial));
        ticket = Api.post("/api/v1/tickets", Api.admin(), """
                {"customerId":%d,"serialNumber":"%s","channel":"PHONE","kind":"INSTALLATION","faultLevel":"GENERAL","description":"安装"}""".formatted(customerId, serial))
                .json()
                .getString("number");
        browser = new Browser();
        ((ChromiumDriver) browser.driver)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
        browser.login("admin", Api.ADMIN_PASSWORD);
    }

    @AfterAll
    static void close() {
        browser.close();
    }

    @Test
    void noPageViolatesThePolicy() {
        List<String> violations = new ArrayList<>();
        for (String page : pages()) {
            String path = switch (page) {
                case "/customer.xhtml" -> page + "?id=" + customerId;
                case "/product.xhtml", "/registration.xhtml", "/warranty.xhtml", "/maintenance.xhtml" ->
                    page + "?serial=" + serial;
                case "/ticket.xhtml" -> page + "?number=" + ticket;
                default -> page;
            };
            browser.open(path);
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            if (!page.equals("/error.xhtml") && !page.equals("/expired.xhtml")) { // plain pages without PrimeFaces
                assertEquals(
                        Boolean.TRUE,
                        js.executeScript("return !!window.PrimeFaces && !!PrimeFaces.csp;"),
                        "PrimeFaces runs on " + path);
            }
            Object seen = js.executeScript("return window.__csp || [];");
            if (seen instanceof List<?> list && !list.isEmpty()) {
                violations.add(path + ": " + list);
            }
        }
        assertTrue(violations.isEmpty(), String.join("\n", violations));

        // the listener does hear the policy: an inline script without the nonce is refused and reported
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("var s = document.createElement('script'); s.textContent = 'window.__ran = true;';"
                + " document.body.appendChild(s);");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> ((List<?>) js.executeScript("return window.__csp;"))
                        .stream().anyMatch(v -> v.toString().startsWith("script-src")));
        assertEquals(Boolean.FALSE, js.executeScript("return !!window.__ran;"), "an injected inline script never runs");
    }

    private static List<String> pages() {
        Path webapp = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (webapp != null && !Files.isDirectory(webapp.resolve("web-module/src/main/webapp"))) {
            webapp = webapp.getParent();
        }
        if (webapp == null) {
            throw new AssertionError("web-module/src/main/webapp not found");
        }
        Path root = webapp.resolve("web-module/src/main/webapp");
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(f -> "/" + root.relativize(f).toString().replace('\\', '/'))
                    .filter(p -> p.endsWith(".xhtml") && !p.startsWith("/WEB-INF/") && !p.equals("/login.xhtml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
