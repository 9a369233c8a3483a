package org.aftersales.it;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its chromedriver, both by explicit path (Selenium Manager
 * never runs). Waits are explicit conditions, never sleeps.
 */
final class Browser implements AutoCloseable {

    final WebDriver driver;
    final WebDriverWait wait;

    Browser() {
        this(1280, 900);
    }

    /**
     * A browser whose page is {@code width} × {@code height} CSS pixels; below 600 px wide it is a
     * phone (mobile viewport, touch), so the page's {@code <meta name="viewport">} applies.
     */
    Browser(int width, int height) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"));
        try {
            options.addArguments("--user-data-dir=" + Files.createTempDirectory("it-chromium"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=" + width + "," + height,
                "--lang=zh-CN");
        ChromeDriver chrome = new ChromeDriver(service, options);
        if (width < 600) {
            chrome.executeCdpCommand(
                    "Emulation.setDeviceMetricsOverride",
                    java.util.Map.of("width", width, "height", height, "deviceScaleFactor", 2, "mobile", true));
            chrome.executeCdpCommand(
                    "Emulation.setTouchEmulationEnabled", java.util.Map.of("enabled", true, "maxTouchPoints", 5));
        }
        driver = chrome;
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(Api.BASE + path);
        waitForPage();
    }

    WebElement find(String id) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return wait.until(ExpectedConditions.visibilityOf(element));
    }

    void type(String id, String text) {
        WebElement input = find(id);
        input.clear();
        input.sendKeys(text);
    }

    /** Picks {@code value} in a PrimeFaces drop-down (p:selectOneMenu) as a person choosing it from the list would. */
    void choose(String menuId, String value) {
        find(menuId);
        ((JavascriptExecutor) driver)
                .executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
        wait.until(d -> value.equals(d.findElement(By.id(menuId + "_input")).getAttribute("value")));
    }

    /**
     * Picks the line showing {@code label} in a PrimeFaces drop-down (p:selectOneMenu) as a person does:
     * opens the list and clicks the line. A click that lands while the list is still opening can be
     * lost (seen in CI), so it tries up to three times, until the drop-down shows the line.
     */
    void pick(String menuId, String label) {
        By line = By.xpath("//*[@id='" + menuId + "_panel']//li[contains(@data-label, '" + label + "')]");
        for (int attempt = 0; attempt < 3; attempt++) {
            var shown = driver.findElements(line); // the list may be made only when first opened
            if (shown.isEmpty() || !shown.get(0).isDisplayed()) {
                find(menuId).click();
            }
            wait.until(ExpectedConditions.elementToBeClickable(line)).click();
            waitForAjax();
            if (find(menuId + "_label").getText().contains(label)) {
                return;
            }
        }
        throw new AssertionError("the drop-down " + menuId + " does not show " + label + " after three picks");
    }

    /**
     * Ticks the line labelled {@code label} in a PrimeFaces checkbox menu (p:selectCheckboxMenu) and
     * closes it. A click that lands while the panel is still opening can miss (seen in CI): up to three
     * attempts, each clicking only while the box is not ticked yet, so an attempt never unticks what
     * an earlier one ticked; done when the menu shows the label.
     */
    void tick(String menuId, String label) {
        By box = By.xpath("//*[@id='" + menuId + "_panel']//li[.//label[normalize-space(text())='" + label
                + "']]//div[contains(@class,'ui-chkbox-box')]");
        for (int attempt = 1; ; attempt++) {
            find(menuId).click();
            WebElement item = wait.until(ExpectedConditions.elementToBeClickable(box));
            if (!item.getAttribute("class").contains("ui-state-active")) {
                item.click();
            }
            waitForAjax();
            driver.findElement(By.tagName("h1")).click(); // closes the menu
            try {
                new WebDriverWait(driver, Duration.ofSeconds(attempt < 3 ? 10 : 30))
                        .until(d -> d.findElement(By.id(menuId)).getText().contains(label));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /** Types a date into a PrimeFaces date picker and leaves the field, closing its calendar. */
    void typeDate(String inputId, String isoDate) {
        WebElement input = find(inputId);
        input.clear();
        input.sendKeys(isoDate, org.openqa.selenium.Keys.TAB);
        wait.until(d -> isoDate.equals(d.findElement(By.id(inputId)).getAttribute("value")));
    }

    /** Clicks something that submits the whole page, and waits for the new page. */
    void clickAndWaitForPage(String id) {
        WebElement element = find(id);
        element.click();
        wait.until(ExpectedConditions.stalenessOf(element));
        waitForPage();
    }

    /** Clicks something that sends a PrimeFaces ajax request, and waits until it is answered. */
    void clickAndWaitForAjax(String id) {
        find(id).click();
        waitForAjax();
    }

    void clickLabelOf(String inputId) {
        WebElement label =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("label[for='" + inputId + "']")));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", label);
        wait.until(ExpectedConditions.elementToBeClickable(label)).click();
    }

    void waitForAjax() {
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return document.readyState === 'complete' && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());"));
    }

    void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    /** How wide the page lays out: more than the window means a horizontal scrollbar. */
    int scrollWidth() {
        return ((Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;"))
                .intValue();
    }

    /** The elements (tag#id.class, width) that reach beyond the window's right edge, for a failure message. */
    String overflowing() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                var w = document.documentElement.clientWidth, out = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  var r = e.getBoundingClientRect();
                  if (r.right > w + 1 && r.width > 0 && getComputedStyle(e).visibility !== 'hidden') {
                    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className).split(' ')[0]
                        + ' ' + Math.round(r.left) + '-' + Math.round(r.right));
                  }
                });
                return out.slice(0, 25).join('\\n');"""));
    }

    String source() {
        return driver.getPageSource();
    }

    String path() {
        return java.net.URI.create(driver.getCurrentUrl()).getPath();
    }

    void login(String username, String password) {
        open("/login.xhtml");
        type("loginForm:username", username);
        type("loginForm:password", password);
        clickAndWaitForPage("loginForm:submit");
    }

    void screenshot(String name) {
        try {
            Path target = Path.of("target", "screenshots");
            Files.createDirectories(target);
            Files.write(
                    target.resolve(name + ".png"),
                    ((org.openqa.selenium.TakesScreenshot) driver)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (Exception e) {
            // a missing screenshot must not hide the test's own outcome
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
