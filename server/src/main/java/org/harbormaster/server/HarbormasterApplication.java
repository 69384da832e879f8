package org.harbormaster.server;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The Spring Boot application. Commands start it through {@link #startWeb} ({@code serve}) or
 * {@link #startWithoutWeb} (batch commands such as {@code import}, which need the database and the
 * services but no HTTP server).
 */
@SpringBootApplication
public class HarbormasterApplication {

    /**
     * Starts the application with its web server.
     *
     * @param properties settings that win over {@code application.properties} and the environment,
     *                   such as {@code server.port} or {@code harbormaster.data-dir}
     */
    public static ConfigurableApplicationContext startWeb(Map<String, Object> properties) {
        return application(WebApplicationType.SERVLET, properties).run();
    }

    /**
     * Starts the application without a web server, against the same database (embedded or external)
     * that {@code serve} would use; if a {@code serve} process already runs the embedded PostgreSQL on
     * that data directory, it is shared. The caller closes the returned context when done.
     *
     * @param properties settings that win over {@code application.properties} and the environment,
     *                   such as {@code harbormaster.data-dir}
     */
    public static ConfigurableApplicationContext startWithoutWeb(Map<String, Object> properties) {
        Map<String, Object> batch = new java.util.HashMap<>();
        batch.put("harbormaster.log-target", "System.err");
        batch.put("logging.level.root", "WARN");
        batch.putAll(properties);
        return application(WebApplicationType.NONE, batch).run();
    }

    private static SpringApplication application(WebApplicationType type, Map<String, Object> properties) {
        SpringApplication application = new SpringApplication(HarbormasterApplication.class);
        application.setWebApplicationType(type);
        application.addListeners(new CommandProperties(Map.copyOf(properties)));
        return application;
    }

    /** Puts the command's settings in front of every other property source. */
    private record CommandProperties(Map<String, Object> properties)
            implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, org.springframework.core.Ordered {

        /** Before Boot's logging listener, so that logging settings given by a command apply. */
        @Override
        public int getOrder() {
            return org.springframework.core.Ordered.HIGHEST_PRECEDENCE + 15;
        }

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("harbormaster-command", properties));
        }
    }
}
