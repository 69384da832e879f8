package org.harbormaster.formats.csv.status;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The statuses truckers write, from {@code trucker-status-codes.csv}, matched as {@link PlainText#matchKey}. */
final class TruckerStatusCodes {

    static final String RESOURCE = "trucker-status-codes.csv";

    private final Map<String, MilestoneMapping> byStatus;

    private TruckerStatusCodes(Map<String, MilestoneMapping> byStatus) {
        this.byStatus = byStatus;
    }

    static TruckerStatusCodes standard() {
        return Holder.STANDARD;
    }

    Optional<MilestoneMapping> find(String written) {
        return Optional.ofNullable(byStatus.get(PlainText.matchKey(written)));
    }

    private static TruckerStatusCodes load() {
        Map<String, MilestoneMapping> byStatus = new HashMap<>();
        for (Map<String, String> row : ResourceTable.rows(RESOURCE)) {
            String key = PlainText.matchKey(row.get("status"));
            if (byStatus.put(key, MilestoneMapping.of(row)) != null) {
                throw new IllegalStateException(RESOURCE + " lists '" + key + "' twice");
            }
        }
        return new TruckerStatusCodes(Map.copyOf(byStatus));
    }

    private static final class Holder {
        private static final TruckerStatusCodes STANDARD = load();
    }
}
