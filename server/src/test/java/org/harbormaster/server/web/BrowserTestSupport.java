package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.harbormaster.server.inbox.InboxTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tests that drive a real browser: Debian's Chromium, headless, through Debian's chromedriver, against the whole
 * application on a random port. Nothing is downloaded at run time: the browser and the driver must be installed
 * ({@code .ci/run} installs them when missing), and a test fails, never skips, when they are not. Every test may
 * keep screenshots with {@link #screenshot(String)}; a failing test leaves one named after it. They are kept
 * under {@code server/target/browser-screenshots/}.
 */
@ExtendWith(BrowserTestSupport.ScreenshotOnFailure.class)
public abstract class BrowserTestSupport extends EmbeddedDatabaseTestSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("harbormaster.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("harbormaster.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    static final Duration WAIT = Duration.ofSeconds(10);

    private static WebDriver driver;
    private static Path profile;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium; .ci/run installs it)").isExecutable();
        assertThat(CHROMEDRIVER).as("Debian's chromedriver (apt-get install chromium-driver; .ci/run installs it)")
                .isExecutable();
        profile = Files.createTempDirectory("harbormaster-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1440,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    protected WebDriver browser() {
        return driver;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    /** Signs in through the form as {@code admin}, from wherever the browser is; ends on the page after sign-in. */
    protected void signInAsAdmin() {
        signIn("admin", ADMIN_PASSWORD);
    }

    protected void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.signin button[type=submit]")).click();
        waitFor().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * Books an FCL import Yantian to Long Beach for the customer (arrival booked 2026-12-16) and has the carrier
     * estimate its arrival four days late, which opens an "Arrival slipping" case. Returns the shipment's
     * reference and container number.
     */
    protected Booked slippedShipment(String prefix, String customer) {
        String container = InboxTestSupport.freshContainer();
        String reference = InboxTestSupport.freshReference(prefix);
        ApiClient.Reply booked = admin().post("/api/v1/shipments", InboxTestSupport.booking(reference, container)
                .replace("\"code\": \"ACME01\"", "\"code\": \"" + customer + "\""));
        assertThat(booked.status()).as(booked.body()).isEqualTo(201);
        ApiClient.Reply delivered = admin().header("X-Sender", "TESTCARRIER").postRaw("/api/v1/inbound/dcsa",
                InboxTestSupport.message(InboxTestSupport.event("SLIP-" + reference, "ARRIVED", "ESTIMATED",
                        "2026-12-20T14:00:00Z", "USLGB", container, "BK-" + reference)));
        assertThat(delivered.status()).as(delivered.body()).isIn(200, 201, 202);
        return new Booked(reference, container);
    }

    protected record Booked(String reference, String container) {
    }

    /** Waits up to ten seconds; an element replaced meanwhile (live updates swap rows) is looked up again. */
    protected WebDriverWait waitFor() {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text of what the selector finds once it shows, read again if a live update replaced it. */
    protected String textOf(By by) {
        return waitFor().until(d -> d.findElement(by).getText());
    }

    /** Waits for a status message (role=status) saying this, across page loads. */
    protected void awaitStatus(String saying) {
        waitFor().until(d -> d.findElements(By.cssSelector("[role=status]"))
                .stream().anyMatch(e -> e.getText().contains(saying)));
    }

    protected WebElement visible(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Saves what the browser shows as {@code target/browser-screenshots/<name>.png} and returns the file. */
    protected static Path screenshot(String name) {
        return saveScreenshot(name).orElseThrow(() -> new AssertionError("no browser to take a screenshot of"));
    }

    private static Optional<Path> saveScreenshot(String name) {
        if (driver == null) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A failing browser test leaves a picture of what the browser showed. */
    static final class ScreenshotOnFailure implements TestWatcher {

        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            saveScreenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName());
        }
    }
}
