package org.harbormaster.kpi;

/**
 * What a fact is about, as far as KPIs break it down: the shipment's region, lane, carrier and customer, the
 * vendor of the leg concerned, and the source (format/sender) of a report. Unknown parts read {@value #NONE}.
 */
public record Subject(String region, String origin, String destination, String carrier, String vendor,
                      String customer, String source) {

    public static final String NONE = "(none)";

    public Subject {
        region = known(region);
        origin = known(origin);
        destination = known(destination);
        carrier = known(carrier);
        vendor = vendor == null || vendor.isBlank() ? carrier : vendor.strip();
        customer = known(customer);
        source = known(source);
    }

    /** A subject with only a source: a message or event that matched no shipment. */
    public static Subject ofSource(String source) {
        return new Subject(null, null, null, null, null, null, source);
    }

    public Subject withSource(String newSource) {
        return new Subject(region, origin, destination, carrier, vendor, customer, newSource);
    }

    /** The value of a dimension other than {@link Dimension#PERIOD}, which depends on the fact's date. */
    public String valueOf(Dimension dimension) {
        return switch (dimension) {
            case REGION -> region;
            case LANE -> origin + "-" + destination;
            case COUNTRY_LANE -> country(origin) + "-" + country(destination);
            case CARRIER -> carrier;
            case VENDOR -> vendor;
            case CUSTOMER -> customer;
            case SOURCE -> source;
            case PERIOD -> throw new IllegalArgumentException("the period is the fact's, not the subject's");
        };
    }

    private static String country(String locode) {
        return locode.equals(NONE) ? NONE : locode.substring(0, Math.min(2, locode.length()));
    }

    private static String known(String value) {
        return value == null || value.isBlank() ? NONE : value.strip();
    }
}
