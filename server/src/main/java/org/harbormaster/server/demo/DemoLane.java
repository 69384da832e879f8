package org.harbormaster.server.demo;

import java.util.List;
import java.util.Random;
import org.harbormaster.shipment.PlanTemplate;

/**
 * The trade lanes the demo books, each with its plan template, share of the book, team and the ports,
 * ramps or airports at either end. Repeated entries in a list weigh it: Yantian and Shanghai ship more
 * than Xiamen, MSC and COSCO carry more than ZIM.
 *
 * @param overseas the ports or airports at the far end from the customer: loading for imports, discharge
 *                 for exports
 * @param gateways where the customer's side of the shipment is served from: the port of discharge for
 *                 port-to-door, the inland ramp for rail, the airport for air, the port of loading for exports
 * @param region   the region owning the lane's shipments, or null for the region of the customer's site
 */
record DemoLane(String name, PlanTemplate template, int weight, String team, String region,
                List<String> overseas, List<String> gateways, List<String> carriers) {

    private static final List<String> TRANSPACIFIC_CARRIERS = List.of("MAEU", "MSCU", "MSCU", "CMDU", "CMDU", "COSU",
            "COSU", "HLCU", "ONEY", "ONEY", "EGLV", "EGLV", "YMLU", "ZIMU", "HDMU", "OOLU", "OOLU", "MATS", "MATS");
    private static final List<String> ALL_WATER_CARRIERS = List.of("MSCU", "MSCU", "CMDU", "COSU", "ONEY", "EGLV",
            "EGLV", "YMLU", "ZIMU", "ZIMU", "HLCU", "MAEU", "HDMU", "OOLU");
    private static final List<String> EUROPE_CARRIERS = List.of("MAEU", "MAEU", "MSCU", "MSCU", "CMDU", "CMDU", "COSU",
            "HLCU", "HLCU", "ONEY", "EGLV", "HDMU", "OOLU", "YMLU");
    private static final List<String> ASIA_ORIGINS = List.of("CNYTN", "CNYTN", "CNYTN", "CNYTN", "CNYTN", "CNSHA",
            "CNSHA", "CNSHA", "CNSHA", "CNSHA", "CNNGB", "CNNGB", "CNNGB", "CNNGB", "VNSGN", "VNSGN", "VNSGN", "KRPUS",
            "KRPUS", "CNXMN", "CNDLC");

    static final List<DemoLane> ALL = List.of(
            new DemoLane("Transpacific port to door", PlanTemplate.FCL_IMPORT_PORT_TO_DOOR, 26, "Transpacific Imports",
                    null, ASIA_ORIGINS, List.of("USLGB", "USLGB", "USLAX", "USLAX", "USOAK", "USSEA"),
                    TRANSPACIFIC_CARRIERS),
            new DemoLane("Transpacific rail to inland door", PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR, 14,
                    "Transpacific Imports", null, ASIA_ORIGINS, List.of("USCHI", "USCHI", "USMEM", "USDAL", "USKCK"),
                    TRANSPACIFIC_CARRIERS),
            new DemoLane("US East exports to Asia", PlanTemplate.FCL_EXPORT_DOOR_TO_PORT, 6, "US Exports", null,
                    List.of("CNSHA", "CNSHA", "KRPUS", "VNSGN", "JPYOK", "CNTAO"), List.of("USSAV", "USNYC"),
                    ALL_WATER_CARRIERS),
            new DemoLane("LCL consolidation", PlanTemplate.LCL_VIA_CFS, 10, "Asia Consolidation",
                    DemoCatalog.ASIA, List.of("CNSHA", "CNSHA", "CNYTN", "CNYTN", "CNNGB", "VNSGN"),
                    List.of("USLAX", "USLAX", "USLGB", "USNYC", "NLRTM", "DEHAM"), EUROPE_CARRIERS),
            new DemoLane("Air door to door", PlanTemplate.AIR_DOOR_TO_DOOR, 12, "Air Desk", null,
                    List.of("CNPVG", "CNPVG", "HKHKG", "HKHKG", "KRICN"), List.of("USORD", "USLAX", "USJFK", "DEFRA",
                    "NLAMS"), List.of()),
            new DemoLane("Asia to US East and Gulf via Panama", PlanTemplate.FCL_IMPORT_PORT_TO_DOOR, 10,
                    "East Coast Imports", null, List.of("CNYTN", "CNYTN", "CNSHA", "CNSHA", "CNNGB", "VNSGN", "KRPUS"),
                    List.of("USNYC", "USNYC", "USSAV", "USSAV", "USHOU"), ALL_WATER_CARRIERS),
            new DemoLane("Asia to US East with rail", PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR, 4, "East Coast Imports",
                    null, List.of("CNYTN", "CNSHA", "CNNGB", "VNSGN"), List.of("USATL", "USCMH"), ALL_WATER_CARRIERS),
            new DemoLane("Asia to North Europe", PlanTemplate.FCL_IMPORT_PORT_TO_DOOR, 12, "Europe Imports", null,
                    List.of("CNSHA", "CNSHA", "CNSHA", "CNNGB", "CNNGB", "CNYTN", "CNYTN", "SGSIN", "VNSGN", "THLCH"),
                    List.of("NLRTM", "NLRTM", "DEHAM", "DEHAM", "BEANR", "GBFXT"), EUROPE_CARRIERS),
            new DemoLane("North Europe exports to Asia", PlanTemplate.FCL_EXPORT_DOOR_TO_PORT, 6, "Europe Exports",
                    null, List.of("CNSHA", "CNSHA", "SGSIN", "KRPUS", "CNTAO", "CNNGB"),
                    List.of("DEHAM", "NLRTM", "BEANR"), EUROPE_CARRIERS));

    private static final int TOTAL_WEIGHT = ALL.stream().mapToInt(DemoLane::weight).sum();

    static DemoLane pick(Random random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (DemoLane lane : ALL) {
            ticket -= lane.weight;
            if (ticket < 0) {
                return lane;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    boolean isExport() {
        return template == PlanTemplate.FCL_EXPORT_DOOR_TO_PORT;
    }
}
