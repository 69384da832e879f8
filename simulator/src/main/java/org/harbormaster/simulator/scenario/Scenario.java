package org.harbormaster.simulator.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A network and the ways of operating it, as read from a scenario file. Codes (UN/LOCODEs, SCACs, service
 * and vendor codes) are kept as written; {@link ScenarioFile} has checked that each one is valid and that
 * every cross-reference resolves before a scenario reaches the engine.
 *
 * @param policies the operating policies that can be tried, by name; {@code policy} names the default
 */
public record Scenario(String name, String description, LocalDate start, List<Carrier> carriers,
                       List<Service> services, List<Lane> lanes, List<Terminal> terminals,
                       List<CustomsRegime> customs, List<RailVendor> railVendors,
                       List<DrayageVendor> drayageVendors, List<CustomerProfile> customers,
                       Map<String, OperatingPolicy> policies, String policy, Operators operators,
                       Map<String, ReportingNoise> reportingNoise) {

    public Scenario {
        carriers = List.copyOf(carriers == null ? List.of() : carriers);
        services = List.copyOf(services == null ? List.of() : services);
        lanes = List.copyOf(lanes == null ? List.of() : lanes);
        terminals = List.copyOf(terminals == null ? List.of() : terminals);
        customs = List.copyOf(customs == null ? List.of() : customs);
        railVendors = List.copyOf(railVendors == null ? List.of() : railVendors);
        drayageVendors = List.copyOf(drayageVendors == null ? List.of() : drayageVendors);
        customers = List.copyOf(customers == null ? List.of() : customers);
        policies = policies == null ? Map.of() : Map.copyOf(policies);
        reportingNoise = reportingNoise == null ? Map.of() : Map.copyOf(reportingNoise);
    }

    public Optional<Carrier> carrier(String scac) {
        return carriers.stream().filter(c -> c.scac().equals(scac)).findFirst();
    }

    public Optional<Service> service(String code) {
        return services.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public Optional<Lane> lane(String code) {
        return lanes.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public Optional<Terminal> terminal(String port) {
        return terminals.stream().filter(t -> t.port().equals(port)).findFirst();
    }

    public Optional<CustomsRegime> customsOf(String country) {
        return customs.stream().filter(c -> c.country().equals(country)).findFirst();
    }

    public Optional<OperatingPolicy> policyNamed(String policyName) {
        return Optional.ofNullable(policies.get(policyName));
    }

    public OperatingPolicy defaultPolicy() {
        return policies.get(policy);
    }

    /**
     * The same network {@code factor} times as large: customers ship that much more, and the terminals'
     * appointments, the truckers' and railroads' daily capacity and the operations team grow alike, so that
     * the network is as busy as before (for the speed figures).
     */
    public Scenario withVolumeScaledBy(double factor) {
        List<CustomerProfile> scaled = customers.stream().map(c -> c.withVolumeScaledBy(factor)).toList();
        List<Terminal> bigger = terminals.stream().map(t -> new Terminal(t.port(), t.name(), t.truckDwell(),
                t.railDwell(), t.availableAfterHours(), t.freeTimeWorkingDays(), t.demurrage(), t.detentionFreeDays(),
                t.detentionUsdPerDay(), scale(t.appointmentsPerDay(), factor), t.congestion())).toList();
        List<RailVendor> railroads = railVendors.stream().map(r -> new RailVendor(r.code(), r.name(), r.from(), r.to(),
                r.transitDays(), r.onTimeShare(), r.lateDelayMeanDays(), scale(r.capacityPerDay(), factor),
                r.usdPerContainer(), r.reports())).toList();
        List<DrayageVendor> truckers = drayageVendors.stream().map(d -> new DrayageVendor(d.code(), d.name(),
                d.serves(), d.onTimeShare(), scale(d.capacityPerDay(), factor), d.usdPerMove(), d.reports())).toList();
        Operators team = operators == null ? null : operators.withStaff(scale(operators.staff(), factor));
        return new Scenario(name, description, start, carriers, services, lanes, bigger, customs, railroads,
                truckers, scaled, policies, policy, team, reportingNoise);
    }

    private static Integer scale(Integer value, double factor) {
        return value == null ? null : (int) Math.ceil(value * factor);
    }

    /** A carrier and how its vessels keep to schedule (Sea-Intelligence's on-time definition: within one day). */
    public record Carrier(String scac, String name, String reports, Double onTimeShare, Double lateDelayMeanDays,
                          Double rolloverRate, String containerPrefix) {
    }

    /** A weekly liner service: the day of the week it leaves its first port and the day of each later call. */
    public record Service(String code, String carrier, String departs, List<PortCall> calls, String vesselPrefix) {

        public Service {
            calls = List.copyOf(calls == null ? List.of() : calls);
        }
    }

    public record PortCall(String port, Integer day) {
    }

    /** How cargo goes from origin to destination port: one service, or several joined at hubs. */
    public record Lane(String code, String origin, String destination, List<String> via, List<String> services) {

        public Lane {
            via = List.copyOf(via == null ? List.of() : via);
            services = List.copyOf(services == null ? List.of() : services);
        }
    }

    /** How long import containers stay at a terminal before they leave, by truck or by rail. */
    public record Dwell(Double meanDays, Double shareOverFiveDays) {
    }

    public record RateTier(Integer fromDay, Integer usdPerDay) {
    }

    /**
     * A container terminal (or rail ramp) where imports are discharged, held, made available and picked up.
     *
     * @param freeTimeWorkingDays working days after discharge before demurrage starts
     * @param demurrage           tiers by calendar day counted from discharge (day 1 is the day of discharge)
     */
    public record Terminal(String port, String name, Dwell truckDwell, Dwell railDwell, Double availableAfterHours,
                           Integer freeTimeWorkingDays, List<RateTier> demurrage, Integer detentionFreeDays,
                           Integer detentionUsdPerDay, Integer appointmentsPerDay, List<Congestion> congestion) {

        public Terminal {
            demurrage = List.copyOf(demurrage == null ? List.of() : demurrage);
            congestion = List.copyOf(congestion == null ? List.of() : congestion);
        }

        /** The congestion in force on a day, if any. */
        public java.util.Optional<Congestion> congestionOn(LocalDate day) {
            return congestion.stream().filter(c -> !day.isBefore(c.from()) && !day.isAfter(c.to())).findFirst();
        }

        /** Pickup appointments on a day: fewer while the terminal is congested. */
        public int appointmentsOn(LocalDate day) {
            return congestionOn(day).map(c -> (int) Math.max(1, Math.floor(appointmentsPerDay * c.appointmentsShare())))
                    .orElse(appointmentsPerDay);
        }
    }

    /**
     * A period when a terminal is congested (a peak season, a labour dispute, a cyber attack): containers
     * discharged then wait {@code extraDwellDays} longer before they can leave, and only
     * {@code appointmentsShare} of the pickup appointments are offered.
     */
    public record Congestion(LocalDate from, LocalDate to, Double extraDwellDays, Double appointmentsShare) {
    }

    public record Exam(String type, Double share, Double minDays, Double maxDays) {
    }

    /** Customs of one country: how often an import is held for an exam, and how long exams take. */
    public record CustomsRegime(String country, Double holdRate, List<Exam> exams) {

        public CustomsRegime {
            exams = List.copyOf(exams == null ? List.of() : exams);
        }
    }

    /** A railroad's intermodal service from a port to an inland ramp. */
    public record RailVendor(String code, String name, String from, String to, Double transitDays,
                             Double onTimeShare, Double lateDelayMeanDays, Integer capacityPerDay,
                             Integer usdPerContainer, String reports) {
    }

    /** A trucker: where it picks up, how many moves a day it takes, how often it keeps its appointment. */
    public record DrayageVendor(String code, String name, List<String> serves, Double onTimeShare,
                                Integer capacityPerDay, Integer usdPerMove, String reports) {

        public DrayageVendor {
            serves = List.copyOf(serves == null ? List.of() : serves);
        }
    }

    public record LaneShare(String lane, Double share) {
    }

    /**
     * A customer: yearly volume, service tier, where its door is and whether its containers go there by
     * truck from the port or by rail to a ramp first; the promise is the planned delivery plus the tier's slack.
     */
    public record CustomerProfile(String code, String name, String tier, Double shipmentsPerYear,
                                  Integer maxContainersPerShipment, Integer promiseSlackDays, String door,
                                  String railRamp, List<LaneShare> lanes, List<Double> seasonality) {

        public CustomerProfile {
            lanes = List.copyOf(lanes == null ? List.of() : lanes);
            seasonality = List.copyOf(seasonality == null ? List.of() : seasonality);
        }

        CustomerProfile withVolumeScaledBy(double factor) {
            return new CustomerProfile(code, name, tier, shipmentsPerYear * factor, maxContainersPerShipment,
                    promiseSlackDays, door, railRamp, lanes, seasonality);
        }

        /** How busy the month is against the yearly average (1 without a seasonality). */
        public double seasonalFactor(java.time.Month month) {
            return seasonality.isEmpty() ? 1.0 : seasonality.get(month.getValue() - 1);
        }

        public double busiestFactor() {
            return seasonality.stream().mapToDouble(Double::doubleValue).max().orElse(1.0);
        }

        public boolean byRail() {
            return railRamp != null;
        }
    }

    /**
     * How the team operates.
     *
     * @param dispatch       {@code WHEN_CONSIGNEE_READY}: the trucker collects when the consignee can receive;
     *                       {@code ON_AVAILABILITY}: collects as soon as the container is available and keeps it
     *                       in its yard until the consignee is ready (a pre-pull)
     * @param drayageChoice  {@code CHEAPEST}, {@code MOST_RELIABLE} or {@code ROUND_ROBIN} among the truckers
     *                       serving the terminal
     * @param railChoice     the same, among railroads serving the ramp
     * @param lfdWarningDays how many days before the last free day an operator is asked to act
     * @param operatorStaff  the team's size under this policy; null keeps the scenario's {@code operators.staff}
     */
    public record OperatingPolicy(String dispatch, Integer yardStorageUsdPerDay, Integer prePullUsd,
                                  String drayageChoice, String railChoice, Double lfdWarningDays,
                                  Boolean expediteBeforeLastFreeDay, Boolean replanRolledContainers,
                                  Integer operatorStaff) {
    }

    /** The operations team working the exception queue. */
    public record Operators(Integer staff, Double handlingMinutes, Integer shiftStartHour, Integer shiftHours,
                            String zone, Double slaHours) {

        /** The same team with {@code newStaff} operators (null: unchanged). */
        public Operators withStaff(Integer newStaff) {
            return newStaff == null ? this : new Operators(newStaff, handlingMinutes, shiftStartHour, shiftHours, zone,
                    slaHours);
        }
    }

    /**
     * How a kind of sender reports: the share of milestones never reported, reported late (and by how much),
     * sent twice, or sent with wrong data (a corrected message follows for a share of those).
     */
    public record ReportingNoise(Double medianLagMinutes, Double missingShare, Double lateShare,
                                 Double lateHoursMean, Double duplicateShare, Double wrongDataShare,
                                 Double correctedShare) {
    }
}
