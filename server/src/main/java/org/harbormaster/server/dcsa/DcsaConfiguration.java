package org.harbormaster.server.dcsa;

import java.net.http.HttpClient;
import java.time.Duration;
import org.harbormaster.identity.UnLocodeDirectory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP client for carriers and subscribers, and the settings of {@code harbormaster.dcsa.*}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DcsaProperties.class)
class DcsaConfiguration {

    /** HTTP/1.1, no redirects: a signed notification goes to the URL registered, nowhere else. */
    @Bean
    HttpClient dcsaHttpClient(DcsaProperties properties) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(min(properties.httpTimeout(), Duration.ofSeconds(10)))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Bean
    PublishedEventJson publishedEventJson() {
        return new PublishedEventJson(UnLocodeDirectory.standard());
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
