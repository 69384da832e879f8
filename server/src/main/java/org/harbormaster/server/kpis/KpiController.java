package org.harbormaster.server.kpis;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/kpis}: the KPIs of docs/kpis.md, grouped and filtered; a bad parameter is a 400 naming it. */
@RestController
@RequestMapping("/api/v1/kpis")
public class KpiController {

    private final KpiService service;

    KpiController(KpiService service) {
        this.service = service;
    }

    @GetMapping
    @Operation(summary = "KPIs by region, lane, carrier, vendor, customer, source or period, with numerator and denominator")
    public Map<String, Object> kpis(@RequestParam(required = false) String kpi,
                                    @RequestParam(required = false) String by,
                                    @RequestParam(required = false) String period,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) String region,
                                    @RequestParam(required = false) String customer,
                                    @RequestParam(required = false) String carrier,
                                    @RequestParam(required = false) String toleranceHours,
                                    @RequestParam(required = false) String reportedWithinHours) {
        KpiQueryParser parser = new KpiQueryParser();
        KpiQuery query = parser.parse(new KpiQueryParser.Parameters(kpi, by, period, from, to, region, customer, carrier,
                toleranceHours, reportedWithinHours)).orElseThrow(() -> new InvalidRequestException(parser.problems()));
        return KpiJson.of(query, service.report(query));
    }
}
