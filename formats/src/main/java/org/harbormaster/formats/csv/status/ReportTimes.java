package org.harbormaster.formats.csv.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.harbormaster.event.MilestoneEvent;
import org.harbormaster.event.TimeKind;

/**
 * When each row of a tracking export became known. The export says when a milestone happened or is expected,
 * not when the service learnt it; without that, every estimate of a file would count as reported at the same
 * moment, and "the latest report wins" could not tell the newest estimate from the oldest. So, per container,
 * in the order the service recorded the rows (its numeric {@code id}, else the file's order):
 * <ul>
 * <li>an actual is taken as reported when it happened (or, if later, when the latest actual recorded before it
 *     happened: the service cannot have recorded it earlier);</li>
 * <li>an estimate or a planned time as reported when the latest actual recorded before it happened, or, before
 *     any actual, at the container's earliest time in the file;</li>
 * <li>a {@code reported_at} column, where the export has one, wins; nothing is reported after receipt.</li>
 * </ul>
 */
final class ReportTimes {

    private record Entry(MilestoneEvent event, long order, Instant given) {
    }

    private final Map<MilestoneEvent, Entry> entries = new IdentityHashMap<>();

    void add(MilestoneEvent event, OptionalLong recordedOrder, Optional<Instant> given) {
        long order = recordedOrder.orElse(entries.size());
        entries.put(event, new Entry(event, order, given.orElse(null)));
    }

    List<MilestoneEvent> stamp(List<MilestoneEvent> events) {
        Map<String, List<Entry>> byContainer = new HashMap<>();
        for (MilestoneEvent event : events) {
            Entry entry = entries.get(event);
            if (entry != null) {
                byContainer.computeIfAbsent(containerOf(event), k -> new ArrayList<>()).add(entry);
            }
        }
        Map<MilestoneEvent, Instant> reported = new IdentityHashMap<>();
        byContainer.values().forEach(rows -> inferFor(rows, reported));
        return events.stream().map(e -> reported.containsKey(e) ? e.withReportedAt(reported.get(e)) : e).toList();
    }

    private static void inferFor(List<Entry> rows, Map<MilestoneEvent, Instant> reported) {
        rows.sort(Comparator.comparingLong(Entry::order));
        Instant earliest = rows.stream().map(r -> r.event().eventTime()).min(Comparator.naturalOrder()).orElseThrow();
        Instant latestActual = null;
        for (Entry row : rows) {
            MilestoneEvent event = row.event();
            if (event.kind() == TimeKind.ACTUAL) {
                latestActual = latestActual == null || event.eventTime().isAfter(latestActual)
                        ? event.eventTime() : latestActual;
            }
            Instant inferred = latestActual != null ? latestActual : earliest;
            Instant at = row.given() != null ? row.given() : inferred;
            reported.put(event, at.isAfter(event.receivedAt()) ? event.receivedAt() : at);
        }
    }

    private static String containerOf(MilestoneEvent event) {
        return event.equipment().isEmpty() ? "" : event.equipment().get(0).toString();
    }
}
