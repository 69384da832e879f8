package org.harbormaster.server.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.shipment.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Data-quality findings and milestone timeliness, per source. */
@RestController
@Tag(name = "Data quality")
public class DataQualityController {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final DataQualityReports reports;
    private final Clock clock;

    DataQualityController(DataQualityReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/data-quality")
    @Operation(summary = "Per source: events, findings by code, quarantined messages, timeliness of actuals "
            + "(median, share within 24 h); since an ISO-8601 instant, by default the last 30 days")
    public DataQualityReport report(@RequestParam(required = false) String since) {
        return reports.since(since == null || since.isBlank() ? clock.instant().minus(DEFAULT_PERIOD) : instant(since));
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return java.time.LocalDate.parse(text.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException e) {
                throw new InvalidRequestException(List.of(new FieldProblem("since",
                        "'" + text + "' is not an ISO-8601 date-time with offset (2026-12-01T00:00:00Z) or a date")));
            }
        }
    }
}
