package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The search box in the top bar of every page finds a shipment by any of its references. */
class FindShipmentBrowserTest extends BrowserTestSupport {

    @Test
    void an_operator_finds_a_shipment_by_its_container_number() {
        Booked shipment = slippedShipment("FIND", "FIND01");
        signInAsAdmin();
        open("/queue?status=ACTIVE&customer=FIND01");

        WebElement search = visible(By.id("global-search"));
        search.sendKeys(shipment.container().toLowerCase(), Keys.ENTER);

        waitFor().until(ExpectedConditions.urlContains("/shipments/" + shipment.reference()));
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo(shipment.reference());
        assertThat(browser().findElement(By.cssSelector("main")).getText()).contains(shipment.container());
        screenshot("shipment-found-by-container");
    }

    @Test
    void a_booking_number_finds_it_too_and_slash_jumps_to_the_search_box() {
        Booked shipment = slippedShipment("FIND", "FIND01");
        signInAsAdmin();
        open("/shipments");
        browser().findElement(By.tagName("body")).sendKeys("/");
        assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("global-search");
        browser().switchTo().activeElement().sendKeys("BK-" + shipment.reference(), Keys.ENTER);
        waitFor().until(ExpectedConditions.urlContains("/shipments/" + shipment.reference()));
    }
}
