package org.harbormaster.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.money.demurrage.ChargeKind;
import org.harbormaster.money.demurrage.EquipmentClass;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.MilestoneType;
import org.junit.jupiter.api.Test;

class KpiDefinitionsTest {

    private static final Instant NOW = Instant.parse("2027-01-15T00:00:00Z");
    private static final KpiSettings SETTINGS = KpiSettings.standard(NOW);
    private static final ZoneId LA = ZoneId.of("America/Los_Angeles");
    private static final Subject WEST = subject("US-WEST", "MAEU", "ACME01");
    private static final Subject EAST = subject("US-EAST", "MSCU", "BETA02");

    private static Subject subject(String region, String carrier, String customer) {
        return new Subject(region, "CNYTN", "USLGB", carrier, null, customer, null);
    }

    private static Instant at(String text) {
        return Instant.parse(text);
    }

    private static List<KpiGroup> groups(Kpi kpi, KpiFacts facts, Dimension... by) {
        return KpiAggregation.groups(kpi, KpiDefinitions.observe(kpi, facts, SETTINGS), List.of(by), Period.MONTH);
    }

    private static MilestoneOutcome arrival(Subject s, String planned, String actual) {
        return new MilestoneOutcome(s, MilestoneOutcome.Kind.ARRIVAL, planned == null ? null : at(planned),
                actual == null ? null : at(actual), null, LA);
    }

    @Test
    void an_arrival_within_a_day_of_plan_is_on_time_and_one_a_day_and_a_minute_late_is_not() {
        KpiFacts facts = KpiFacts.NONE.withMilestones(List.of(
                arrival(WEST, "2026-12-16T14:00:00Z", "2026-12-17T14:00:00Z"),
                arrival(WEST, "2026-12-16T14:00:00Z", "2026-12-17T14:01:00Z"),
                arrival(WEST, "2026-12-16T14:00:00Z", "2026-12-15T14:00:00Z"),
                arrival(WEST, "2026-12-16T14:00:00Z", "2026-12-16T20:00:00Z")));

        KpiGroup all = groups(Kpi.ON_TIME_ARRIVAL, facts).get(0);

        assertThat(all.numerator()).isEqualByComparingTo("3");
        assertThat(all.denominator()).isEqualByComparingTo("4");
        assertThat(all.value()).isEqualByComparingTo("0.75");
        assertThat(all.median()).as("hours late: -24, 6, 24, 24.02").isEqualTo(15.0);
    }

    @Test
    void an_arrival_with_no_planned_time_or_not_yet_happened_counts_in_neither_numerator_nor_denominator() {
        KpiFacts facts = KpiFacts.NONE.withMilestones(List.of(
                arrival(WEST, null, "2026-12-17T14:00:00Z"),
                arrival(WEST, "2026-12-16T14:00:00Z", null)));

        assertThat(groups(Kpi.ON_TIME_ARRIVAL, facts)).isEmpty();
    }

    @Test
    void no_facts_give_no_groups_rather_than_a_zero_share() {
        for (Kpi kpi : Kpi.values()) {
            assertThat(groups(kpi, KpiFacts.NONE, Dimension.REGION)).as(kpi.id()).isEmpty();
        }
    }

    @Test
    void groups_by_region_and_month_keep_their_own_sums_that_add_up_to_the_whole() {
        KpiFacts facts = KpiFacts.NONE.withMilestones(List.of(
                arrival(WEST, "2026-11-30T14:00:00Z", "2026-12-03T14:00:00Z"),
                arrival(WEST, "2026-12-16T14:00:00Z", "2026-12-16T14:00:00Z"),
                arrival(EAST, "2026-12-20T14:00:00Z", "2026-12-20T15:00:00Z")));

        List<KpiGroup> byRegionAndMonth = groups(Kpi.ON_TIME_ARRIVAL, facts, Dimension.REGION, Dimension.PERIOD);

        assertThat(byRegionAndMonth).extracting(g -> g.key().values().toString())
                .containsExactly("[US-EAST, 2026-12]", "[US-WEST, 2026-11]", "[US-WEST, 2026-12]");
        assertThat(byRegionAndMonth).extracting(KpiGroup::value).extracting(BigDecimal::toPlainString)
                .containsExactly("1.0000", "0.0000", "1.0000");
        BigDecimal denominators = byRegionAndMonth.stream().map(KpiGroup::denominator)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(denominators).isEqualByComparingTo(groups(Kpi.ON_TIME_ARRIVAL, facts).get(0).denominator());
    }

