package org.harbormaster.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.harbormaster.server.HarbormasterApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code harbormaster bench pages}: starts the server on a fresh embedded database loaded with {@code --scale}
 * times the demo book (300 shipments, their predictions and exception cases), signs in as a browser does, and times
 * every page of the operator's workspace: each request on localhost over a kept-alive connection, from sending it
 * to the last byte of the answer, which is the server's time plus well under a millisecond of loopback.
 */
@Command(name = "pages", mixinStandardHelpOptions = true,
        description = "Load SCALE x the demo data and time each page of the web UI (see docs/PERFORMANCE.md).")
public final class BenchPagesCommand implements Callable<Integer> {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @Spec
    private CommandSpec spec;

    @Option(names = "--scale", defaultValue = "100", description = "Times the 300 demo shipments (default: ${DEFAULT-VALUE}).")
    private int scale;

    @Option(names = "--runs", defaultValue = "30", description = "Timed requests of each page (default: ${DEFAULT-VALUE}).")
    private int runs;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        Path scratch = Files.createTempDirectory("harbormaster-bench-pages-");
        String password = UUID.randomUUID().toString();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("harbormaster.data-dir", scratch.toString());
        properties.put("harbormaster.admin-password", password);
        properties.put("harbormaster.demo", true);
        properties.put("harbormaster.demo.shipments", 300 * scale);
        properties.put("server.port", 0);
        long startAt = System.nanoTime();
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWeb(properties)) {
            double loadSeconds = (System.nanoTime() - startAt) / 1e9;
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Browser browser = new Browser(port);
            browser.signIn("admin", password);
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("shipments", jdbc.queryForObject("SELECT count(*) FROM shipment", Long.class));
            figures.put("openExceptions", jdbc.queryForObject("SELECT count(*) FROM alert WHERE active", Long.class));
            figures.put("loadSeconds", Math.round(loadSeconds));
            figures.put("runs", runs);
            figures.put("processors", Runtime.getRuntime().availableProcessors());
            figures.put("pages", measure(browser, workload(jdbc)));
            print(figures);
            return 0;
        } finally {
            try (var paths = Files.walk(scratch)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Each page with the addresses to request in turn (several shipments, so no one row stays in a cache). */
    private static Map<String, List<String>> workload(JdbcTemplate jdbc) {
        List<String> busy = jdbc.queryForList("""
                SELECT s.reference FROM shipment s JOIN alert a ON a.shipment_id = s.id
                GROUP BY s.reference ORDER BY count(*) DESC, s.reference LIMIT 20""", String.class);
        List<String> containers = jdbc.queryForList(
                "SELECT container_number FROM shipment_container ORDER BY shipment_id LIMIT 20", String.class);
        String scope = jdbc.queryForObject("""
                SELECT 'region=' || region || '&team=' || team FROM alert WHERE active
                GROUP BY region, team ORDER BY count(*) DESC LIMIT 1""", String.class);
        String from = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(90).toString();
        String to = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String window = "&from=" + from + "&to=" + to;
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("queue, all regions (top 100 of every open case)", List.of("/queue?status=ACTIVE"));
        pages.put("queue, one region and team", List.of("/queue?status=ACTIVE&" + encodeSpaces(scope)));
        pages.put("queue rows (live update, bulk actions)", List.of("/queue/rows?status=ACTIVE&" + encodeSpaces(scope)));
        pages.put("queue, breached SLAs only", List.of("/queue?status=ACTIVE&sla=BREACHED"));
        pages.put("shipment page (busiest 20 shipments)", busy.stream().map(r -> "/shipments/" + r).toList());
        pages.put("search by container (redirect)", containers.stream().map(c -> "/search?q=" + c.strip()).toList());
        pages.put("shipment list (first 100)", List.of("/shipments"));
        pages.put("data quality", List.of("/data-quality"));
        pages.put("KPI dashboard (page)", List.of("/kpis"));
        pages.put("KPI trend data (on-time arrival by week)",
                List.of("/api/v1/kpis?kpi=on-time-arrival&by=period&period=week" + window));
        pages.put("KPI breakdown data (on-time arrival by lane)", List.of("/api/v1/kpis?kpi=on-time-arrival&by=lane" + window));
        pages.put("KPI table data (every KPI, no grouping)", List.of("/api/v1/kpis?" + window.substring(1)));
        pages.put("KPI CSV export (every KPI by lane)", List.of("/kpis/export.csv?by=lane" + window));
        return pages;
    }

    private static String encodeSpaces(String query) {
        return query.replace(" ", "+");
    }

    private Map<String, Object> measure(Browser browser, Map<String, List<String>> pages) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> page : pages.entrySet()) {
            List<String> urls = page.getValue();
            for (int i = 0; i < 5; i++) {
                browser.get(urls.get(i % urls.size()));
            }
            double[] millis = new double[runs];
            int status = 0;
            for (int i = 0; i < runs; i++) {
                long at = System.nanoTime();
                HttpResponse<byte[]> response = browser.get(urls.get(i % urls.size()));
                millis[i] = (System.nanoTime() - at) / 1e6;
                status = response.statusCode();
            }
            Arrays.sort(millis);
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("example", urls.get(0));
            f.put("status", status);
            f.put("medianMillis", round(millis[runs / 2]));
            f.put("p95Millis", round(millis[(int) Math.ceil(runs * 0.95) - 1]));
            f.put("maxMillis", round(millis[runs - 1]));
            out.put(page.getKey(), f);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private void print(Map<String, Object> figures) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(figures));
        } else {
            out.printf("%s shipments, %s open exception cases, loaded in %s s; %s runs per page, %s processors%n%n",
                    figures.get("shipments"), figures.get("openExceptions"), figures.get("loadSeconds"),
                    figures.get("runs"), figures.get("processors"));
            out.printf("| %-48s | %6s | %8s | %8s | %8s |%n", "page", "status", "median", "p95", "max");
            out.printf("| %-48s | %6s | %8s | %8s | %8s |%n", "-".repeat(48), "---", "---", "---", "---");
            ((Map<String, Map<String, Object>>) figures.get("pages")).forEach((name, f) ->
                    out.printf("| %-48s | %6s | %5.1f ms | %5.1f ms | %5.1f ms |%n", name, f.get("status"),
                            f.get("medianMillis"), f.get("p95Millis"), f.get("maxMillis")));
        }
        out.flush();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A browser's session: cookies, and the sign-in form with its CSRF token. */
    private static final class Browser {

        private final int port;
        private final HttpClient http;

        Browser(int port) {
            this.port = port;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        }

        void signIn(String user, String password) throws IOException, InterruptedException {
            String form = new String(get("/login").body(), StandardCharsets.UTF_8);
            Matcher csrf = CSRF.matcher(form);
            if (!csrf.find()) {
                throw new IllegalStateException("no CSRF field on the sign-in page");
            }
            String body = "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(csrf.group(1));
            HttpResponse<byte[]> signedIn = http.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
            String location = signedIn.headers().firstValue("Location").orElse("");
            if (signedIn.statusCode() != 302 || location.contains("error")) {
                throw new IllegalStateException("sign-in failed: " + signedIn.statusCode() + " " + location);
            }
        }

        HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
