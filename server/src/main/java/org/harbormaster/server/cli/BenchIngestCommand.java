package org.harbormaster.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.harbormaster.event.EventFormat;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.bench.IngestWorkload;
import org.harbormaster.server.bench.IngestWorkload.ShipmentEvents;
import org.harbormaster.server.inbox.Inbox;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.shipment.Shipment;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code harbormaster bench ingest}: DCSA events for booked shipments, through three paths, on a fresh
 * embedded database unless told otherwise. 1. files/batches: messages of many events straight into the
 * inbox, events per second to durable, applied state. 2. HTTP: one event per request from concurrent
 * clients ({@code Prefer: respond-async}: answered with the receipt once stored), requests per second.
 * 3. latency: one event per request at a fixed rate, percentiles of the time from sending to the message
 * being seen processed (stored, applied, committed) in the database.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Measure event ingestion: batch events/s, HTTP requests/s, and latency at a fixed rate.")
public final class BenchIngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--shipments", defaultValue = "2000", description = "Shipments for the batch path (14 events each; default ${DEFAULT-VALUE}).")
    private int shipments;

    @Option(names = "--batch", defaultValue = "1400", description = "Events per message on the batch path (default ${DEFAULT-VALUE}).")
    private int batch;

    @Option(names = "--threads", defaultValue = "2", description = "Messages processed at once on the batch path (default ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--http-seconds", defaultValue = "10", description = "Duration of the HTTP throughput run (0 skips it; default ${DEFAULT-VALUE}).")
    private int httpSeconds;

    @Option(names = "--http-clients", defaultValue = "16", description = "Concurrent HTTP clients (default ${DEFAULT-VALUE}).")
    private int httpClients;

    @Option(names = "--rate", defaultValue = "1000", description = "Events per second for the latency run (default ${DEFAULT-VALUE}).")
    private int rate;

    @Option(names = "--latency-seconds", defaultValue = "10", description = "Duration of the latency run (0 skips it; default ${DEFAULT-VALUE}).")
    private int latencySeconds;

    @Option(names = "--json", description = "Print the figures as JSON.")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        try (BenchDatabase bench = BenchDatabase.of(database)) {
            print(run(bench.properties()));
        }
        return 0;
    }

    private Map<String, Object> run(Map<String, Object> properties) throws Exception {
        String password = Base64.getUrlEncoder().encodeToString(new SecureRandom().generateSeed(18));
        int port = freePort();
        properties.put("server.port", port);
        properties.put("harbormaster.admin-password", password);
        properties.put("harbormaster.log-target", "System.err");
        properties.put("logging.level.root", "WARN");
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("processors", Runtime.getRuntime().availableProcessors());
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWeb(properties)) {
            String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase();
            figures.put("batch", batchPath(context, run));
            Http http = Http.withToken(port, "admin", password);
            if (httpSeconds > 0) {
                figures.put("http", httpThroughput(context, http, run));
            }
            if (latencySeconds > 0) {
                figures.put("latency", latencyAtRate(context, http, run));
            }
        }
        return figures;
    }

    private Map<String, Object> batchPath(ConfigurableApplicationContext context, String run) throws Exception {
        List<ShipmentEvents> workload = booked(context, "B" + run, shipments);
        List<byte[]> messages = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (ShipmentEvents s : workload) {
            if (pending.size() + s.events().size() > batch && !pending.isEmpty()) {
                messages.add(IngestWorkload.message(pending).getBytes(StandardCharsets.UTF_8));
                pending = new ArrayList<>();
            }
            pending.addAll(s.events());
        }
        if (!pending.isEmpty()) {
            messages.add(IngestWorkload.message(pending).getBytes(StandardCharsets.UTF_8));
        }
        int events = workload.stream().mapToInt(s -> s.events().size()).sum();
        Inbox inbox = context.getBean(Inbox.class);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (byte[] message : messages) {
            done.add(pool.submit(() -> inbox.receiveAndProcess(EventFormat.DCSA, "BENCH", message)));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("shipments", shipments);
        result.put("messages", messages.size());
        result.put("events", events);
        result.put("seconds", round(seconds));
        result.put("eventsPerSecond", Math.round(events / seconds));
        result.put("outcomes", outcomes(context));
        return result;
    }

    private Map<String, Object> httpThroughput(ConfigurableApplicationContext context, Http http, String run)
            throws Exception {
        int needed = Math.max(1, httpSeconds * 6_000 / 14);
        ConcurrentLinkedQueue<String> events = new ConcurrentLinkedQueue<>();
        booked(context, "H" + run, needed).forEach(s -> events.addAll(s.events()));
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long deadline = System.nanoTime() + Duration.ofSeconds(httpSeconds).toNanos();
        ExecutorService clients = Executors.newFixedThreadPool(httpClients);
        long started = System.nanoTime();
        CountDownLatch finished = new CountDownLatch(httpClients);
        for (int c = 0; c < httpClients; c++) {
            clients.submit(() -> {
                try {
                    String event;
                    while (System.nanoTime() < deadline && (event = events.poll()) != null) {
                        long id = http.post(IngestWorkload.message(List.of(event)));
                        (id > 0 ? ok : failed).incrementAndGet();
                    }
                } finally {
                    finished.countDown();
                }
            });
        }
        finished.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        clients.shutdown();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("clients", httpClients);
        result.put("requests", ok.get() + failed.get());
        result.put("failed", failed.get());
        result.put("seconds", round(seconds));
        result.put("requestsPerSecond", Math.round((ok.get() + failed.get()) / seconds));
        return result;
    }

    /**
     * One event per request at a fixed rate. Latency is from the moment a request was due to be sent to
     * the moment its message is seen processed in the database by a watcher polling every 2 ms: receipt,
     * parsing, matching, application and commit, observed from outside.
     */
    private Map<String, Object> latencyAtRate(ConfigurableApplicationContext context, Http http, String run)
            throws Exception {
        int total = rate * latencySeconds;
        List<String> events = new ArrayList<>(total);
        booked(context, "L" + run, total / 14 + 1).forEach(s -> events.addAll(s.events()));
        long[] due = new long[total];
        long[] ids = new long[total];
        long[] appliedAt = new long[total];
        AtomicInteger failed = new AtomicInteger();
        ExecutorService senders = Executors.newFixedThreadPool(Math.max(8, httpClients * 2));
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        CountDownLatch sent = new CountDownLatch(total);
        java.util.concurrent.ConcurrentHashMap<Long, Integer> pending = new java.util.concurrent.ConcurrentHashMap<>();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        for (int i = 0; i < total; i++) {
            int index = i;
            due[i] = start + i * periodNanos;
            ticker.schedule(() -> senders.submit(() -> {
                try {
                    long id = http.post(IngestWorkload.message(List.of(events.get(index))));
                    if (id > 0) {
                        ids[index] = id;
                        pending.put(id, index);
                    } else {
                        failed.incrementAndGet();
                    }
                } finally {
                    sent.countDown();
                }
            }), due[i] - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long watchUntil = System.nanoTime() + Duration.ofSeconds(latencySeconds + 60L).toNanos();
        while ((sent.getCount() > 0 || !pending.isEmpty()) && System.nanoTime() < watchUntil) {
            Long[] waiting = pending.keySet().toArray(Long[]::new);
            if (waiting.length > 0) {
                List<Long> done = jdbc.query("SELECT id FROM inbox_message WHERE id = ANY(?) AND status <> 'RECEIVED'",
                        ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", waiting)),
                        (rs, row) -> rs.getLong(1));
                long seen = System.nanoTime();
                for (Long id : done) {
                    Integer index = pending.remove(id);
                    if (index != null) {
                        appliedAt[index] = seen;
                    }
                }
            }
            Thread.sleep(2);
        }
        ticker.shutdown();
        senders.shutdown();
        long[] sorted = java.util.stream.IntStream.range(0, total).filter(i -> appliedAt[i] > 0)
                .mapToLong(i -> appliedAt[i] - due[i]).sorted().toArray();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ratePerSecond", rate);
        result.put("requests", total);
        result.put("failed", failed.get());
        result.put("notAppliedInTime", pending.size());
        result.put("p50Millis", percentile(sorted, 50));
        result.put("p95Millis", percentile(sorted, 95));
        result.put("p99Millis", percentile(sorted, 99));
        result.put("maxMillis", sorted.length == 0 ? 0 : round(sorted[sorted.length - 1] / 1e6));
        return result;
    }

    private static List<ShipmentEvents> booked(ConfigurableApplicationContext context, String prefix, int count) {
        List<ShipmentEvents> workload = IngestWorkload.generate(prefix, count, Instant.now(), prefix.hashCode());
        List<Shipment> shipments = workload.stream().map(ShipmentEvents::shipment).toList();
        ShipmentRepository repository = context.getBean(ShipmentRepository.class);
        for (int from = 0; from < shipments.size(); from += 1_000) {
            repository.insertAll(shipments.subList(from, Math.min(shipments.size(), from + 1_000)));
        }
        return workload;
    }

    private static Map<String, Object> outcomes(ConfigurableApplicationContext context) {
        Map<String, Object> outcomes = new LinkedHashMap<>();
        context.getBean(JdbcTemplate.class).query("SELECT outcome, count(*) FROM event_application GROUP BY outcome ORDER BY 1",
                rs -> {
                    outcomes.put(rs.getString(1), rs.getLong(2));
                });
        return outcomes;
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6);
    }

    private void print(Map<String, Object> figures) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(json ? JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(figures)
                : figures.toString().replace("}, ", "}\n"));
        out.flush();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * A small blocking client for the inbound endpoint, with an API token as machines use (HTTP Basic
     * would cost a bcrypt check on every request).
     */
    private static final class Http {
        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final URI uri;
        private final String authorization;

        private Http(int port, String authorization) {
            this.uri = URI.create("http://127.0.0.1:" + port + "/api/v1/inbound/dcsa");
            this.authorization = authorization;
        }

        static Http withToken(int port, String user, String password) throws IOException, InterruptedException {
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/tokens"))
                    .header("Authorization", basic).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"bench\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("could not create an API token: " + created.statusCode() + " " + created.body());
            }
            String token = JsonMapper.builder().build().readTree(created.body()).path("token").asString();
            return new Http(port, "Bearer " + token);
        }

        /** Delivers one message without waiting for processing; its inbox id, or -1 when it was refused. */
        long post(String body) {
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization)
                        .header("Content-Type", "application/json").header("X-Sender", "BENCH")
                        .header("Prefer", "respond-async")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 202 && response.statusCode() != 200) {
                    return -1;
                }
                String location = response.headers().firstValue("Location").orElse("");
                return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
            } catch (IOException | NumberFormatException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }
}
