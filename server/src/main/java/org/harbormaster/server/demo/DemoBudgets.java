package org.harbormaster.server.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.Container;

/**
 * Quoted budgets as a forwarder writes them: ocean and air freight in US dollars, the charges on the
 * customer's side in the local currency. Rates are typical of recent years: 1,800 to 4,500 USD per
 * 40-foot box by sea, drayage 450 to 900, rail 1,200 to 2,200, air 3 to 7 USD per chargeable kilo.
 */
final class DemoBudgets {

    private static final Currency USD = Currency.getInstance("USD");
    /** IATA's volumetric rule: 6,000 cm3 per kg, about 167 kg per cubic metre. */
    private static final int AIR_KG_PER_CBM = 167;

    private final Random random;

    DemoBudgets(Random random) {
        this.random = random;
    }

    static Currency localCurrency(String countryCode) {
        return switch (countryCode) {
            case "US" -> USD;
            case "GB" -> Currency.getInstance("GBP");
            default -> Currency.getInstance("EUR");
        };
    }

    Budget fclImport(String origin, String port, String ramp, List<Container> boxes, Currency local) {
        List<CostLine> lines = new ArrayList<>();
        lines.add(oceanFreight(origin, port, boxes, importRate40(port)));
        lines.add(perBox(CostCategory.DESTINATION_CHARGES, "Destination THC and documentation", boxes, 180, 320, local));
        lines.add(line(CostCategory.CUSTOMS_BROKERAGE, "Import customs entry", amount(125, 275), local));
        if (ramp != null) {
            lines.add(perBox(CostCategory.RAIL, "Rail " + port + "-" + ramp, boxes, 1200, 2200, USD));
        }
        String from = ramp == null ? port : ramp;
        lines.add(perBox(CostCategory.DRAYAGE, "Drayage " + from + " to door", boxes, 450, 900, local));
        return new Budget(lines);
    }

    Budget fclExport(String port, String destination, List<Container> boxes, Currency local) {
        List<CostLine> lines = new ArrayList<>();
        lines.add(perBox(CostCategory.DRAYAGE, "Drayage door to " + port, boxes, 450, 900, local));
        lines.add(perBox(CostCategory.ORIGIN_CHARGES, "Origin THC and export documentation", boxes, 180, 300, local));
        lines.add(line(CostCategory.CUSTOMS_BROKERAGE, "Export declaration", amount(45, 95), local));
        // the backhaul to Asia sells far below the headhaul
        lines.add(oceanFreight(port, destination, boxes, amount(600, 1600)));
        return new Budget(lines);
    }

    Budget lcl(String origin, String port, BigDecimal cbm, Currency local) {
        BigDecimal freightTons = cbm.max(BigDecimal.ONE);
        List<CostLine> lines = new ArrayList<>();
        lines.add(line(CostCategory.TRUCKING, "Pickup to origin CFS", amount(80, 250), USD));
        lines.add(line(CostCategory.CFS_HANDLING, "Origin CFS receiving and stuffing",
                rate(12, 20).multiply(freightTons), USD));
        lines.add(line(CostCategory.OCEAN_FREIGHT, "Ocean freight " + origin + "-" + port + ", " + cbm + " cbm",
                rate(45, 120).multiply(freightTons), USD));
        lines.add(line(CostCategory.CFS_HANDLING, "Destination CFS devanning", rate(25, 45).multiply(freightTons), local));
        lines.add(line(CostCategory.CUSTOMS_BROKERAGE, "Import customs entry", amount(125, 275), local));
        lines.add(line(CostCategory.TRUCKING, "LTL delivery to door", amount(250, 650), local));
        return new Budget(lines);
    }

    Budget air(String origin, String destination, BigDecimal kg, BigDecimal cbm, Currency local) {
        BigDecimal chargeable = kg.max(cbm.multiply(BigDecimal.valueOf(AIR_KG_PER_CBM))).setScale(0, RoundingMode.UP);
        BigDecimal perKg = rate(3.2, 6.8);
        List<CostLine> lines = new ArrayList<>();
        lines.add(line(CostCategory.TRUCKING, "Pickup to " + origin, amount(60, 200), USD));
        lines.add(line(CostCategory.ORIGIN_CHARGES, "Screening and export handling",
                rate(0.10, 0.18).multiply(kg).max(BigDecimal.valueOf(45)), USD));
        lines.add(line(CostCategory.AIR_FREIGHT, "Air freight " + origin + "-" + destination + ", " + chargeable
                + " kg chargeable at " + perKg + "/kg", perKg.multiply(chargeable), USD));
        lines.add(line(CostCategory.DESTINATION_CHARGES, "Airline terminal handling", amount(65, 180), local));
        lines.add(line(CostCategory.CUSTOMS_BROKERAGE, "Import customs entry", amount(110, 240), local));
        lines.add(line(CostCategory.TRUCKING, "Delivery to door", amount(150, 450), local));
        return new Budget(lines);
    }

    /** What a 40-foot box costs to the customer's port: more through Panama or round the Cape. */
    private BigDecimal importRate40(String port) {
        String range = DemoCatalog.range(port);
        return switch (range) {
            case "US-E", "US-G" -> amount(2800, 4500);
            case "EU" -> amount(2300, 4200);
            default -> amount(1800, 3200);
        };
    }

    private CostLine oceanFreight(String from, String to, List<Container> boxes, BigDecimal rate40) {
        BigDecimal total = BigDecimal.ZERO;
        for (Container box : boxes) {
            total = total.add(rate40.multiply(BigDecimal.valueOf(boxFactor(box))));
        }
        String counted = boxes.stream().collect(Collectors.groupingBy(b -> b.sizeType().code(), TreeMap::new,
                Collectors.counting())).entrySet().stream().map(e -> e.getValue() + " x " + e.getKey())
                .collect(Collectors.joining(", "));
        return line(CostCategory.OCEAN_FREIGHT, "Ocean freight " + from + "-" + to + ", " + counted,
                total.setScale(0, RoundingMode.HALF_UP), USD);
    }

    /** A 20-foot box sells at about three quarters of a 40, a reefer at over half as much again. */
    private static double boxFactor(Container box) {
        double size = box.sizeType().code().startsWith("2") ? 0.75 : 1.0;
        return box.sizeType().typeGroup() == 'R' ? size * 1.6 : size;
    }

    private CostLine perBox(CostCategory category, String description, List<Container> boxes, int low, int high,
                            Currency currency) {
        BigDecimal each = amount(low, high);
        return line(category, description + ", " + boxes.size() + " x " + each + " " + currency.getCurrencyCode(),
                each.multiply(BigDecimal.valueOf(boxes.size())), currency);
    }

    private static CostLine line(CostCategory category, String description, BigDecimal amount, Currency currency) {
        return new CostLine(category, description, new Money(amount.setScale(2, RoundingMode.HALF_UP), currency));
    }

    /** A whole amount, the way quotes are written. */
    private BigDecimal amount(int low, int high) {
        return BigDecimal.valueOf(low + random.nextInt(high - low + 1));
    }

    /** A rate to the cent. */
    private BigDecimal rate(double low, double high) {
        return BigDecimal.valueOf(low + (high - low) * random.nextDouble()).setScale(2, RoundingMode.HALF_UP);
    }
}
