package org.harbormaster.simulator.scenario;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.simulator.engine.LogNormal;
import org.harbormaster.simulator.scenario.Scenario.Carrier;
import org.harbormaster.simulator.scenario.Scenario.CustomerProfile;
import org.harbormaster.simulator.scenario.Scenario.CustomsRegime;
import org.harbormaster.simulator.scenario.Scenario.DrayageVendor;
import org.harbormaster.simulator.scenario.Scenario.Lane;
import org.harbormaster.simulator.scenario.Scenario.RailVendor;
import org.harbormaster.simulator.scenario.Scenario.Service;
import org.harbormaster.simulator.scenario.Scenario.Terminal;

/**
 * Everything a scenario must satisfy before it runs, each rule reporting the field it is about: required
 * fields, shares between 0 and 1 that add up where they must, codes that exist (UN/LOCODE, SCAC), and
 * references between sections that resolve (a lane's services, a service's carrier, a customer's lanes).
 */
final class ScenarioCheck {

    static final Set<String> WIRE_FORMATS = Set.of("DCSA", "X12_315", "CSV");
    static final Set<String> DISPATCH_RULES = Set.of("WHEN_CONSIGNEE_READY", "ON_AVAILABILITY");
    static final Set<String> VENDOR_CHOICES = Set.of("CHEAPEST", "MOST_RELIABLE", "ROUND_ROBIN");

    private final List<ScenarioProblem> problems = new ArrayList<>();

    private ScenarioCheck() {
    }

    static List<ScenarioProblem> problems(Scenario scenario) {
        ScenarioCheck check = new ScenarioCheck();
        check.all(scenario);
        return List.copyOf(check.problems);
    }

    private void all(Scenario s) {
        required("name", s.name());
        required("start", s.start());
        nonEmpty("carriers", s.carriers());
        nonEmpty("services", s.services());
        nonEmpty("lanes", s.lanes());
        nonEmpty("customers", s.customers());
        for (int i = 0; i < s.carriers().size(); i++) {
            carrier("carriers[" + i + "]", s.carriers().get(i));
        }
        for (int i = 0; i < s.services().size(); i++) {
            service("services[" + i + "]", s.services().get(i), s);
        }
        for (int i = 0; i < s.lanes().size(); i++) {
            lane("lanes[" + i + "]", s.lanes().get(i), s);
        }
        for (int i = 0; i < s.terminals().size(); i++) {
            terminal("terminals[" + i + "]", s.terminals().get(i));
        }
        for (int i = 0; i < s.customs().size(); i++) {
            customs("customs[" + i + "]", s.customs().get(i));
        }
        for (int i = 0; i < s.railVendors().size(); i++) {
            rail("railVendors[" + i + "]", s.railVendors().get(i));
        }
        for (int i = 0; i < s.drayageVendors().size(); i++) {
            drayage("drayageVendors[" + i + "]", s.drayageVendors().get(i));
        }
        for (int i = 0; i < s.customers().size(); i++) {
            customer("customers[" + i + "]", s.customers().get(i), s);
        }
        policies(s);
        operators(s);
        noise(s);
        unique("carriers", s.carriers().stream().map(Carrier::scac).toList(), "scac");
        unique("services", s.services().stream().map(Service::code).toList(), "code");
        unique("lanes", s.lanes().stream().map(Lane::code).toList(), "code");
        unique("customers", s.customers().stream().map(CustomerProfile::code).toList(), "code");
    }

    private void carrier(String at, Carrier c) {
        if (required(at + ".scac", c.scac()) && !Scac.parse(c.scac()).isValid()) {
            fail(at + ".scac", "'" + c.scac() + "': " + Scac.parse(c.scac()).problem().orElse(""));
        }
        oneOf(at + ".reports", c.reports(), Set.of("DCSA", "X12_315"));
        share(at + ".onTimeShare", c.onTimeShare());
        positive(at + ".lateDelayMeanDays", c.lateDelayMeanDays());
        if (c.lateDelayMeanDays() != null && c.lateDelayMeanDays() <= 1) {
            fail(at + ".lateDelayMeanDays", "a late arrival is more than one day late, so its mean delay must exceed 1");
        }
        share(at + ".rolloverRate", c.rolloverRate());
        if (required(at + ".containerPrefix", c.containerPrefix()) && !c.containerPrefix().matches("[A-Z]{3}U")) {
            fail(at + ".containerPrefix", "'" + c.containerPrefix() + "' is not an ISO 6346 owner code and U");
        }
    }

