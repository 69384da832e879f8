package org.harbormaster.server.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Address;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Vendor;

/**
 * The cast of the demo: real carriers (SCACs from the carriers list, IATA codes and air waybill
 * prefixes), invented but plausible customers, suppliers, truckers and vessels, and the ports, ramps and
 * airports between them. Every code here must exist in the UN/LOCODE list; the test parses them all.
 */
final class DemoCatalog {

    private DemoCatalog() {
    }

    private static final Map<String, UnLocode> LOCODES = new ConcurrentHashMap<>();

    static UnLocode locode(String code) {
        return LOCODES.computeIfAbsent(code, UnLocode::of);
    }

    // ---------------------------------------------------------------- ocean carriers and their fleets

    record Vessel(String name, ImoNumber imo) {

        /** An IMO number is seven digits whose last is a check over the first six. */
        static Vessel of(String name, String firstSixDigits) {
            return new Vessel(name, ImoNumber.of(firstSixDigits + ImoNumber.checkDigit(firstSixDigits)));
        }
    }

    /**
     * @param onTimeShare share of arrivals within a day of schedule; carriers spread from about 47 % to
     *                    77 % in Sea-Intelligence's Global Liner Performance figures
     */
    record OceanCarrier(String scac, String name, double onTimeShare, List<String> boxOwnerCodes,
                        List<Vessel> fleet) {

        Vendor vendor() {
            return new Vendor(scac, name);
        }
    }

    static final List<OceanCarrier> OCEAN_CARRIERS = List.of(
            new OceanCarrier("MAEU", "Maersk", 0.74, List.of("MSKU", "MRKU", "MRSU"), List.of(
                    Vessel.of("MAERSK HALDEN", "937412"), Vessel.of("MAERSK KOLDING", "951208"),
                    Vessel.of("MAERSK SKAGEN", "946633"), Vessel.of("MAERSK VEJLE", "932871"),
                    Vessel.of("MAERSK AALBORG", "958140"))),
            new OceanCarrier("MSCU", "Mediterranean Shipping Company", 0.55, List.of("MSCU", "MEDU", "MSDU"), List.of(
                    Vessel.of("MSC ELODIE", "939027"), Vessel.of("MSC FEDERICA", "944785"),
                    Vessel.of("MSC LUCIANA", "952316"), Vessel.of("MSC MARIELLA", "961482"),
                    Vessel.of("MSC VALENTINA R", "935590"))),
            new OceanCarrier("CMDU", "CMA CGM", 0.52, List.of("CMAU", "ECMU", "CGMU"), List.of(
                    Vessel.of("CMA CGM ORINOCO", "945318"), Vessel.of("CMA CGM RHONE", "938206"),
                    Vessel.of("CMA CGM TAGE", "950771"), Vessel.of("CMA CGM VOLTAIRE", "962054"))),
            new OceanCarrier("COSU", "COSCO Shipping Lines", 0.56, List.of("CSNU", "CBHU", "CCLU"), List.of(
                    Vessel.of("COSCO SHIPPING ORCHID", "947815"), Vessel.of("COSCO SHIPPING LOTUS", "953390"),
                    Vessel.of("COSCO SHIPPING PEONY", "936642"), Vessel.of("COSCO SHIPPING CAMELLIA", "960718"))),
            new OceanCarrier("HLCU", "Hapag-Lloyd", 0.72, List.of("HLXU", "HLBU", "UACU"), List.of(
                    Vessel.of("LEIPZIG EXPRESS", "941563"), Vessel.of("KOBLENZ EXPRESS", "949027"),
                    Vessel.of("DRESDEN EXPRESS", "955284"), Vessel.of("ROSTOCK EXPRESS", "933719"))),
            new OceanCarrier("ONEY", "Ocean Network Express", 0.53, List.of("ONEU", "NYKU", "KKFU"), List.of(
                    Vessel.of("ONE HARMONY", "948051"), Vessel.of("ONE FIDELITY", "957326"),
                    Vessel.of("ONE INTEGRITY", "942290"), Vessel.of("ONE RESOLVE", "963107"))),
            new OceanCarrier("EGLV", "Evergreen Line", 0.55, List.of("EGHU", "EISU", "EMCU"), List.of(
                    Vessel.of("EVER LEGEND", "940386"), Vessel.of("EVER MAJESTY", "954479"),
                    Vessel.of("EVER SUMMIT", "936918"), Vessel.of("EVER VALOR", "959842"))),
            new OceanCarrier("YMLU", "Yang Ming", 0.48, List.of("YMLU", "YMMU"), List.of(
                    Vessel.of("YM WELLSPRING", "943625"), Vessel.of("YM TRIUMPH", "951773"),
                    Vessel.of("YM CONTINUITY", "938560"))),
            new OceanCarrier("ZIMU", "ZIM", 0.47, List.of("ZIMU", "ZCSU"), List.of(
                    Vessel.of("ZIM SAPPHIRE", "946207"), Vessel.of("ZIM TOPAZ", "955931"),
                    Vessel.of("ZIM CORAL", "934148"))),
            new OceanCarrier("HDMU", "HMM", 0.50, List.of("HDMU", "KOCU"), List.of(
                    Vessel.of("HMM GARNET", "949460"), Vessel.of("HMM PROMISE", "957805"),
                    Vessel.of("HMM BLESSING", "941937"))),
            new OceanCarrier("OOLU", "OOCL", 0.57, List.of("OOLU", "OOCU"), List.of(
                    Vessel.of("OOCL GENOA", "944012"), Vessel.of("OOCL VALENCIA", "952689"),
                    Vessel.of("OOCL CHONGQING", "937554"))),
            new OceanCarrier("MATS", "Matson", 0.77, List.of("MATU"), List.of(
                    Vessel.of("MAUNALEI", "932240"), Vessel.of("MANUKAI", "935081"),
                    Vessel.of("MANULANI", "937316"))));

