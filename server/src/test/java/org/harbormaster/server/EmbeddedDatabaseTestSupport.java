package org.harbormaster.server;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base class for Spring Boot tests that run the whole application, on a random port, against the real
 * embedded PostgreSQL in a fresh temporary data directory (never a mock of the database).
 *
 * <pre>{@code
 * class ShipmentsSurviveTest extends EmbeddedDatabaseTestSupport {
 *     @Test
 *     void an_operator_books_a_shipment() {
 *         var reply = admin().post("/api/v1/shipments", Map.of(...));   // HTTP Basic as admin
 *         assertThat(reply.status()).isEqualTo(201);
 *     }
 * }
 * }</pre>
 *
 * <p>The first user {@code admin} (ADMIN, OPERATOR) has the password {@link #ADMIN_PASSWORD}. Inject
 * beans ({@code @Autowired JdbcClient jdbc}) as in any Spring test. Subclasses that add no
 * configuration of their own share one application context, so one PostgreSQL and one database:
 * give test data unique names. A subclass that changes the configuration (say with
 * {@code @TestPropertySource}) gets a context and a data directory of its own; the directory is
 * deleted when the JVM exits.
 *
 * <p>To start and stop contexts yourself (restart tests), use {@link #propertiesFor(Path)} with
 * {@link HarbormasterApplication#startWeb} or {@link HarbormasterApplication#startWithoutWeb}; to run
 * the application in a separate JVM (kill -9 tests), use {@link ServerProcess}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class EmbeddedDatabaseTestSupport {

    /** The password of {@code admin} in every test database. */
    public static final String ADMIN_PASSWORD = "harbormaster-test-admin";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void freshDataDirectory(DynamicPropertyRegistry registry) {
        // Called once for each application context, so each context gets a directory of its own.
        propertiesFor(TemporaryDataDirectory.create()).forEach((key, value) -> registry.add(key, () -> value));
    }

    /**
     * The settings for an application on {@code dataDirectory}: the embedded PostgreSQL there, even if
     * the environment names an external one, and {@code admin} with {@link #ADMIN_PASSWORD}.
     */
    public static Map<String, Object> propertiesFor(Path dataDirectory) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("harbormaster.data-dir", dataDirectory.toString());
        properties.put("harbormaster.database.url", "");
        properties.put("harbormaster.admin-password", ADMIN_PASSWORD);
        // Tests stand up DCSA subscribers and carriers on loopback.
        properties.put("harbormaster.dcsa.allow-private-callbacks", "true");
        return properties;
    }

    /** A client without credentials. */
    protected ApiClient anonymous() {
        return ApiClient.at(port);
    }

    /** A client logged in as {@code admin} with HTTP Basic. */
    protected ApiClient admin() {
        return anonymous().basic("admin", ADMIN_PASSWORD);
    }
}