    @Test
    void periods_are_utc_days_iso_weeks_and_months() {
        Instant sunday = at("2027-01-03T23:30:00Z");
        assertThat(Period.DAY.bucket(sunday)).isEqualTo("2027-01-03");
        assertThat(Period.WEEK.bucket(sunday)).as("ISO week 53 of 2026").isEqualTo("2026-W53");
        assertThat(Period.MONTH.bucket(sunday)).isEqualTo("2027-01");
    }

    @Test
    void a_delivery_on_the_promised_day_in_local_time_keeps_the_promise_even_if_late_against_plan() {
        LocalDate promised = LocalDate.parse("2026-12-20");
        MilestoneOutcome lateEvening = new MilestoneOutcome(WEST, MilestoneOutcome.Kind.DELIVERY,
                at("2026-12-18T18:00:00Z"), at("2026-12-21T06:00:00Z"), promised, LA);    // 22:00 on the 20th in LA
        MilestoneOutcome twoDaysLate = new MilestoneOutcome(WEST, MilestoneOutcome.Kind.DELIVERY,
                at("2026-12-18T18:00:00Z"), at("2026-12-23T18:00:00Z"), promised, LA);
        MilestoneOutcome noPromise = new MilestoneOutcome(WEST, MilestoneOutcome.Kind.DELIVERY,
                at("2026-12-18T18:00:00Z"), at("2026-12-18T18:00:00Z"), null, LA);
        KpiFacts facts = KpiFacts.NONE.withMilestones(List.of(lateEvening, twoDaysLate, noPromise));

        KpiGroup promise = groups(Kpi.DELIVERY_AS_PROMISED, facts).get(0);
        KpiGroup plan = groups(Kpi.ON_TIME_DELIVERY, facts).get(0);

        assertThat(promise.numerator()).isEqualByComparingTo("1");
        assertThat(promise.denominator()).as("no promise, nothing to keep").isEqualByComparingTo("2");
        assertThat(plan.numerator()).as("only the one delivered as planned").isEqualByComparingTo("1");
        assertThat(plan.denominator()).isEqualByComparingTo("3");
    }

    @Test
    void milestone_timeliness_counts_reports_within_the_window_and_gives_the_median_delay() {
        Instant happened = at("2026-12-16T00:00:00Z");
        KpiFacts facts = KpiFacts.NONE.withReports(List.of(
                new MilestoneReport(WEST, happened, happened.plus(Duration.ofHours(1))),
                new MilestoneReport(WEST, happened, happened.plus(Duration.ofHours(24))),
                new MilestoneReport(WEST, happened, happened.plus(Duration.ofHours(72))),
                new MilestoneReport(WEST, happened, happened.minus(Duration.ofMinutes(5)))));

        KpiGroup timely = groups(Kpi.MILESTONE_TIMELINESS, facts).get(0);
        KpiGroup delay = groups(Kpi.REPORTING_DELAY, facts).get(0);

        assertThat(timely.value()).isEqualByComparingTo("0.75");
        assertThat(delay.value()).as("median of 0, 1, 24, 72 hours").isEqualByComparingTo("12.5");
        assertThat(delay.p90()).isEqualTo(72.0);
        assertThat(delay.numerator().divide(delay.denominator())).as("mean").isEqualByComparingTo("24.25");
    }

    @Test
    void data_quality_counts_findings_per_100_events_and_the_share_unmatched_by_source() {
        Subject dcsa = WEST.withSource("DCSA/MAEU");
        Subject x12 = Subject.ofSource("X12_315/ACME");
        KpiFacts facts = KpiFacts.NONE.withEvents(List.of(
                new EventReceipt(dcsa, at("2026-12-16T00:00:00Z"), 0, false),
                new EventReceipt(dcsa, at("2026-12-16T00:00:00Z"), 1, false),
                new EventReceipt(x12, at("2026-12-16T00:00:00Z"), 3, true),
                new EventReceipt(x12, at("2026-12-16T00:00:00Z"), 0, false)));

        List<KpiGroup> findings = groups(Kpi.FINDINGS_PER_100_EVENTS, facts, Dimension.SOURCE);
        List<KpiGroup> unmatched = groups(Kpi.UNMATCHED_EVENTS, facts, Dimension.SOURCE);

        assertThat(findings).extracting(KpiGroup::value).extracting(BigDecimal::toPlainString)
                .containsExactly("50.0000", "150.0000");
        assertThat(unmatched).extracting(KpiGroup::value).extracting(BigDecimal::toPlainString)
                .containsExactly("0.0000", "0.5000");
        assertThat(groups(Kpi.UNMATCHED_EVENTS, facts, Dimension.REGION)).extracting(g -> g.key().get(Dimension.REGION))
                .as("an unmatched event has no region").containsExactly(Subject.NONE, "US-WEST");
    }