    private void service(String at, Service v, Scenario s) {
        required(at + ".code", v.code());
        if (required(at + ".carrier", v.carrier()) && s.carrier(v.carrier()).isEmpty()) {
            fail(at + ".carrier", "'" + v.carrier() + "' is not one of the scenario's carriers");
        }
        if (required(at + ".departs", v.departs())) {
            try {
                DayOfWeek.valueOf(v.departs().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                fail(at + ".departs", "'" + v.departs() + "' is not a day of the week (MONDAY ... SUNDAY)");
            }
        }
        if (v.calls().size() < 2) {
            fail(at + ".calls", "a service calls at two ports at least");
        }
        int lastDay = -1;
        for (int i = 0; i < v.calls().size(); i++) {
            String call = at + ".calls[" + i + "]";
            locode(call + ".port", v.calls().get(i).port());
            Integer day = v.calls().get(i).day();
            if (required(call + ".day", day) && day <= lastDay) {
                fail(call + ".day", "calls must be in the order sailed, each later than the one before");
            }
            lastDay = day == null ? lastDay : day;
        }
    }

    private void lane(String at, Lane lane, Scenario s) {
        required(at + ".code", lane.code());
        locode(at + ".origin", lane.origin());
        locode(at + ".destination", lane.destination());
        for (int i = 0; i < lane.via().size(); i++) {
            locode(at + ".via[" + i + "]", lane.via().get(i));
        }
        if (lane.services().size() != lane.via().size() + 1) {
            fail(at + ".services", "a lane through " + lane.via().size() + " hub(s) needs "
                    + (lane.via().size() + 1) + " service(s), one per leg; it names " + lane.services().size());
            return;
        }
        List<String> stops = new ArrayList<>();
        stops.add(lane.origin());
        stops.addAll(lane.via());
        stops.add(lane.destination());
        for (int i = 0; i < lane.services().size(); i++) {
            String code = lane.services().get(i);
            var service = s.service(code);
            if (service.isEmpty()) {
                fail(at + ".services[" + i + "]", "'" + code + "' is not one of the scenario's services");
                continue;
            }
            List<String> ports = service.get().calls().stream().map(Scenario.PortCall::port).toList();
            int from = ports.indexOf(stops.get(i));
            int to = ports.indexOf(stops.get(i + 1));
            if (from < 0 || to < 0 || to <= from) {
                fail(at + ".services[" + i + "]", "service " + code + " does not call at " + stops.get(i)
                        + " and then at " + stops.get(i + 1));
            }
        }
    }

    private void terminal(String at, Terminal t) {
        locode(at + ".port", t.port());
        dwell(at + ".truckDwell", t.truckDwell());
        dwell(at + ".railDwell", t.railDwell());
        positive(at + ".availableAfterHours", t.availableAfterHours());
        positive(at + ".freeTimeWorkingDays", t.freeTimeWorkingDays());
        positive(at + ".appointmentsPerDay", t.appointmentsPerDay());
        positive(at + ".detentionFreeDays", t.detentionFreeDays());
        positive(at + ".detentionUsdPerDay", t.detentionUsdPerDay());
        nonEmpty(at + ".demurrage", t.demurrage());
        for (int i = 0; i < t.congestion().size(); i++) {
            var c = t.congestion().get(i);
            String p = at + ".congestion[" + i + "]";
            required(p + ".from", c.from());
            if (required(p + ".to", c.to()) && c.from() != null && c.to().isBefore(c.from())) {
                fail(p + ".to", "ends before it starts");
            }
            if (required(p + ".extraDwellDays", c.extraDwellDays()) && c.extraDwellDays() < 0) {
                fail(p + ".extraDwellDays", "cannot be negative");
            }
            if (required(p + ".appointmentsShare", c.appointmentsShare())
                    && (c.appointmentsShare() <= 0 || c.appointmentsShare() > 1)) {
                fail(p + ".appointmentsShare", c.appointmentsShare() + " is not a share above 0 and at most 1");
            }
        }
        for (int i = 0; i < t.demurrage().size(); i++) {
            positive(at + ".demurrage[" + i + "].fromDay", t.demurrage().get(i).fromDay());
            positive(at + ".demurrage[" + i + "].usdPerDay", t.demurrage().get(i).usdPerDay());
        }
    }

    private void dwell(String at, Scenario.Dwell dwell) {
        if (required(at, dwell)) {
            positive(at + ".meanDays", dwell.meanDays());
            share(at + ".shareOverFiveDays", dwell.shareOverFiveDays());
            if (dwell.meanDays() != null && dwell.shareOverFiveDays() != null && dwell.meanDays() > 0
                    && LogNormal.fitMeanAndShareOver(dwell.meanDays(), 5, dwell.shareOverFiveDays()).isEmpty()) {
                fail(at + ".shareOverFiveDays", "no skewed (log-normal) dwell has a mean of " + dwell.meanDays()
                        + " days and a share of " + dwell.shareOverFiveDays() + " over five days");
            }
        }
    }

    private void customs(String at, CustomsRegime c) {
        if (required(at + ".country", c.country()) && !c.country().matches("[A-Z]{2}")) {
            fail(at + ".country", "'" + c.country() + "' is not a two-letter country code");
        }
        share(at + ".holdRate", c.holdRate());
        nonEmpty(at + ".exams", c.exams());
        double total = 0;
        for (int i = 0; i < c.exams().size(); i++) {
            var exam = c.exams().get(i);
            String e = at + ".exams[" + i + "]";
            required(e + ".type", exam.type());
            share(e + ".share", exam.share());
            positive(e + ".minDays", exam.minDays());
            positive(e + ".maxDays", exam.maxDays());
            if (exam.minDays() != null && exam.maxDays() != null && exam.maxDays() < exam.minDays()) {
                fail(e + ".maxDays", "is less than minDays");
            }
            total += exam.share() == null ? 0 : exam.share();
        }
        if (!c.exams().isEmpty() && Math.abs(total - 1) > 1e-6) {
            fail(at + ".exams", "the shares add up to " + total + ", not 1");
        }
    }

    private void rail(String at, RailVendor r) {
        required(at + ".code", r.code());
        locode(at + ".from", r.from());
        locode(at + ".to", r.to());
        positive(at + ".transitDays", r.transitDays());
        share(at + ".onTimeShare", r.onTimeShare());
        positive(at + ".lateDelayMeanDays", r.lateDelayMeanDays());
        positive(at + ".capacityPerDay", r.capacityPerDay());
        positive(at + ".usdPerContainer", r.usdPerContainer());
        oneOf(at + ".reports", r.reports(), WIRE_FORMATS);
    }

    private void drayage(String at, DrayageVendor d) {
        required(at + ".code", d.code());
        nonEmpty(at + ".serves", d.serves());
        for (int i = 0; i < d.serves().size(); i++) {
            locode(at + ".serves[" + i + "]", d.serves().get(i));
        }
        share(at + ".onTimeShare", d.onTimeShare());
        positive(at + ".capacityPerDay", d.capacityPerDay());
        positive(at + ".usdPerMove", d.usdPerMove());
        oneOf(at + ".reports", d.reports(), WIRE_FORMATS);
    }

    private void customer(String at, CustomerProfile c, Scenario s) {
        required(at + ".code", c.code());
        positive(at + ".shipmentsPerYear", c.shipmentsPerYear());
        positive(at + ".maxContainersPerShipment", c.maxContainersPerShipment());
        required(at + ".promiseSlackDays", c.promiseSlackDays());
        locode(at + ".door", c.door());
        if (c.railRamp() != null) {
            locode(at + ".railRamp", c.railRamp());
        }
        nonEmpty(at + ".lanes", c.lanes());
        if (!c.seasonality().isEmpty()) {
            if (c.seasonality().size() != 12) {
                fail(at + ".seasonality", "needs a factor for each of the 12 months, has " + c.seasonality().size());
            } else if (c.seasonality().stream().anyMatch(f -> f == null || f < 0)
                    || c.seasonality().stream().allMatch(f -> f == null || f == 0)) {
                fail(at + ".seasonality", "factors must be 0 or more, and not all 0");
            }
        }
        double total = 0;
        for (int i = 0; i < c.lanes().size(); i++) {
            var share = c.lanes().get(i);
            String l = at + ".lanes[" + i + "]";
            share(l + ".share", share.share());
            total += share.share() == null ? 0 : share.share();
            var lane = share.lane() == null ? null : s.lane(share.lane()).orElse(null);
            if (lane == null) {
                fail(l + ".lane", "'" + share.lane() + "' is not one of the scenario's lanes");
                continue;
            }
            if (s.terminal(lane.destination()).isEmpty()) {
                fail(l + ".lane", "lane " + lane.code() + " ends at " + lane.destination()
                        + ", which has no terminal in the scenario");
            }
            String pickupAt = c.byRail() ? c.railRamp() : lane.destination();
            boolean trucked = s.drayageVendors().stream().anyMatch(d -> d.serves().contains(pickupAt));
            if (!trucked) {
                fail(l + ".lane", "no drayage vendor serves " + pickupAt + ", where this customer's containers "
                        + "are picked up");
            }
            if (c.byRail() && s.railVendors().stream().noneMatch(r -> r.from().equals(lane.destination())
                    && r.to().equals(c.railRamp()))) {
                fail(l + ".lane", "no rail vendor runs from " + lane.destination() + " to " + c.railRamp());
            }
        }
        if (!c.lanes().isEmpty() && Math.abs(total - 1) > 1e-6) {
            fail(at + ".lanes", "the shares add up to " + total + ", not 1");
        }
    }

    private void policies(Scenario s) {
        if (s.policies().isEmpty()) {
            fail("policies", "name at least one operating policy");
        }
        if (required("policy", s.policy()) && !s.policies().containsKey(s.policy())) {
            fail("policy", "'" + s.policy() + "' is not one of the policies " + s.policies().keySet());
        }
        for (Map.Entry<String, Scenario.OperatingPolicy> entry : s.policies().entrySet()) {
            String at = "policies." + entry.getKey();
            var p = entry.getValue();
            if (!required(at, p)) {
                continue;
            }
            oneOf(at + ".dispatch", p.dispatch(), DISPATCH_RULES);
            oneOf(at + ".drayageChoice", p.drayageChoice(), VENDOR_CHOICES);
            oneOf(at + ".railChoice", p.railChoice(), VENDOR_CHOICES);
            positive(at + ".yardStorageUsdPerDay", p.yardStorageUsdPerDay());
            positive(at + ".prePullUsd", p.prePullUsd());
            positive(at + ".lfdWarningDays", p.lfdWarningDays());
            required(at + ".expediteBeforeLastFreeDay", p.expediteBeforeLastFreeDay());
            required(at + ".replanRolledContainers", p.replanRolledContainers());
            if (p.operatorStaff() != null && p.operatorStaff() < 0) {
                fail(at + ".operatorStaff", "cannot be negative");
            }
        }
    }

    private void operators(Scenario s) {
        var o = s.operators();
        if (!required("operators", o)) {
            return;
        }
        if (required("operators.staff", o.staff()) && o.staff() < 0) {
            fail("operators.staff", "cannot be negative");
        }
        positive("operators.handlingMinutes", o.handlingMinutes());
        positive("operators.shiftHours", o.shiftHours());
        positive("operators.slaHours", o.slaHours());
        if (required("operators.shiftStartHour", o.shiftStartHour())
                && (o.shiftStartHour() < 0 || o.shiftStartHour() > 23)) {
            fail("operators.shiftStartHour", "must be an hour of the day, 0 to 23");
        }
        if (required("operators.zone", o.zone())) {
            try {
                ZoneId.of(o.zone());
            } catch (DateTimeException e) {
                fail("operators.zone", "'" + o.zone() + "' is not a time zone (e.g. America/Los_Angeles)");
            }
        }
    }

    private void noise(Scenario s) {
        for (String format : WIRE_FORMATS) {
            var n = s.reportingNoise().get(format);
            String at = "reportingNoise." + format;
            if (!required(at, n)) {
                continue;
            }
            positive(at + ".medianLagMinutes", n.medianLagMinutes());
            share(at + ".missingShare", n.missingShare());
            share(at + ".lateShare", n.lateShare());
            positive(at + ".lateHoursMean", n.lateHoursMean());
            share(at + ".duplicateShare", n.duplicateShare());
            share(at + ".wrongDataShare", n.wrongDataShare());
            share(at + ".correctedShare", n.correctedShare());
        }
        for (String format : s.reportingNoise().keySet()) {
            if (!WIRE_FORMATS.contains(format)) {
                fail("reportingNoise." + format, "is not a format vendors report in: " + WIRE_FORMATS);
            }
        }
    }

    private void unique(String at, List<String> codes, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) != null && !seen.add(codes.get(i))) {
                fail(at + "[" + i + "]." + field, "'" + codes.get(i) + "' is used twice");
            }
        }
    }

    private void locode(String at, String code) {
        if (required(at, code)) {
            UnLocode.parse(code).problem().ifPresent(problem -> fail(at, "'" + code + "': " + problem));
        }
    }

    private void share(String at, Double value) {
        if (required(at, value) && (value < 0 || value > 1)) {
            fail(at, value + " is not a share between 0 and 1");
        }
    }

    private void positive(String at, Number value) {
        if (required(at, value) && value.doubleValue() <= 0) {
            fail(at, "must be more than 0, got " + value);
        }
    }

    private void oneOf(String at, String value, Set<String> allowed) {
        if (required(at, value) && !allowed.contains(value)) {
            fail(at, "'" + value + "' is not one of " + allowed.stream().sorted().toList());
        }
    }

    private void nonEmpty(String at, List<?> list) {
        if (list.isEmpty()) {
            fail(at, "is required and must not be empty");
        }
    }

    private boolean required(String at, Object value) {
        if (value == null) {
            fail(at, "is required");
            return false;
        }
        return true;
    }

    private void fail(String at, String reason) {
        problems.add(new ScenarioProblem(at, reason));
    }
}
