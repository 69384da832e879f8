package org.harbormaster.server.cli;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.harbormaster.server.HarbormasterApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code harbormaster serve}: runs the web application and the API until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web application and the API.")
final class ServeCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port;

    @Option(names = "--demo", description = "Load demonstration shipments on start.")
    private boolean demo;

    @Mixin
    private DatabaseOptions database;

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, Object> properties = new LinkedHashMap<>(database.properties());
        properties.put("server.port", port);
        if (demo) {
            properties.put("harbormaster.demo", true);
            properties.put("harbormaster.demo.live", true);
        }
        ConfigurableApplicationContext context = HarbormasterApplication.startWeb(properties);
        announceReady(((WebServerApplicationContext) context).getWebServer().getPort(), spec.commandLine().getOut());
        awaitClose(context);
        return 0;
    }

    /**
     * Logs the ready line. Scripts wait for it on standard output, where the console log goes; if
     * the log is configured not to show it, it is printed there directly.
     */
    private static void announceReady(int port, java.io.PrintWriter out) {
        long startedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
        String ready = "Harbormaster ready on http://localhost:" + port + " in "
                + (System.currentTimeMillis() - startedAt) + " ms";
        log.info(ready);
        if (!log.isInfoEnabled()) {
            out.println(ready);
            out.flush();
        }
    }

    /** Serving continues on Tomcat's threads; the command ends when the application is closed. */
    private static void awaitClose(ConfigurableApplicationContext context) throws InterruptedException {
        CountDownLatch closed = new CountDownLatch(1);
        context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
            @Override
            public void onApplicationEvent(ContextClosedEvent event) {
                closed.countDown();
            }
        });
        if (context.isActive()) {
            closed.await();
        }
    }
}
