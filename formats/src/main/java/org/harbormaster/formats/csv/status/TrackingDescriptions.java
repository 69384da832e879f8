package org.harbormaster.formats.csv.status;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The milestone each {@code description} of the tracking export stands for, from
 * {@code tracking-descriptions.csv}, matched as {@link PlainText#matchKey} so that case, spacing,
 * non-breaking spaces and mojibake do not make a known description unknown.
 */
final class TrackingDescriptions {

    static final String RESOURCE = "tracking-descriptions.csv";

    private final Map<String, MilestoneMapping> byDescription;

    private TrackingDescriptions(Map<String, MilestoneMapping> byDescription) {
        this.byDescription = byDescription;
    }

    static TrackingDescriptions standard() {
        return Holder.STANDARD;
    }

    /** The mapping of a description; empty for one the table does not list. */
    Optional<MilestoneMapping> find(String description) {
        return Optional.ofNullable(byDescription.get(PlainText.matchKey(description)));
    }

    boolean knows(String description) {
        return byDescription.containsKey(PlainText.matchKey(description));
    }

    Set<String> keys() {
        return byDescription.keySet();
    }

    private static TrackingDescriptions load() {
        Map<String, MilestoneMapping> byDescription = new HashMap<>();
        for (Map<String, String> row : ResourceTable.rows(RESOURCE)) {
            String key = PlainText.matchKey(row.get("description"));
            if (byDescription.put(key, MilestoneMapping.of(row)) != null) {
                throw new IllegalStateException(RESOURCE + " lists '" + key + "' twice");
            }
        }
        return new TrackingDescriptions(Map.copyOf(byDescription));
    }

    private static final class Holder {
        private static final TrackingDescriptions STANDARD = load();
    }
}
