package org.harbormaster.server.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns the API's enum names into the words operators use ({@code OCEAN_FCL} is "Ocean FCL",
 * {@code MASTER_BILL_OF_LADING} is "MBL"). Templates call it as {@code @labels.of(...)}.
 */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd MMM", Locale.ENGLISH);

    private static final Set<String> ACRONYMS = Set.of("FCL", "LCL", "CFS", "VGM", "LFD", "ISF", "ETA", "ETD");

    private static final Map<String, String> TRADE_TERMS = Map.ofEntries(
            Map.entry("MASTER_BILL_OF_LADING", "MBL"),
            Map.entry("HOUSE_BILL_OF_LADING", "HBL"),
            Map.entry("MASTER_AIR_WAYBILL", "MAWB"),
            Map.entry("HOUSE_AIR_WAYBILL", "HAWB"),
            Map.entry("CUSTOMER_REFERENCE", "Customer ref"),
            Map.entry("PURCHASE_ORDER", "PO"),
            Map.entry("IMPORT", "Import"),
            Map.entry("EXPORT", "Export"));

    private static final Map<String, String> SHORT_MILESTONES = Map.ofEntries(
            Map.entry("PICKED_UP", "Picked up"),
            Map.entry("GATE_IN", "Gated in"),
            Map.entry("STUFFED", "Stuffed"),
            Map.entry("DOCUMENTATION_CUTOFF", "Doc cut-off"),
            Map.entry("VGM_CUTOFF", "VGM cut-off"),
            Map.entry("CARGO_CUTOFF", "Cargo cut-off"),
            Map.entry("CUSTOMS_RELEASED", "Customs rel."),
            Map.entry("STRIPPED", "Stripped"),
            Map.entry("AVAILABLE_FOR_PICKUP", "Available"),
            Map.entry("GATE_OUT", "Gated out"),
            Map.entry("EMPTY_RETURNED", "Empty ret."));

    /** "OCEAN_FCL" becomes "Ocean FCL"; null stays null. */
    public String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String known = TRADE_TERMS.get(name);
        if (known != null) {
            return known;
        }
        String[] words = name.toUpperCase(Locale.ROOT).split("_");
        String sentence = Arrays.stream(words)
                .map(w -> ACRONYMS.contains(w) ? w : w.toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(" "));
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    /** A milestone's name short enough for a list cell ("Gated in", "Customs rel."); the full label otherwise. */
    public String shortMilestone(String type, String label) {
        return SHORT_MILESTONES.getOrDefault(type, label);
    }

    /** The short form of a direction for a narrow column: "Imp", "Exp". */
    public String shortDirection(String direction) {
        return direction == null ? null : of(direction).substring(0, Math.min(3, of(direction).length()));
    }

    /** The short form of a mode for a dense column: "FCL", "LCL", "Air". */
    public String shortMode(String mode) {
        if (mode == null) {
            return null;
        }
        return mode.startsWith("OCEAN_") ? mode.substring("OCEAN_".length()) : of(mode);
    }

    /** A date in full: "20 Dec 2026"; the text itself if it is not an ISO date. */
    public String date(String isoDate) {
        return format(isoDate, DATE);
    }

    /** A date for a narrow column, the year left to the tooltip: "20 Dec". */
    public String dayMonth(String isoDate) {
        return format(isoDate, DAY_MONTH);
    }

    private static String format(String isoDate, DateTimeFormatter format) {
        if (isoDate == null || isoDate.isBlank()) {
            return null;
        }
        try {
            return format.format(LocalDate.parse(isoDate));
        } catch (DateTimeParseException notIso) {
            return isoDate;
        }
    }
}
