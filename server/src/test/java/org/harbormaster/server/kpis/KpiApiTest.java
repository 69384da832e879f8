package org.harbormaster.server.kpis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.server.ApiClient;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The KPIs over the real database: two shipments of a region of their own booked over the API, carrier events
 * delivered as DCSA messages, exception cases written as the exception engine writes them, and the figures read
 * back from {@code GET /api/v1/kpis}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiApiTest extends EmbeddedDatabaseTestSupport {

    private static final AtomicInteger SERIAL = new AtomicInteger(200_000 + (int) (System.nanoTime() % 700_000));

    @Autowired
    private JdbcClient jdbc;

    private final int n = SERIAL.incrementAndGet();
    private final String region = "KPI-" + n;
    /** The inserted cases file under a region of their own: the exception engine opens real ones in {@link #region}. */
    private final String alertRegion = "KPIA-" + n;
    private final String sender = "KPICARRIER" + n;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private String early;

    @BeforeAll
    void twoShipmentsWithTheirEventsAndThreeExceptionCases() {
        // Early: planned to arrive at Long Beach 16 Oct 14:00 UTC, arrived 6 h late (on time), discharged Mon 19 Oct,
        // gated out Tue 27 Oct: 4 days past the last free day (Fri 23 Oct); every report came weeks later.
        String earlyContainer = freshContainer();
        early = book("KPI-EARLY-" + n, earlyContainer, Instant.parse("2026-10-16T14:00:00Z"));
        deliver(event("arr-" + n, "ARRIVED", "2026-10-16T20:00:00Z", "USLGB", earlyContainer),
                event("disc-" + n, "DISCHARGED", "2026-10-19T17:00:00Z", "USLGB", earlyContainer),
                event("gtot-" + n, "GATE_OUT", "2026-10-27T18:00:00Z", "USLGB", earlyContainer));
        // Late: planned to arrive five days ago, arrived two hours ago (late), reported at once.
        String lateContainer = freshContainer();
        book("KPI-LATE-" + n, lateContainer, now.minus(Duration.ofDays(5)));
        deliver(event("arr2-" + n, "ARRIVED", now.minus(Duration.ofHours(2)).toString(), "USLGB", lateContainer));
        // A container nobody booked: its event waits, unmatched.
        deliver(event("stray-" + n, "DISCHARGED", now.minus(Duration.ofHours(3)).toString(), "USLGB", freshContainer()));

        Instant opened = Instant.parse("2026-11-02T08:00:00Z");
        alert("RESOLVED", opened, opened.plus(Duration.ofHours(1)), opened.plus(Duration.ofHours(5)), null, null);
        alert("ACKNOWLEDGED", opened, opened.plus(Duration.ofHours(3)), null, opened.plus(Duration.ofHours(2)), null);
        alert("CLEARED", opened, null, opened.plus(Duration.ofHours(30)), opened.plus(Duration.ofHours(2)),
                opened.plus(Duration.ofHours(24)));
    }

    @Test
    void on_time_arrival_counts_the_arrival_six_hours_late_and_not_the_one_five_days_late() {
        JsonNode kpi = onlyKpi(get("kpi=on-time-arrival&by=region&region=" + region));

        JsonNode group = kpi.path("groups").get(0);
        assertThat(kpi.path("groups").size()).isEqualTo(1);
        assertThat(group.path("key").path("region").asString()).isEqualTo(region);
        assertThat(group.path("numerator").asInt()).isEqualTo(1);
        assertThat(group.path("denominator").asInt()).isEqualTo(2);
        assertThat(group.path("value").asDouble()).isEqualTo(0.5);
    }

    @Test
    void arrivals_by_month_fall_in_the_month_they_were_planned_for() {
        JsonNode groups = onlyKpi(get("kpi=on-time-arrival&by=period&period=month&region=" + region)).path("groups");

        assertThat(groups.size()).isEqualTo(2);
        assertThat(groups.get(0).path("key").path("period").asString()).isEqualTo("2026-10");
        assertThat(groups.get(0).path("value").asDouble()).isEqualTo(1.0);
        assertThat(groups.get(1).path("value").asDouble()).isEqualTo(0.0);
    }

    @Test
    void a_window_that_ends_before_the_late_arrival_leaves_it_out() {
        JsonNode total = onlyKpi(get("kpi=on-time-arrival&from=2026-10-01&to=2026-10-31&region=" + region))
                .path("total");

        assertThat(total.path("denominator").asInt()).isEqualTo(1);
        assertThat(total.path("value").asDouble()).isEqualTo(1.0);
    }

    @Test
    void milestone_timeliness_counts_only_the_report_that_came_within_a_day() {
        JsonNode total = onlyKpi(get("kpi=milestone-timeliness&region=" + region)).path("total");

        assertThat(total.path("denominator").asInt()).as("three actuals of the early shipment, one of the late")
                .isEqualTo(4);
        assertThat(total.path("numerator").asInt()).isEqualTo(1);
        assertThat(total.path("p90").asDouble()).as("the gate-out was reported about a month late")
                .isGreaterThan(24 * 20);
    }

    @Test
    void data_quality_by_source_counts_the_stray_event_as_unmatched() {
        JsonNode kpi = onlyKpi(get("kpi=unmatched-events&by=source"));

        JsonNode mine = group(kpi, "source", "DCSA/" + sender);
        assertThat(mine.path("denominator").asInt()).isEqualTo(5);
        assertThat(mine.path("numerator").asInt()).isEqualTo(1);
        assertThat(mine.path("value").asDouble()).isEqualTo(0.2);
    }

    @Test
    void time_to_acknowledge_and_resolve_and_the_breach_rate_come_from_the_exception_cases() {
        JsonNode body = get("kpi=time-to-acknowledge,time-to-resolve,sla-breach-rate&region=" + alertRegion);

        JsonNode acknowledge = body.path("kpis").get(0).path("total");
        JsonNode resolve = body.path("kpis").get(1).path("total");
        JsonNode breaches = body.path("kpis").get(2).path("total");
        assertThat(acknowledge.path("median").asDouble()).isEqualTo(2.0);
        assertThat(acknowledge.path("facts").asInt()).isEqualTo(2);
        assertThat(resolve.path("value").asDouble()).as("the cleared case was not resolved by anyone").isEqualTo(5.0);
        assertThat(breaches.path("numerator").asInt()).isEqualTo(2);
        assertThat(breaches.path("denominator").asInt()).isEqualTo(3);
    }

    @Test
    void demurrage_per_container_prices_four_days_past_free_time_at_the_long_beach_tariff() {
        JsonNode total = onlyKpi(get("kpi=demurrage-per-container&region=" + region)).path("total");

        assertThat(total.path("unit").asString()).isEqualTo("USD");
        assertThat(total.path("denominator").asInt()).isEqualTo(1);
        assertThat(total.path("value").asDouble()).as("4 d x 220 USD").isEqualTo(880.0);
        assertThat(total.path("median").asDouble()).isEqualTo(4.0);
    }

    @Test
    void budget_coverage_counts_the_booked_shipments_and_adherence_has_nothing_to_judge_yet() {
        JsonNode body = get("kpi=budget-coverage,budget-adherence&region=" + region);

        assertThat(body.path("kpis").get(0).path("total").path("denominator").asInt()).isEqualTo(2);
        assertThat(body.path("kpis").get(1).path("total").isNull()).as("no actual costs are recorded").isTrue();
    }

    @Test
    void a_bad_parameter_is_a_problem_naming_it() {
        ApiClient.Reply reply = admin().get("/api/v1/kpis?kpi=otp&by=planet&period=year&from=2026-13-01");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactly("kpi", "by", "period", "from");
        assertThat(reply.json().path("errors").get(0).path("reason").asString()).contains("on-time-arrival");
    }

    @Test
    void the_kpis_need_a_login() {
        assertThat(anonymous().get("/api/v1/kpis").status()).isEqualTo(401);
    }

    private JsonNode get(String query) {
        ApiClient.Reply reply = admin().get("/api/v1/kpis?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static JsonNode onlyKpi(JsonNode body) {
        assertThat(body.path("kpis").size()).isEqualTo(1);
        return body.path("kpis").get(0);
    }

    private static JsonNode group(JsonNode kpi, String dimension, String value) {
        for (JsonNode g : kpi.path("groups")) {
            if (g.path("key").path(dimension).asString().equals(value)) {
                return g;
            }
        }
        throw new AssertionError("no group " + dimension + "=" + value + " in " + kpi);
    }

    private static String freshContainer() {
        String firstTen = "KPIU" + String.format("%06d", SERIAL.incrementAndGet());
        return firstTen + ContainerNumber.checkDigit(firstTen);
    }

    /** Books an FCL import Yantian to Long Beach (45G1, MAEU) in this test's region, arriving as planned. */
    private String book(String reference, String container, Instant arrival) {
        String body = """
                {
                  "reference": "%s",
                  "customer": {"code": "KPICUST", "name": "KPI Test Retail"},
                  "direction": "IMPORT",
                  "origin": {"locode": "CNYTN"},
                  "destination": {"locode": "USLGB",
                                  "door": {"street": "1200 Warehouse Way", "city": "Long Beach",
                                           "postalCode": "90802", "countryCode": "US"}},
                  "cargo": {"containers": [{"number": "%s", "sizeType": "45G1"}]},
                  "references": [{"type": "BOOKING", "value": "BK-%s"}],
                  "carrier": "MAEU",
                  "region": "%s",
                  "template": {"name": "FCL_IMPORT_PORT_TO_DOOR",
                               "departure": "%s",
                               "arrival": "%s",
                               "vesselName": "MAERSK ESSEN", "imo": "9074729", "voyage": "251E",
                               "destinationTrucker": "DRAY1"}
                }
                """.formatted(reference, container, reference, region, arrival.minus(Duration.ofDays(15)), arrival);
        ApiClient.Reply reply = admin().post("/api/v1/shipments", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().path("id").asString();
    }

    private void deliver(String... events) {
        ApiClient.Reply reply = admin().header("X-Sender", sender).postRaw("/api/v1/inbound/dcsa",
                "[" + String.join(",", events) + "]");
        assertThat(reply.status()).as(reply.body()).isBetween(200, 202);
    }

    /** A DCSA 2.2 actual: DISCHARGED and GATE_OUT as equipment events, ARRIVED as a vessel transport event. */
    private static String event(String key, String milestone, String time, String locode, String container) {
        String id = UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        String created = Instant.parse(time).plus(Duration.ofHours(1)).isAfter(Instant.now())
                ? Instant.now().minus(Duration.ofMinutes(1)).truncatedTo(ChronoUnit.SECONDS).toString()
                : Instant.parse(time).plus(Duration.ofHours(1)).toString();
        String common = "\"eventID\": \"%s\", \"eventCreatedDateTime\": \"%s\", \"eventClassifierCode\": \"ACT\", "
                .formatted(id, created) + "\"eventDateTime\": \"%s\", ".formatted(time);
        if (milestone.equals("ARRIVED")) {
            return "{" + common + "\"eventType\": \"TRANSPORT\", \"transportEventTypeCode\": \"ARRI\", "
                    + "\"transportCall\": {\"UNLocationCode\": \"%s\", \"modeOfTransport\": \"VESSEL\"}, ".formatted(locode)
                    + "\"references\": [{\"referenceType\": \"EQ\", \"referenceValue\": \"%s\"}]}".formatted(container);
        }
        String code = milestone.equals("DISCHARGED") ? "DISC" : "GTOT";
        return "{" + common + "\"eventType\": \"EQUIPMENT\", \"equipmentEventTypeCode\": \"%s\", ".formatted(code)
                + "\"emptyIndicatorCode\": \"LADEN\", \"equipmentReference\": \"%s\", ".formatted(container)
                + "\"eventLocation\": {\"UNLocationCode\": \"%s\"}}".formatted(locode);
    }

    private void alert(String status, Instant opened, Instant acknowledged, Instant closed, Instant acknowledgeBreached,
                       Instant resolveBreached) {
        jdbc.sql("""
                INSERT INTO alert (id, shipment_id, rule_code, subject, status, active, cause_present, severity, team,
                                   region, customer_code, carrier, opened_at, last_seen_at, acknowledged_at, closed_at,
                                   acknowledge_by, resolve_by, acknowledge_breached_at, resolve_breached_at,
                                   money_at_risk, priority, finding, priority_terms)
                VALUES (:id, :shipment, 'ARRIVAL_SLIPPING', :subject, :status, :active, false, 'HIGH', 'TEAM-KPI',
                        :region, 'KPICUST', 'MAEU', :opened, :opened, :acknowledged, :closed,
                        :ackBy, :resolveBy, :ackBreached, :resolveBreached, 0, 0, '{}'::jsonb, '[]'::jsonb)
                """)
                .param("id", UUID.randomUUID()).param("shipment", UUID.fromString(early))
                .param("subject", "case-" + UUID.randomUUID()).param("status", status)
                .param("active", closed == null).param("region", alertRegion)
                .param("opened", utc(opened)).param("acknowledged", utc(acknowledged)).param("closed", utc(closed))
                .param("ackBy", utc(opened.plus(Duration.ofHours(2))))
                .param("resolveBy", utc(opened.plus(Duration.ofHours(24))))
                .param("ackBreached", utc(acknowledgeBreached)).param("resolveBreached", utc(resolveBreached))
                .update();
    }

    private static OffsetDateTime utc(Instant at) {
        return at == null ? null : at.atOffset(ZoneOffset.UTC);
    }
}
