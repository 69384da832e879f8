package org.harbormaster.server.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.test.context.TestPropertySource;

/**
 * Not a test (surefire does not pick it up by name): the README's pictures, taken from the demo data in the same
 * browser as the tests. Run {@code ./mvnw -o -pl server test -Dtest=ReadmeScreenshots
 * -Dsurefire.failIfNoSpecifiedTests=false}; it writes {@code docs/images/{queue,shipment,kpis}.png}.
 */
@TestPropertySource(properties = "harbormaster.demo=true")
class ReadmeScreenshots extends BrowserTestSupport {

    private static final Path IMAGES = Path.of("..", "docs", "images");

    @Test
    void take_the_readme_screenshots() throws IOException {
        signInAsAdmin();
        open("/queue?status=ACTIVE");
        visible(By.cssSelector("#queue-rows tr.case"));
        waitFor().until(d -> d.findElement(By.id("live")).getText().contains("on"));
        browser().findElement(By.tagName("body")).sendKeys("j");
        keep("queue");

        String shipment = browser().findElement(By.cssSelector("#queue-rows tr.case")).getAttribute("data-href");
        open(shipment.substring(0, shipment.indexOf('#')));
        visible(By.id("timeline"));
        keep("shipment");
        ((JavascriptExecutor) browser()).executeScript("document.getElementById('timeline').scrollIntoView();");
        keep("shipment-timeline");

        open("/kpis");
        waitFor().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.hmChartsRendered === true;")));
        keep("kpis");
    }

    private static void keep(String name) throws IOException {
        Files.createDirectories(IMAGES);
        Files.copy(screenshot("readme-" + name), IMAGES.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
