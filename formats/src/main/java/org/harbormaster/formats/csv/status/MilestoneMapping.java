package org.harbormaster.formats.csv.status;

import java.util.Locale;
import java.util.Map;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.TransportMode;

/**
 * What a status or description written in a sheet means: the milestone (null for one that is known to
 * report none), whether the box is empty, the means of transport when the words imply one, and
 * {@code estimate} when the words themselves are an estimate ("Estimated arrival").
 */
record MilestoneMapping(MilestoneType milestone, boolean empty, TransportMode mode, boolean estimate) {

    /** A row of a mapping table, with its columns {@code milestone}, {@code empty} and {@code mode}. */
    static MilestoneMapping of(Map<String, String> row) {
        String milestone = row.getOrDefault("milestone", "");
        String mode = row.getOrDefault("mode", "");
        String kind = row.getOrDefault("kind", "").strip();
        if (!kind.isEmpty() && !kind.equals("ESTIMATED")) {
            throw new IllegalStateException("kind '" + kind + "' in a mapping table: only ESTIMATED may be given");
        }
        return new MilestoneMapping(milestone.isBlank() ? null : MilestoneType.valueOf(milestone.strip()),
                row.getOrDefault("empty", "").strip().equalsIgnoreCase("yes"),
                mode.isBlank() ? null : TransportMode.valueOf(mode.strip().toUpperCase(Locale.ROOT)),
                kind.equals("ESTIMATED"));
    }
}
