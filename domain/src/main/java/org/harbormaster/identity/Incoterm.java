package org.harbormaster.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The eleven Incoterms 2020 rules: who pays for carriage and insurance, and where risk passes from seller
 * to buyer. FAS, FOB, CFR and CIF apply to sea and inland waterway transport only; the rest to any mode.
 */
public enum Incoterm {

    EXW("Ex Works", false,
            "the seller makes the goods available at its own premises; the buyer carries every cost and risk from there"),
    FCA("Free Carrier", false,
            "the seller hands the goods, cleared for export, to the buyer's carrier at the named place"),
    CPT("Carriage Paid To", false,
            "the seller pays carriage to the named destination; risk passes when the first carrier takes the goods"),
    CIP("Carriage and Insurance Paid To", false,
            "as CPT, and the seller also insures the goods (all-risks cover) to the named destination"),
    DAP("Delivered at Place", false,
            "the seller bears cost and risk to the named destination, goods ready for unloading; the buyer clears import"),
    DPU("Delivered at Place Unloaded", false,
            "as DAP, and the seller also unloads the goods at the named destination"),
    DDP("Delivered Duty Paid", false,
            "the seller delivers at the named destination cleared for import, duties and taxes paid"),
    FAS("Free Alongside Ship", true,
            "the seller places the goods alongside the buyer's vessel at the named port of shipment"),
    FOB("Free On Board", true,
            "the seller loads the goods on board the buyer's vessel at the named port of shipment; risk passes on board"),
    CFR("Cost and Freight", true,
            "the seller pays freight to the named port of destination; risk passes once the goods are on board at shipment"),
    CIF("Cost, Insurance and Freight", true,
            "as CFR, and the seller also insures the goods (minimum cover) to the named port of destination");

    /** Rules of earlier editions that traders still write, and what replaced them. */
    private static final Map<String, String> RETIRED = Map.of(
            "DAT", "DAT was replaced by DPU in Incoterms 2020",
            "DAF", "DAF was replaced by DAP in Incoterms 2010",
            "DES", "DES was replaced by DAP in Incoterms 2010",
            "DEQ", "DEQ was replaced by DAT in Incoterms 2010, and DAT by DPU in Incoterms 2020",
            "DDU", "DDU was replaced by DAP in Incoterms 2010");

    private static final String ALL_CODES =
            Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));

    private final String fullName;
    private final boolean seaAndInlandWaterwayOnly;
    private final String description;

    Incoterm(String fullName, boolean seaAndInlandWaterwayOnly, String description) {
        this.fullName = fullName;
        this.seaAndInlandWaterwayOnly = seaAndInlandWaterwayOnly;
        this.description = description;
    }

    public static Parsed<Incoterm> parse(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.invalid(text, "Incoterm is required");
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        for (Incoterm rule : values()) {
            if (rule.name().equals(code)) {
                return Parsed.valid(rule);
            }
        }
        String retired = RETIRED.get(code);
        if (retired != null) {
            return Parsed.invalid(text, retired);
        }
        return Parsed.invalid(text, "'" + text.strip() + "' is not an Incoterms 2020 rule (" + ALL_CODES + ")");
    }

    public static Incoterm of(String text) {
        return parse(text).orElseThrow();
    }

    /** The rule's name, e.g. "Free On Board". */
    public String fullName() {
        return fullName;
    }

    /** What the rule means for the seller and the buyer, in a sentence. */
    public String description() {
        return description;
    }

    /** True for FAS, FOB, CFR and CIF, which name a port and a vessel; container shipments should use FCA, CPT or CIP. */
    public boolean seaAndInlandWaterwayOnly() {
        return seaAndInlandWaterwayOnly;
    }
}