    @Test
    void alert_sla_figures_take_acknowledged_and_resolved_cases_only_and_count_any_breach() {
        Instant opened = at("2026-12-16T00:00:00Z");
        KpiFacts facts = KpiFacts.NONE.withAlerts(List.of(
                new AlertCase(WEST, opened, opened.plus(Duration.ofHours(1)), opened.plus(Duration.ofHours(10)),
                        false, false),
                new AlertCase(WEST, opened, opened.plus(Duration.ofHours(5)), null, true, false),
                new AlertCase(WEST, opened, null, null, true, true),
                new AlertCase(WEST, opened, opened.plus(Duration.ofHours(3)), opened.plus(Duration.ofHours(50)),
                        false, true)));

        assertThat(groups(Kpi.TIME_TO_ACKNOWLEDGE, facts).get(0).value()).isEqualByComparingTo("3");
        assertThat(groups(Kpi.TIME_TO_ACKNOWLEDGE, facts).get(0).facts()).isEqualTo(3);
        assertThat(groups(Kpi.TIME_TO_RESOLVE, facts).get(0).value()).isEqualByComparingTo("30");
        assertThat(groups(Kpi.TIME_TO_RESOLVE, facts).get(0).p90()).isEqualTo(50.0);
        assertThat(groups(Kpi.SLA_BREACH_RATE, facts).get(0).value()).isEqualByComparingTo("0.75");
    }

    @Test
    void budget_adherence_judges_only_shipments_with_a_budget_and_actual_costs_within_the_tolerance() {
        Budget budget = new Budget(List.of(new CostLine(CostCategory.OCEAN_FREIGHT, "ocean", Money.of("1000", "USD"))));
        Instant booked = at("2026-12-01T00:00:00Z");
        KpiFacts facts = KpiFacts.NONE.withBudgets(List.of(
                new ShipmentBudget(WEST, booked, budget, costs("1050")),
                new ShipmentBudget(WEST, booked, budget, costs("1050.01")),
                new ShipmentBudget(WEST, booked, budget, null),
                new ShipmentBudget(WEST, booked, Budget.NONE, costs("10"))));

        KpiGroup adherence = groups(Kpi.BUDGET_ADHERENCE, facts).get(0);
        KpiGroup coverage = groups(Kpi.BUDGET_COVERAGE, facts).get(0);

        assertThat(adherence.numerator()).as("5 % tolerance: 1050 is in, 1050.01 is out").isEqualByComparingTo("1");
        assertThat(adherence.denominator()).isEqualByComparingTo("2");
        assertThat(coverage.value()).isEqualByComparingTo("0.75");
    }

    private static List<CostLine> costs(String usd) {
        return List.of(new CostLine(CostCategory.OCEAN_FREIGHT, "invoice", Money.of(usd, "USD")));
    }

    @Test
    void demurrage_per_container_prices_the_days_after_the_last_free_day_by_the_tariff_book() {
        UnLocode lgb = UnLocode.of("USLGB");
        // Discharged Mon 14 Dec 10:00 in Long Beach: 4 working days free to Fri 18 Dec; out Tue 22 Dec: 4 days x 220.
        ContainerClock dry = new ContainerClock(WEST, "CSQU3054383", EquipmentClass.DRY, Scac.of("MAEU"),
                ChargeKind.DEMURRAGE, lgb, at("2026-12-14T18:00:00Z"), null, at("2026-12-22T18:00:00Z"));
        ContainerClock inTime = new ContainerClock(WEST, "MSKU0000000", EquipmentClass.DRY, Scac.of("MAEU"),
                ChargeKind.DEMURRAGE, lgb, at("2026-12-14T18:00:00Z"), null, at("2026-12-16T18:00:00Z"));
        ContainerClock noTariff = new ContainerClock(WEST, "MSKU0000001", EquipmentClass.DRY, Scac.of("MAEU"),
                ChargeKind.DEMURRAGE, UnLocode.of("NLRTM"), at("2026-12-14T18:00:00Z"), null, at("2026-12-22T18:00:00Z"));
        KpiFacts facts = KpiFacts.NONE.withContainers(List.of(dry, inTime, noTariff));

        KpiGroup demurrage = groups(Kpi.DEMURRAGE_PER_CONTAINER, facts).get(0);

        assertThat(demurrage.unit()).isEqualTo("USD");
        assertThat(demurrage.numerator()).isEqualByComparingTo("880.00");
        assertThat(demurrage.denominator()).as("the Rotterdam box has no tariff to price it").isEqualByComparingTo("2");
        assertThat(demurrage.value()).isEqualByComparingTo("440");
        assertThat(demurrage.median()).as("days beyond free time: 0 and 4").isEqualTo(2.0);
        assertThat(groups(Kpi.DETENTION_PER_CONTAINER, facts)).as("no detention clock").isEmpty();
    }

