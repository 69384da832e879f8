package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A new user signs in through the form, lands on the work queue, and signs out. */
class SignInBrowserTest extends BrowserTestSupport {

    @Test
    void a_wrong_password_is_refused_and_the_right_one_opens_the_queue() {
        browser().manage().deleteAllCookies();
        open("/queue");
        assertThat(browser().getCurrentUrl()).contains("/login");
        assertThat(visible(By.cssSelector("label[for=username]")).getText()).isEqualTo("Username");
        screenshot("sign-in");

        browser().findElement(By.id("username")).sendKeys("admin");
        browser().findElement(By.id("password")).sendKeys("not the password");
        browser().findElement(By.cssSelector("form.signin button[type=submit]")).click();
        assertThat(visible(By.cssSelector("[role=alert]")).getText()).contains("do not match");

        signInAsAdmin();
        assertThat(browser().getCurrentUrl()).contains("/queue");
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Exception queue");
        assertThat(browser().findElement(By.cssSelector(".session .who")).getText()).isEqualTo("admin");

        browser().findElement(By.cssSelector(".session button")).click();
        assertThat(visible(By.cssSelector("[role=status]")).getText()).contains("signed out");
    }
}
