package org.harbormaster.server.shipments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Shipments")
public class ShipmentImportController {

    private final ShipmentImport importer;

    public ShipmentImportController(ShipmentImport importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/shipments/import", consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import shipments from the CSV layout in docs/import-shipments-csv.md")
    public ResponseEntity<?> importCsv(@RequestBody String csv,
                                       @RequestParam(defaultValue = "false") boolean dryRun,
                                       @RequestParam(defaultValue = "false") boolean skipBadRows) {
        ShipmentImport.Report report = importer.run(new StringReader(csv), dryRun, skipBadRows);
        if (report.clean() || (skipBadRows && report.imported() > 0) || (dryRun && report.clean())) {
            return ResponseEntity.ok(report);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                report.rejectedRows() + " of " + report.rowsRead() + " rows are invalid; "
                        + (report.imported() == 0 ? "nothing was imported" : report.imported() + " rows were imported"));
        problem.setTitle("Invalid CSV rows");
        List<Map<String, Object>> errors = report.problems().stream().map(p -> Map.<String, Object>of(
                "row", p.row(), "column", p.column() == null ? "" : p.column(),
                "value", p.value() == null ? "" : p.value(), "reason", p.reason())).toList();
        problem.setProperty("errors", errors);
        problem.setProperty("imported", report.imported());
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