    @Test
    void detention_counts_a_container_once_its_empty_is_back_and_not_while_the_clock_runs() {
        // Gated out Tue 5 Jan; 4 calendar days free to 9 Jan; empty back Thu 14 Jan: 10-14 Jan, 5 x 150.
        ContainerClock returned = new ContainerClock(WEST, "CSQU3054383", EquipmentClass.DRY, null,
                ChargeKind.DETENTION, UnLocode.of("USLGB"), at("2027-01-05T18:00:00Z"), null, at("2027-01-14T18:00:00Z"));
        ContainerClock running = new ContainerClock(WEST, "MSKU0000000", EquipmentClass.DRY, null,
                ChargeKind.DETENTION, UnLocode.of("USLGB"), at("2027-01-05T18:00:00Z"), null, null);

        KpiGroup detention = groups(Kpi.DETENTION_PER_CONTAINER,
                KpiFacts.NONE.withContainers(List.of(returned, running))).get(0);

        assertThat(detention.numerator()).isEqualByComparingTo("750.00");
        assertThat(detention.denominator()).isEqualByComparingTo("1");
        assertThat(detention.median()).isEqualTo(5.0);
    }

    @Test
    void the_clocks_run_from_discharge_at_the_port_of_discharge_and_from_gate_out_to_empty_return() {
        UnLocode yantian = UnLocode.of("CNYTN");
        UnLocode lgb = UnLocode.of("USLGB");
        UnLocode chicago = UnLocode.of("USCHI");
        List<FreeTimeClocks.Step> steps = List.of(
                new FreeTimeClocks.Step(MilestoneType.DEPARTED, yantian, LegType.MAIN_CARRIAGE, at("2026-12-01T06:00:00Z")),
                new FreeTimeClocks.Step(MilestoneType.ARRIVED, lgb, LegType.MAIN_CARRIAGE, at("2026-12-14T14:00:00Z")),
                new FreeTimeClocks.Step(MilestoneType.DISCHARGED, lgb, LegType.DESTINATION_TERMINAL, at("2026-12-14T18:00:00Z")),
                new FreeTimeClocks.Step(MilestoneType.GATE_OUT, lgb, LegType.DELIVERY, at("2026-12-22T18:00:00Z")),
                new FreeTimeClocks.Step(MilestoneType.DELIVERED, chicago, LegType.DELIVERY, at("2026-12-23T18:00:00Z")),
                new FreeTimeClocks.Step(MilestoneType.EMPTY_RETURNED, lgb, LegType.EMPTY_RETURN, null));

        List<FreeTimeClocks.Clock> clocks = FreeTimeClocks.of(steps);

        assertThat(clocks).containsExactly(
                new FreeTimeClocks.Clock(ChargeKind.DEMURRAGE, lgb, at("2026-12-14T18:00:00Z"), null,
                        at("2026-12-22T18:00:00Z")),
                new FreeTimeClocks.Clock(ChargeKind.DETENTION, lgb, at("2026-12-22T18:00:00Z"), null, null));
        assertThat(FreeTimeClocks.of(steps.subList(0, 2))).as("not discharged: no clock").isEmpty();
    }

    @Test
    void a_subject_reads_lanes_as_locode_and_country_pairs_and_falls_back_to_the_carrier_for_a_vendor() {
        Subject leg = new Subject("US-WEST", "CNYTN", "USLGB", "MAEU", "DRAY1", "ACME01", "DCSA/MAEU");
        Subject noLeg = new Subject(" ", null, "USLGB", "MAEU", null, "ACME01", null);

        assertThat(leg.valueOf(Dimension.LANE)).isEqualTo("CNYTN-USLGB");
        assertThat(leg.valueOf(Dimension.COUNTRY_LANE)).isEqualTo("CN-US");
        assertThat(leg.valueOf(Dimension.VENDOR)).isEqualTo("DRAY1");
        assertThat(noLeg.valueOf(Dimension.VENDOR)).isEqualTo("MAEU");
        assertThat(noLeg.valueOf(Dimension.REGION)).isEqualTo(Subject.NONE);
        assertThat(noLeg.valueOf(Dimension.COUNTRY_LANE)).isEqualTo(Subject.NONE + "-US");
    }

    @Test
    void kpis_are_named_in_the_api_by_their_kebab_case_id() {
        assertThat(Kpi.byId("on-time-arrival")).contains(Kpi.ON_TIME_ARRIVAL);
        assertThat(Kpi.byId("SLA_BREACH_RATE")).contains(Kpi.SLA_BREACH_RATE);
        assertThat(Kpi.byId("otp")).isEmpty();
    }
}
