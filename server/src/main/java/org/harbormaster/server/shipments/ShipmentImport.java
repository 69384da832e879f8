package org.harbormaster.server.shipments;

import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.harbormaster.formats.csv.CsvProblem;
import org.harbormaster.formats.csv.ImportedRow;
import org.harbormaster.formats.csv.ShipmentCsvReader;
import org.harbormaster.formats.csv.ShipmentCsvResult;
import org.harbormaster.server.inbox.WaitingEvents;
import org.harbormaster.shipment.Shipment;
import org.springframework.stereotype.Service;

/**
 * Imports shipments from the documented CSV layout. All or nothing by default: a file with any bad row
 * imports nothing, so a half-loaded spreadsheet never has to be untangled; with {@code skipBadRows} the
 * good rows go in and the bad ones are reported.
 */
@Service
public class ShipmentImport {

    private final ShipmentRepository shipments;
    private final WaitingEvents waitingEvents;
    private final ShipmentReview review;
    private final Clock clock;

    public ShipmentImport(ShipmentRepository shipments, WaitingEvents waitingEvents, ShipmentReview review,
                          Clock clock) {
        this.review = review;
        this.shipments = shipments;
        this.waitingEvents = waitingEvents;
        this.clock = clock;
    }

    /** What an import did, row by row. */
    public record Report(int rowsRead, int imported, int rejectedRows, boolean dryRun, List<CsvProblem> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    public Report run(Reader csv, boolean dryRun, boolean skipBadRows) {
        ShipmentCsvResult result = new ShipmentCsvReader().read(csv, clock);
        List<CsvProblem> problems = new ArrayList<>(result.problems());
        problems.addAll(referencesAlreadyStored(result.rows()));
        problems.sort(Comparator.comparingInt(CsvProblem::row));
        Set<Integer> badRows = new java.util.TreeSet<>();
        problems.forEach(p -> badRows.add(p.row()));
        boolean fileLevelProblem = badRows.contains(0);
        List<Shipment> good = result.rows().stream().filter(r -> !badRows.contains(r.rowNumber()))
                .map(ImportedRow::shipment).toList();
        int rejected = (int) badRows.stream().filter(row -> row > 0).count();
        boolean importable = problems.isEmpty() || (skipBadRows && !fileLevelProblem);
        if (dryRun || !importable) {
            return new Report(result.rowsRead(), 0, rejected, dryRun, problems);
        }
        shipments.insertAll(good);
        waitingEvents.applyToImported(good);
        review.review(good);
        return new Report(result.rowsRead(), good.size(), rejected, false, problems);
    }

    private List<CsvProblem> referencesAlreadyStored(List<ImportedRow> rows) {
        Set<String> taken = shipments.existingReferences(rows.stream().map(r -> r.shipment().reference()).toList());
        return rows.stream().filter(r -> taken.contains(r.shipment().reference()))
                .map(r -> new CsvProblem(r.rowNumber(), "reference", r.shipment().reference(),
                        "a shipment with this reference already exists"))
                .toList();
    }
}
