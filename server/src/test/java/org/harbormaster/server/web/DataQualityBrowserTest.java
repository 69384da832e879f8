package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.harbormaster.server.ApiClient;
import org.harbormaster.server.inbox.InboxTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The data quality page: a quarantined message with its reason and a re-process button; an unmatched event. */
class DataQualityBrowserTest extends BrowserTestSupport {

    @Test
    void quarantined_messages_and_unmatched_events_are_shown_with_their_reasons() {
        ApiClient.Reply broken = admin().header("X-Sender", "BROKENCARRIER").postRaw("/api/v1/inbound/dcsa",
                "[{\"eventID\": \"not-a-real-event\", \"eventType\": \"EQUIPMENT\"}]");
        assertThat(broken.status()).as(broken.body()).isIn(200, 201, 202);
        String orphan = InboxTestSupport.freshContainer();
        admin().header("X-Sender", "ORPHANCARRIER").postRaw("/api/v1/inbound/dcsa", InboxTestSupport.message(
                InboxTestSupport.event("ORPHAN-" + orphan, "DISCHARGED", "ACTUAL", "2026-11-20T10:00:00Z", "USLGB",
                        orphan, null)));

        signInAsAdmin();
        open("/data-quality");
        WebElement quarantine = visible(By.id("quarantine"));
        assertThat(quarantine.getText()).contains("BROKENCARRIER", "Re-process");
        assertThat(browser().findElement(By.id("unmatched")).getText()).contains(orphan, "ORPHANCARRIER");
        assertThat(browser().findElement(By.id("sources")).getText()).contains("ORPHANCARRIER");
        screenshot("data-quality");

        WebElement row = quarantine.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("BROKENCARRIER")).findFirst().orElseThrow();
        row.findElement(By.cssSelector("button")).click();
        awaitStatus("Processed again");
        assertThat(browser().findElement(By.cssSelector("pre.raw")).getText()).contains("not-a-real-event");
    }
}