    static OceanCarrier oceanCarrier(String scac) {
        return OCEAN_CARRIERS.stream().filter(c -> c.scac().equals(scac)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo carrier " + scac));
    }

    // ---------------------------------------------------------------- airlines

    /**
     * @param awbPrefix the airline's three-digit air waybill prefix
     * @param hub       where its connecting flights change aircraft, null when it flies the lane direct
     */
    record Airline(String iata, String name, String awbPrefix, String hub, int firstFlightNumber) {

        Vendor vendor() {
            return new Vendor(iata, name);
        }
    }

    static final Airline KOREAN_AIR = new Airline("KE", "Korean Air Cargo", "180", "KRICN", 9031);
    static final Airline CATHAY = new Airline("CX", "Cathay Cargo", "160", "HKHKG", 84);
    static final Airline LUFTHANSA = new Airline("LH", "Lufthansa Cargo", "020", null, 8407);
    static final Airline QATAR = new Airline("QR", "Qatar Airways Cargo", "157", "QADOH", 8851);
    static final Airline EMIRATES = new Airline("EK", "Emirates SkyCargo", "176", "AEDXB", 9385);
    static final Airline CHINA_SOUTHERN = new Airline("CZ", "China Southern Cargo", "784", null, 471);
    static final Airline CHINA_CARGO = new Airline("CK", "China Cargo Airlines", "112", null, 221);
    static final Airline ASIANA = new Airline("OZ", "Asiana Cargo", "988", null, 285);

    /** Who flies a lane, direct or over its hub; a lane can be flown by several airlines. */
    static List<Airline> airlinesFor(String origin, String destination) {
        boolean toEurope = destination.startsWith("DE") || destination.startsWith("NL");
        return switch (origin) {
            case "CNPVG" -> toEurope
                    ? (destination.equals("DEFRA") ? List.of(LUFTHANSA, CHINA_CARGO, QATAR, EMIRATES)
                                                   : List.of(CHINA_SOUTHERN, QATAR, EMIRATES))
                    : (destination.equals("USLAX") ? List.of(CHINA_CARGO, CHINA_SOUTHERN, KOREAN_AIR)
                                                   : List.of(CHINA_CARGO, KOREAN_AIR, CATHAY));
            case "HKHKG" -> toEurope ? List.of(CATHAY, CATHAY, EMIRATES, QATAR) : List.of(CATHAY, CATHAY, KOREAN_AIR);
            case "KRICN" -> destination.equals("DEFRA") ? List.of(KOREAN_AIR, LUFTHANSA, ASIANA)
                                                       : List.of(KOREAN_AIR, KOREAN_AIR, ASIANA);
            default -> throw new IllegalArgumentException("no demo airline from " + origin);
        };
    }

    static final List<String> AIR_ORIGINS = List.of("CNPVG", "HKHKG", "KRICN");
    static final List<String> AIR_DESTINATIONS = List.of("USORD", "USLAX", "USJFK", "DEFRA", "NLAMS");

    // ---------------------------------------------------------------- railroads and inland ramps

    static final Vendor UNION_PACIFIC = new Vendor("UPRR", "Union Pacific Railroad");
    static final Vendor BNSF = new Vendor("BNSF", "BNSF Railway");
    static final Vendor CANADIAN_NATIONAL = new Vendor("CN", "CN (Canadian National Railway)");
    static final Vendor CSX = new Vendor("CSXT", "CSX Transportation");
    static final Vendor NORFOLK_SOUTHERN = new Vendor("NS", "Norfolk Southern Railway");

    /** Which inland ramps each port of discharge feeds by rail, and the railroads that run the trains. */
    record RailRoute(String port, String ramp, List<Vendor> railroads) {
    }

    static final List<RailRoute> RAIL_ROUTES = List.of(
            new RailRoute("USLGB", "USCHI", List.of(UNION_PACIFIC, BNSF)),
            new RailRoute("USLAX", "USCHI", List.of(UNION_PACIFIC, BNSF)),
            new RailRoute("USLGB", "USMEM", List.of(BNSF, UNION_PACIFIC)),
            new RailRoute("USLAX", "USDAL", List.of(UNION_PACIFIC, BNSF)),
            new RailRoute("USLGB", "USDAL", List.of(BNSF, UNION_PACIFIC)),
            new RailRoute("USLAX", "USKCK", List.of(BNSF, UNION_PACIFIC)),
            new RailRoute("USSEA", "USCHI", List.of(BNSF, UNION_PACIFIC)),
            new RailRoute("CAPRR", "USCHI", List.of(CANADIAN_NATIONAL)),
            new RailRoute("CAPRR", "USMEM", List.of(CANADIAN_NATIONAL)),
            new RailRoute("USSAV", "USATL", List.of(NORFOLK_SOUTHERN, CSX)),
            new RailRoute("USNYC", "USCMH", List.of(NORFOLK_SOUTHERN, CSX)));

    // ---------------------------------------------------------------- truckers, by the gateway they serve

    private static Vendor trucker(String code, String name) {
        return new Vendor(code, name);
    }

    private static final Map<String, List<Vendor>> TRUCKERS = Map.ofEntries(
            Map.entry("USLGB", List.of(trucker("HLDY", "Harbor Link Drayage"), trucker("SCIX", "SoCal Intermodal Express"))),
            Map.entry("USLAX", List.of(trucker("SCIX", "SoCal Intermodal Express"), trucker("HLDY", "Harbor Link Drayage"),
                    trucker("LAXF", "Century Airfreight Trucking"))),
            Map.entry("USOAK", List.of(trucker("BBTK", "Bay Bridge Trucking"))),
            Map.entry("USSEA", List.of(trucker("CPCT", "Cascade Port Cartage"))),
            Map.entry("USCHI", List.of(trucker("WCDY", "Windy City Drayage"), trucker("MWXP", "Midway Express Cartage"))),
            Map.entry("USORD", List.of(trucker("OHTK", "O'Hare Cargo Trucking"), trucker("MWXP", "Midway Express Cartage"))),
            Map.entry("USMEM", List.of(trucker("BCCT", "Bluff City Cartage"))),
            Map.entry("USDAL", List.of(trucker("LSIM", "Lone Star Intermodal"))),
            Map.entry("USKCK", List.of(trucker("HLDR", "Heartland Dray"))),
            Map.entry("USNYC", List.of(trucker("GSCL", "Garden State Container Lines"), trucker("PNDX", "Port Newark Dray Express"))),
            Map.entry("USJFK", List.of(trucker("JAMX", "Jamaica Bay Air Cartage"))),
            Map.entry("USSAV", List.of(trucker("CETK", "Coastal Empire Trucking"), trucker("GPDY", "Garden City Port Drayage"))),
            Map.entry("USHOU", List.of(trucker("BYCD", "Bayou City Drayage"))),
            Map.entry("USATL", List.of(trucker("PSHL", "Peach State Haulers"))),
            Map.entry("USCMH", List.of(trucker("BKIM", "Buckeye Intermodal"))),
            Map.entry("NLRTM", List.of(trucker("MVLT", "Maasvlakte Transport B.V."))),
            Map.entry("NLAMS", List.of(trucker("SPLT", "Schiphol Luchtvracht Transport B.V."))),
            Map.entry("DEHAM", List.of(trucker("ECLG", "Elbe Container Logistik GmbH"))),
            Map.entry("DEFRA", List.of(trucker("RMLG", "Rhein-Main Luftfracht Logistik GmbH"))),
            Map.entry("BEANR", List.of(trucker("SCHT", "Schelde Trucking NV"))),
            Map.entry("GBFXT", List.of(trucker("ORWH", "Orwell Haulage Ltd"))),
            Map.entry("CNSHA", List.of(trucker("HPFT", "Shanghai Huangpu Freight Co."))),
            Map.entry("CNPVG", List.of(trucker("HPFT", "Shanghai Huangpu Freight Co."))),
            Map.entry("CNNGB", List.of(trucker("YJTK", "Ningbo Yongjiang Trucking Co."))),
            Map.entry("CNYTN", List.of(trucker("PRLG", "Shenzhen Pearl River Logistics"))),
            Map.entry("HKHKG", List.of(trucker("VHTP", "Victoria Harbour Transport Ltd"))),
            Map.entry("VNSGN", List.of(trucker("MKTP", "Mekong Transport JSC"))),
            Map.entry("KRPUS", List.of(trucker("HBLG", "Hanbit Logistics Co."))),
            Map.entry("KRICN", List.of(trucker("HBLG", "Hanbit Logistics Co."))));

    static List<Vendor> truckersAt(String gateway) {
        List<Vendor> truckers = TRUCKERS.get(gateway);
        if (truckers == null) {
            throw new IllegalArgumentException("no demo trucker at " + gateway);
        }
        return truckers;
    }

    // ---------------------------------------------------------------- companies and their sites

    /** A warehouse, factory or office: its address, and the ports, ramps or airports it is served from. */
    record Site(String region, String street, String city, String postalCode, String countryCode, String locode,
                List<String> gateways) {

        Address address() {
            return new Address(street, city, postalCode, countryCode);
        }

        Location door(String facility) {
            return new Location(DemoCatalog.locode(locode), facility);
        }

        boolean servedFrom(String gateway) {
            return gateways.contains(gateway);
        }
    }

    /**
     * A customer (with an account code) or a counterparty of one (supplier or buyer, without).
     *
     * @param goods what it ships, for the cargo description
     */
    record Company(String code, String name, String goods, boolean reefer, List<Site> sites) {
    }

    private static Site site(String region, String street, String city, String postal, String country, String locode,
                             String... gateways) {
        return new Site(region, street, city, postal, country, locode, List.of(gateways));
    }

    private static Company customer(String code, String name, String goods, Site... sites) {
        return new Company(code, name, goods, false, List.of(sites));
    }

    private static Company reeferCustomer(String code, String name, String goods, Site... sites) {
        return new Company(code, name, goods, true, List.of(sites));
    }

    private static Company counterparty(String name, String goods, Site site) {
        return new Company(null, name, goods, false, List.of(site));
    }

    static final String US_WEST = "US-WEST";
    static final String US_CENTRAL = "US-CENTRAL";
    static final String US_EAST = "US-EAST";
    static final String EU_NORTH = "EU-NORTH";
    static final String ASIA = "ASIA";

    /** Customers who buy abroad: the consignees of imports, LCL and air. */
    static final List<Company> IMPORTERS = List.of(
            customer("ACME01", "Acme Home Goods Inc.", "Household goods",
                    site(US_WEST, "4100 E Mission Blvd", "Ontario", "91761", "US", "USONT", "USLGB", "USLAX"),
                    site(US_CENTRAL, "2450 Channahon Rd", "Joliet", "60436", "US", "USJOT", "USCHI", "USORD")),
            customer("PINE01", "Pinewood Outdoor Co.", "Camping equipment",
                    site(US_WEST, "22010 84th Ave S", "Kent", "98032", "US", "USKET", "USSEA")),
            customer("BAYL01", "Bayline Cycles LLC", "Bicycles and parts",
                    site(US_WEST, "1850 W Grant Line Rd", "Tracy", "95304", "US", "USTRC", "USOAK")),
            customer("SUNR01", "Sunrise Apparel Group", "Garments",
                    site(US_WEST, "19500 S Normandie Ave", "Torrance", "90502", "US", "USTOA", "USLAX", "USLGB")),
            reeferCustomer("FRES01", "FreshCoast Seafood Imports", "Frozen seafood",
                    site(US_WEST, "2300 E Dominguez St", "Carson", "90810", "US", "USCRU", "USLGB", "USLAX")),
            customer("SOCA01", "SoCal Drone Works", "Drones and electronic components",
                    site(US_WEST, "1450 W Valley Blvd", "Rialto", "92376", "US", "USRLO", "USLAX")),
            customer("LAKE01", "Lakeshore Furniture Co.", "Furniture",
                    site(US_CENTRAL, "1100 Busse Rd", "Elk Grove Village", "60007", "US", "USEVI", "USCHI", "USORD")),
            customer("NOVA01", "Nova Medical Devices", "Medical devices",
                    site(US_CENTRAL, "900 N Arlington Heights Rd", "Itasca", "60143", "US", "USITS", "USORD")),
            customer("RIVE01", "Riverbend Appliances", "Kitchen appliances",
                    site(US_CENTRAL, "4750 Tchulahoma Rd", "Memphis", "38118", "US", "USMEM", "USMEM"),
                    site(US_CENTRAL, "8800 Hamilton Rd", "Southaven", "38671", "US", "USSVQ", "USMEM")),
            customer("LONE01", "Lone Star Tools Supply", "Hand and power tools",
                    site(US_CENTRAL, "3301 Irving Blvd", "Dallas", "75247", "US", "USDAL", "USDAL"),
                    site(US_CENTRAL, "9200 Market St", "Houston", "77029", "US", "USHOU", "USHOU")),
            customer("PRAI01", "Prairie Pet Supply", "Pet supplies",
                    site(US_CENTRAL, "15700 W 108th St", "Lenexa", "66219", "US", "USLXA", "USKCK")),
            customer("GULF01", "Gulfside Home Improvement", "Tiles and fixtures",
                    site(US_CENTRAL, "12000 Port Rd", "Houston", "77034", "US", "USHOU", "USHOU")),
            customer("HUDS01", "Hudson Toy Company", "Toys and games",
                    site(US_EAST, "300 Raritan Center Pkwy", "Edison", "08837", "US", "USEDN", "USNYC", "USJFK")),
            customer("GOTH01", "Gotham Electronics Distribution", "Consumer electronics",
                    site(US_EAST, "500 Meadowlands Pkwy", "Secaucus", "07094", "US", "USUYK", "USNYC", "USJFK")),
            customer("PEAC01", "Peachtree Flooring Inc.", "Vinyl flooring",
                    site(US_EAST, "5300 Fulton Industrial Blvd SW", "Atlanta", "30336", "US", "USATL", "USATL"),
                    site(US_EAST, "1000 Pooler Pkwy", "Pooler", "31322", "US", "USPOZ", "USSAV")),
            customer("COAS01", "Coastal Kitchenware", "Kitchenware",
                    site(US_EAST, "200 Jimmy Deloach Pkwy", "Savannah", "31407", "US", "USSAV", "USSAV")),
            customer("BUCK01", "Buckeye Auto Parts", "Automotive parts",
                    site(US_CENTRAL, "3900 Groves Rd", "Columbus", "43232", "US", "USCMH", "USCMH")),
            customer("NORD01", "Nordhaven Retail B.V.", "Home furnishings",
                    site(EU_NORTH, "Distributieweg 12", "Tilburg", "5048 AB", "NL", "NLTLB", "NLRTM", "NLAMS"),
                    site(EU_NORTH, "Celsiusweg 40", "Venlo", "5928 PR", "NL", "NLVEN", "NLRTM")),
            customer("HANS01", "Hanse Sportartikel GmbH", "Sporting goods",
                    site(EU_NORTH, "Billbrookdeich 210", "Hamburg", "22113", "DE", "DEHAM", "DEHAM")),
            customer("FLAN01", "Flanders Home NV", "Lighting and decor",
                    site(EU_NORTH, "Noorderlaan 120", "Antwerpen", "2030", "BE", "BEANR", "BEANR"),
                    site(EU_NORTH, "Industrieweg 8", "Mechelen", "2800", "BE", "BEECH", "BEANR")),
            customer("THAM01", "Thames Gadgets Ltd", "Small electronics",
                    site(EU_NORTH, "5 Crane Boulevard", "Ipswich", "IP3 9SP", "GB", "GBIPS", "GBFXT")),
            customer("RHEI01", "Rheinland Elektro GmbH", "Electrical components",
                    site(EU_NORTH, "Hafenstrasse 31", "Duisburg", "47119", "DE", "DEDUI", "NLRTM", "DEHAM", "DEFRA")),
            customer("MAIN01", "Mainfeld Pharma GmbH", "Pharmaceutical supplies",
                    site(EU_NORTH, "Strahlenbergerstrasse 60", "Offenbach", "63067", "DE", "DEOFF", "DEFRA")));

    /** Customers who sell abroad: the shippers of exports. */
    static final List<Company> EXPORTERS = List.of(
            customer("MAGN01", "Magnolia Cotton Exporters", "Raw cotton bales",
                    site(US_EAST, "1500 Marvin Griffin Rd", "Augusta", "30906", "US", "USAGS", "USSAV")),
            customer("KEYS01", "Keystone Paper & Pulp", "Kraft paper rolls",
                    site(US_EAST, "7200 Industrial Blvd", "Allentown", "18106", "US", "USAWN", "USNYC")),
            reeferCustomer("CARO01", "Carolina Frozen Foods", "Frozen poultry",
                    site(US_EAST, "4600 Westinghouse Blvd", "Charlotte", "28273", "US", "USCLT", "USSAV")),
            customer("SCHW01", "Schwaben Maschinenbau GmbH", "Machine parts",
                    site(EU_NORTH, "Industriestrasse 14", "Stuttgart", "70565", "DE", "DESTR", "DEHAM", "NLRTM", "BEANR")),
            customer("BAVA01", "Bavaria Brauerei Export GmbH", "Beer in kegs and bottles",
                    site(EU_NORTH, "Lerchenauer Strasse 90", "Munchen", "80809", "DE", "DEMUC", "DEHAM")),
            reeferCustomer("HOLL01", "Holland Dairy Export B.V.", "Cheese and butter",
                    site(EU_NORTH, "Zuivelweg 3", "Leeuwarden", "8938 AB", "NL", "NLLWR", "NLRTM")));

    /** Factories and traders in Asia who ship to our importers. */
    static final List<Company> SUPPLIERS = List.of(
            counterparty("Shenzhen Brightway Electronics Co., Ltd.", "electronics",
                    site(ASIA, "18 Keji South Road, Nanshan", "Shenzhen", "518057", "CN", "CNSNZ", "CNYTN", "HKHKG")),
            counterparty("Dongguan Evergrand Furniture Co., Ltd.", "furniture",
                    site(ASIA, "66 Houjie Avenue", "Dongguan", "523960", "CN", "CNDGG", "CNYTN")),
            counterparty("Ningbo Harmony Housewares Co., Ltd.", "housewares",
                    site(ASIA, "399 Yinxian Avenue", "Ningbo", "315100", "CN", "CNNBO", "CNNGB")),
            counterparty("Yiwu Sunshine Toys Co., Ltd.", "toys",
                    site(ASIA, "1 Futian Road", "Yiwu", "322000", "CN", "CNYIU", "CNNGB", "CNSHA")),
            counterparty("Shanghai Golden Thread Garments Co., Ltd.", "garments",
                    site(ASIA, "1288 Jiangchang West Road", "Shanghai", "200436", "CN", "CNSGH", "CNSHA", "CNPVG")),
            counterparty("Suzhou Clearview Optics Co., Ltd.", "optics",
                    site(ASIA, "88 Suhong Road, SIP", "Suzhou", "215021", "CN", "CNSZH", "CNSHA", "CNPVG")),
            counterparty("Kunshan Microlink Components Co., Ltd.", "components",
                    site(ASIA, "500 Qianjin East Road", "Kunshan", "215300", "CN", "CNKUS", "CNSHA", "CNPVG")),
            counterparty("Xiamen Stonecraft Co., Ltd.", "stone tiles",
                    site(ASIA, "25 Haicang Avenue", "Xiamen", "361026", "CN", "CNXAM", "CNXMN")),
            counterparty("Dalian Northstar Machinery Co., Ltd.", "machinery",
                    site(ASIA, "9 Jinma Road, DDA", "Dalian", "116600", "CN", "CNDAL", "CNDLC")),
            counterparty("Saigon Textile Garment JSC", "garments",
                    site(ASIA, "120 Tan Thuan Export Processing Zone", "Ho Chi Minh City", "700000", "VN", "VNSGN", "VNSGN")),
            counterparty("Binh Duong Woodcraft Co., Ltd.", "wooden furniture",
                    site(ASIA, "VSIP II, Road 7", "Binh Duong", "820000", "VN", "VNBDU", "VNSGN")),
            counterparty("Busan Precision Parts Co., Ltd.", "precision parts",
                    site(ASIA, "45 Noksansaneop-ro", "Busan", "46752", "KR", "KRPUS", "KRPUS")),
            counterparty("Hanbit Semicon Co., Ltd.", "semiconductors",
                    site(ASIA, "77 Digital-ro, Guro-gu", "Seoul", "08389", "KR", "KRSEL", "KRICN", "KRPUS")),
            counterparty("Changwon Heavy Fittings Co., Ltd.", "pipe fittings",
                    site(ASIA, "12 Woni-daero", "Changwon", "51547", "KR", "KRCHW", "KRPUS")),
            counterparty("Lion City Components Pte Ltd", "components",
                    site(ASIA, "21 Tuas Avenue 3", "Singapore", "639418", "SG", "SGSIN", "SGSIN")),
            counterparty("Siam Rubber Products Co., Ltd.", "rubber products",
                    site(ASIA, "89 Moo 3, Thung Sukhla", "Laem Chabang", "20230", "TH", "THLCH", "THLCH")),
            counterparty("Kowloon Bay Trading Ltd", "electronics",
                    site(ASIA, "9 Wang Kwong Road, Kowloon Bay", "Kowloon", null, "HK", "HKKWN", "HKHKG")));

    /** Buyers in Asia of our exporters' goods. */
    static final List<Company> BUYERS = List.of(
            counterparty("Shanghai Jade Pacific Trading Co., Ltd.", "",
                    site(ASIA, "1000 Lujiazui Ring Road", "Shanghai", "200120", "CN", "CNSGH", "CNSHA")),
            counterparty("Ningbo Eastport Machinery Import Co., Ltd.", "",
                    site(ASIA, "18 Mingzhou Road", "Ningbo", "315800", "CN", "CNNBO", "CNNGB")),
            counterparty("Qingdao Blue Ocean Foods Co., Ltd.", "",
                    site(ASIA, "6 Qianwangang Road", "Qingdao", "266555", "CN", "CNQIN", "CNTAO")),
            counterparty("Hanil Paper Co., Ltd.", "",
                    site(ASIA, "33 Sinhang-ro", "Busan", "46762", "KR", "KRPUS", "KRPUS")),
            counterparty("Saigon Packaging JSC", "",
                    site(ASIA, "14 Nguyen Van Linh", "Ho Chi Minh City", "700000", "VN", "VNSGN", "VNSGN")),
            counterparty("Yokohama Kogyo K.K.", "",
                    site(ASIA, "2-1 Daikoku-futo, Tsurumi-ku", "Yokohama", "230-0054", "JP", "JPYOK", "JPYOK")),
            counterparty("Straits Cold Chain Pte Ltd", "",
                    site(ASIA, "3 Jurong Port Road", "Singapore", "619089", "SG", "SGSIN", "SGSIN")));

    // ---------------------------------------------------------------- ports and transit times

    /** Which coast or range a port belongs to, for the transit table. */
    private static final Map<String, String> RANGE = Map.ofEntries(
            Map.entry("CNSHA", "CN-N"), Map.entry("CNNGB", "CN-N"), Map.entry("CNTAO", "CN-N"),
            Map.entry("CNDLC", "CN-N"), Map.entry("CNYTN", "CN-S"), Map.entry("CNXMN", "CN-S"),
            Map.entry("VNSGN", "VN"), Map.entry("THLCH", "TH"), Map.entry("KRPUS", "KR"), Map.entry("SGSIN", "SG"),
            Map.entry("JPYOK", "JP"), Map.entry("USLGB", "US-SW"), Map.entry("USLAX", "US-SW"),
            Map.entry("USOAK", "US-SW"), Map.entry("USSEA", "US-NW"), Map.entry("CAPRR", "US-NW"),
            Map.entry("USNYC", "US-E"), Map.entry("USSAV", "US-E"), Map.entry("USHOU", "US-G"),
            Map.entry("NLRTM", "EU"), Map.entry("DEHAM", "EU"), Map.entry("BEANR", "EU"), Map.entry("GBFXT", "EU"));

    /**
     * Direct port-to-port days by range, from the calibration figures: China to LA/LB 14 to 18, South China
     * and Vietnam a few more; Asia to New York, Savannah and Houston via Panama 28 to 40; Asia to North
     * Europe 28 to 35 through Suez, some ten more round the Cape as most services sail today.
     */
    private static final Map<String, Integer> TRANSIT_DAYS = Map.ofEntries(
            Map.entry("CN-N>US-SW", 15), Map.entry("CN-N>US-NW", 13), Map.entry("CN-N>US-E", 34),
            Map.entry("CN-N>US-G", 33), Map.entry("CN-N>EU", 38),
            Map.entry("CN-S>US-SW", 17), Map.entry("CN-S>US-NW", 16), Map.entry("CN-S>US-E", 32),
            Map.entry("CN-S>US-G", 32), Map.entry("CN-S>EU", 36),
            Map.entry("VN>US-SW", 19), Map.entry("VN>US-NW", 18), Map.entry("VN>US-E", 30),
            Map.entry("VN>US-G", 33), Map.entry("VN>EU", 33),
            Map.entry("KR>US-SW", 12), Map.entry("KR>US-NW", 10), Map.entry("KR>US-E", 30), Map.entry("KR>US-G", 31),
            Map.entry("SG>EU", 29), Map.entry("TH>EU", 31),
            Map.entry("US-E>CN-N", 34), Map.entry("US-E>KR", 31), Map.entry("US-E>VN", 33), Map.entry("US-E>JP", 29),
            Map.entry("EU>CN-N", 40), Map.entry("EU>KR", 42), Map.entry("EU>SG", 30));

    static int transitDays(String from, String to) {
        Integer days = TRANSIT_DAYS.get(RANGE.get(from) + ">" + RANGE.get(to));
        if (days == null) {
            throw new IllegalArgumentException("no demo transit time " + from + " to " + to);
        }
        // Oakland comes after LA/LB on most loops, Dalian feeds over a hub
        return days + (to.equals("USOAK") ? 2 : 0) + (from.equals("CNDLC") ? 2 : 0);
    }

    static String range(String port) {
        return RANGE.get(port);
    }

    static boolean isEuropean(String locode) {
        return Set.of("NL", "DE", "BE", "GB").contains(locode.substring(0, 2));
    }

    /** Every UN/LOCODE the demo uses, so a test can check they all exist. */
    static Set<String> allLocodes() {
        Set<String> codes = new TreeSet<>(RANGE.keySet());
        codes.addAll(TRUCKERS.keySet());
        codes.addAll(AIR_ORIGINS);
        codes.addAll(AIR_DESTINATIONS);
        codes.addAll(List.of("KRICN", "HKHKG", "QADOH", "AEDXB", "LKCMB", "SGSIN", "CNTAO", "KRPUS"));
        RAIL_ROUTES.forEach(r -> {
            codes.add(r.port());
            codes.add(r.ramp());
        });
        for (List<Company> companies : List.of(IMPORTERS, EXPORTERS, SUPPLIERS, BUYERS)) {
            for (Company company : companies) {
                for (Site site : company.sites()) {
                    codes.add(site.locode());
                    codes.addAll(site.gateways());
                }
            }
        }
        return codes;
    }
}
