package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** An operator works the exception queue in the browser: the top case to resolution, from the keyboard, live. */
class WorkTheQueueBrowserTest extends BrowserTestSupport {

    @Test
    void an_operator_takes_the_top_exception_of_the_queue_to_resolution() {
        Booked slipped = slippedShipment("TOP", "TOPQ01");
        signInAsAdmin();
        open("/queue?status=ACTIVE&customer=TOPQ01");

        visible(By.cssSelector("#queue-rows tr.case"));
        assertThat(textOf(By.cssSelector("#queue-rows tr.case"))).contains("Arrival slipping", slipped.reference(),
                "TOPQ01", "left");
        assertThat(textOf(By.cssSelector("#queue-rows tr.case .cstatus"))).isEqualTo("Open");
        screenshot("queue-top-case");

        waitFor().until(d -> {
            d.findElement(By.cssSelector("#queue-rows tr.case .act-ack")).click();
            return true;
        });
        waitFor().until(d -> d.findElement(By.cssSelector("#queue-rows tr.case .cstatus")).getText().equals("Acknowledged"));

        waitFor().until(d -> {
            WebElement row = d.findElement(By.cssSelector("#queue-rows tr.case"));
            new Select(row.findElement(By.cssSelector("select.act-reason"))).selectByValue("CUSTOMER_INFORMED");
            row.findElement(By.cssSelector(".act-resolve")).click();
            return true;
        });
        // The row says so, until the live update drops it from the open queue.
        waitFor().until(d -> d.findElements(By.cssSelector("#queue-rows tr.case .cstatus")).stream()
                .allMatch(s -> s.getText().equals("Resolved")));

        open("/queue?status=ACTIVE&customer=TOPQ01");
        assertThat(textOf(By.cssSelector("#queue-rows tr.emptyrow"))).contains("No exception cases match");

        open("/shipments/" + slipped.reference());
        WebElement cases = visible(By.id("exceptions"));
        cases.findElement(By.cssSelector("details summary")).click();
        assertThat(cases.getText()).contains("Arrival slipping", "Resolved", "Acknowledged by admin",
                "Resolved by admin · Customer informed");
        screenshot("shipment-case-history");
    }

    @Test
    void the_queue_is_worked_from_the_keyboard() {
        Booked first = slippedShipment("KEYS", "KEYS01");
        Booked second = slippedShipment("KEYS", "KEYS01");
        signInAsAdmin();
        open("/queue?status=ACTIVE&customer=KEYS01");
        visible(By.cssSelector("#queue-rows tr.case"));
        assertThat(browser().findElements(By.cssSelector("#queue-rows tr.case"))).hasSize(2);

        waitFor().until(d -> d.findElement(By.id("live")).getText().contains("on"));

        press("j");
        waitFor().until(d -> focusedCase() == 1);
        press("j");
        waitFor().until(d -> focusedCase() == 2);
        press("k");
        waitFor().until(d -> focusedCase() == 1);

        press("x");
        waitFor().until(d -> d.findElements(By.cssSelector("#queue-rows input[name=ids]:checked")).size() == 1);

        press("a");
        waitFor().until(d -> d.findElement(By.cssSelector("#queue-rows tr.case .cstatus")).getText().equals("Acknowledged"));
        waitFor().withMessage("the acknowledged row keeps the focus").until(d -> focusedCase() == 1);
        screenshot("queue-keyboard");

        String href = browser().switchTo().activeElement().getAttribute("data-href");
        press(Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("/shipments/"));
        assertThat(href).containsAnyOf(first.reference(), second.reference());
        assertThat(browser().getCurrentUrl()).contains(href.substring(0, href.indexOf('#')));
    }

    @Test
    void a_new_case_appears_on_the_open_queue_without_a_reload() {
        signInAsAdmin();
        open("/queue?status=ACTIVE&customer=LIVE01");
        visible(By.cssSelector("#queue-rows tr.emptyrow"));
        waitFor().until(d -> d.findElement(By.id("live")).getText().contains("on"));
        ((JavascriptExecutor) browser()).executeScript("window.stillTheSamePage = true;");

        Booked slipped = slippedShipment("LIVE", "LIVE01");

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#queue-rows tr.case")));
        assertThat(textOf(By.cssSelector("#queue-rows tr.case"))).contains(slipped.reference());
        assertThat(((JavascriptExecutor) browser()).executeScript("return window.stillTheSamePage === true;"))
                .as("the page was not reloaded").isEqualTo(true);
    }

    @Test
    void bulk_acknowledge_and_assign_the_selected_cases() {
        slippedShipment("BULK", "BULK01");
        slippedShipment("BULK", "BULK01");
        signInAsAdmin();
        open("/queue?status=ACTIVE&customer=BULK01");
        visible(By.cssSelector("#queue-rows tr.case"));
        List<String> cases = waitFor().until(d -> d.findElements(By.cssSelector("#queue-rows tr.case")).stream()
                .map(r -> r.getAttribute("data-id")).toList());
        assertThat(cases).hasSize(2);
        cases.forEach(this::select);
        browser().findElement(By.id("bulk-ack")).click();
        waitFor().until(d -> d.findElement(By.id("queue-status")).getText().contains("2 cases updated"));
        List<String> statuses = waitFor().until(d -> d.findElements(By.cssSelector("#queue-rows tr.case .cstatus"))
                .stream().map(WebElement::getText).toList());
        assertThat(statuses).containsOnly("Acknowledged");

        cases.forEach(this::select);
        WebElement assignee = browser().findElement(By.id("bulk-assignee"));
        assignee.clear();
        assignee.sendKeys("dana");
        browser().findElement(By.id("bulk-assign")).click();
        waitFor().until(d -> d.findElements(By.cssSelector("#queue-rows tr.case")).stream()
                .allMatch(r -> r.getText().contains("→ dana")));
    }

    /** A key pressed on whatever has the focus, as a person types (the focused row may have been re-rendered). */
    private void press(CharSequence key) {
        new Actions(browser()).sendKeys(key).perform();
    }

    /** Ticks a case's box, looking it up again if a live update replaced the row meanwhile. */
    private void select(String caseId) {
        waitFor().until(d -> {
            WebElement box = d.findElement(By.id("sel-" + caseId));
            if (!box.isSelected()) {
                box.click();
            }
            return d.findElement(By.id("sel-" + caseId)).isSelected();
        });
    }

    /** Which case row (1-based) has the keyboard focus; 0 when none. */
    private int focusedCase() {
        Object index = ((JavascriptExecutor) browser()).executeScript(
                "var rows = Array.from(document.querySelectorAll('#queue-rows tr.case'));"
                        + "return rows.indexOf(document.activeElement) + 1;");
        return ((Number) index).intValue();
    }
}
