package org.harbormaster.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harbormaster.server.ApiClient;

/** A browser that logged in through the form: its session cookie and its current CSRF token. */
record BrowserSession(ApiClient client, String csrfToken) {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    static BrowserSession logIn(ApiClient anonymous, String username, String password) {
        ApiClient.Reply loginPage = anonymous.get("/login");
        ApiClient browser = anonymous.header("Cookie", "JSESSIONID=" + session(loginPage));
        ApiClient.Reply loggedIn = browser.postForm("/login", "username=" + encode(username)
                + "&password=" + encode(password) + "&_csrf=" + encode(csrf(loginPage)));
        assertThat(loggedIn.status()).isEqualTo(302);
        assertThat(loggedIn.header("Location")).doesNotContain("error");
        // The login starts a new session with a new CSRF token.
        ApiClient loggedInBrowser = anonymous.header("Cookie", "JSESSIONID=" + session(loggedIn));
        return new BrowserSession(loggedInBrowser, csrf(loggedInBrowser.get("/login")));
    }

    private static String session(ApiClient.Reply reply) {
        Matcher session = SESSION.matcher(reply.header("Set-Cookie"));
        assertThat(session.find()).as("a session cookie in " + reply.raw().headers()).isTrue();
        return session.group(1);
    }

    private static String csrf(ApiClient.Reply page) {
        Matcher field = CSRF_FIELD.matcher(page.body());
        assertThat(field.find()).as("a CSRF field in " + page.body()).isTrue();
        return field.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
