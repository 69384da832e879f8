package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The shipment page: timeline with the prediction, event log with sources, and the operator's actions on it. */
class ShipmentPageBrowserTest extends BrowserTestSupport {

    @Test
    void the_page_shows_plan_prediction_and_events_and_takes_a_note_a_manual_event_and_a_replan() {
        Booked shipment = slippedShipment("PAGE", "PAGE01");
        signInAsAdmin();
        open("/shipments/" + shipment.reference());

        WebElement timeline = visible(By.id("timeline"));
        assertThat(timeline.findElements(By.cssSelector(".tl-band"))).as("P50-P90 bands").isNotEmpty();
        assertThat(timeline.findElements(By.cssSelector(".tl-plan"))).isNotEmpty();
        assertThat(timeline.findElements(By.cssSelector(".tl-est"))).as("the carrier's estimate").isNotEmpty();
        assertThat(browser().findElement(By.id("events")).getText()).contains("dcsa", "TESTCARRIER", "Arrived");
        assertThat(browser().findElement(By.id("costs")).getText()).contains("no vendor invoices recorded yet");
        screenshot("shipment-page");

        WebElement note = browser().findElement(By.id("note-text"));
        note.sendKeys("Customer asked for a call before delivery.");
        browser().findElement(By.cssSelector("#notes button[type=submit]")).click();
        awaitStatus("Note added.");
        assertThat(browser().findElement(By.id("notes")).getText()).contains("Customer asked for a call", "admin");

        browser().findElement(By.cssSelector("#events details summary")).click();
        new Select(browser().findElement(By.id("event-milestone"))).selectByVisibleText("Loaded · CNYTN");
        setValue("event-time", "2026-11-24T09:30");
        browser().findElement(By.id("event-note")).sendKeys("trucker's photo of the gate slip");
        browser().findElement(By.cssSelector("#events form button[type=submit]")).click();
        awaitStatus("recorded");
        assertThat(browser().findElement(By.id("events")).getText()).contains("ui admin");
        assertThat(browser().findElement(By.id("milestones")).getText()).contains("24 Nov 09:30");

        browser().findElement(By.cssSelector("#plan details summary")).click();
        new Select(browser().findElement(By.id("replan-leg"))).selectByValue("4");
        setValue("replan-end", "2026-12-20T04:00");
        browser().findElement(By.cssSelector("#plan form button[type=submit]")).click();
        awaitStatus("Leg 4 re-planned");
        assertThat(browser().findElement(By.id("plan")).getText()).contains("20 Dec 04:00");
    }

    /** Date-time inputs take keyboard input in the browser's locale; the value itself is the same everywhere. */
    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser()).executeScript("document.getElementById(arguments[0]).value = arguments[1];",
                id, value);
    }
}
