package org.harbormaster.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.harbormaster.identity.AirWaybill;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.MilestoneType;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentStatus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoShipmentsTest {

    private static final Instant NOW = Instant.parse("2026-03-16T09:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final long SEED = 6346L;

    private static List<Shipment> book;

    @BeforeAll
    static void generateTheBook() {
        book = new DemoShipments().generate(300, CLOCK, SEED);
    }

    @Test
    void generates_as_many_shipments_as_asked_with_distinct_ids_and_references() {
        assertThat(book).hasSize(300);
        assertThat(book.stream().map(Shipment::id).distinct()).hasSize(300);
        assertThat(book.stream().map(Shipment::reference).distinct()).hasSize(300);
        assertThat(new DemoShipments().generate(0, CLOCK, SEED)).isEmpty();
    }

    @Test
    void the_same_seed_and_clock_give_the_same_book_and_another_seed_another() {
        assertThat(new DemoShipments().generate(300, CLOCK, SEED)).isEqualTo(book);
        assertThat(new DemoShipments().generate(300, CLOCK, SEED + 1)).isNotEqualTo(book);
    }

    @Test
    void every_plan_template_appears_even_in_a_small_book() {
        assertThat(book.stream().map(DemoShipmentsTest::templateOf).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(PlanTemplate.values());
        assertThat(new DemoShipments().generate(5, CLOCK, 1L).stream().map(DemoShipmentsTest::templateOf)
                .collect(Collectors.toSet())).containsExactlyInAnyOrder(PlanTemplate.values());
    }

    @Test
    void every_container_number_air_waybill_and_imo_number_passes_its_check_digit() {
        List<String> boxes = book.stream().flatMap(s -> s.details().cargo().containers().stream())
                .map(Container::number).map(ContainerNumber::toString).toList();
        assertThat(boxes).isNotEmpty().allSatisfy(n -> assertThat(ContainerNumber.parse(n).isValid()).isTrue());
        assertThat(new HashSet<>(boxes)).hasSameSizeAs(boxes);

        List<String> waybills = book.stream()
                .flatMap(s -> s.details().referenceValues(ReferenceType.MASTER_AIR_WAYBILL).stream()).toList();
        assertThat(waybills).isNotEmpty().allSatisfy(n -> assertThat(AirWaybill.parse(n).isValid()).isTrue());

        List<String> vessels = book.stream().flatMap(s -> s.plan().legs().stream()).map(Leg::conveyance)
                .filter(c -> c != null && c.imo() != null).map(Conveyance::imo).map(ImoNumber::toString).toList();
        assertThat(vessels).isNotEmpty().allSatisfy(n -> assertThat(ImoNumber.parse(n).isValid()).isTrue());
    }

    @Test
    void every_air_shipment_has_a_master_air_waybill_and_every_fcl_shipment_one_to_four_boxes() {
        for (Shipment s : book) {
            if (s.details().mode() == Mode.AIR) {
                assertThat(s.details().referenceValues(ReferenceType.MASTER_AIR_WAYBILL)).hasSize(1);
            }
            if (s.details().mode() == Mode.OCEAN_FCL) {
                assertThat(s.details().cargo().containers()).hasSizeBetween(1, 4);
            }
        }
    }

    @Test
    void every_un_locode_the_demo_knows_is_in_the_code_list() {
        assertThat(DemoCatalog.allLocodes()).allSatisfy(code ->
                assertThat(UnLocode.parse(code).problem()).as(code).isEmpty());
    }

    @Test
    void nothing_has_actually_happened_after_now_nor_before_the_booking() {
        assertNothingHappensAfterNowOrBeforeBooking(book, NOW);
    }

    @Test
    void actuals_follow_the_plan_order_and_nothing_is_done_after_something_still_open() {
        assertActualsFollowThePlan(book);
    }

    @Test
    void any_seed_on_any_day_gives_a_consistent_book() {
        Instant day = Instant.parse("2025-10-20T23:45:00Z"); // a clock change in Europe and the US within reach
        for (long seed = 0; seed < 12; seed++) {
            Instant now = day.plus(Duration.ofHours(seed * 397));
            List<Shipment> other = new DemoShipments().generate(120, Clock.fixed(now, ZoneOffset.UTC), seed);
            assertThat(other).hasSize(120);
            assertNothingHappensAfterNowOrBeforeBooking(other, now);
            assertActualsFollowThePlan(other);
        }
    }

    @Test
    void estimates_are_only_given_for_what_is_still_to_happen_and_not_in_the_past() {
        List<Milestone> estimated = book.stream().flatMap(s -> s.milestones().stream())
                .filter(m -> m.estimated() != null).toList();
        assertThat(estimated).isNotEmpty().allSatisfy(m -> {
            assertThat(m.isDone()).isFalse();
            assertThat(m.estimated()).isAfter(NOW);
        });
    }

    @Test
    void the_book_has_shipments_at_every_stage() {
        Map<ShipmentStatus, Long> statuses = book.stream()
                .collect(Collectors.groupingBy(Shipment::status, Collectors.counting()));
        assertThat(statuses).containsKeys(ShipmentStatus.BOOKED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.ARRIVED,
                ShipmentStatus.DELIVERED, ShipmentStatus.COMPLETED);
        assertThat(statuses).doesNotContainKey(ShipmentStatus.CANCELLED);
        assertThat(statuses.get(ShipmentStatus.IN_TRANSIT)).isGreaterThan(statuses.get(ShipmentStatus.COMPLETED));
    }

    @Test
    void about_half_of_the_ocean_arrivals_so_far_were_late_by_more_than_a_day() {
        List<Duration> lateness = book.stream().filter(s -> s.details().mode().isOcean())
                .map(DemoShipmentsTest::finalPortArrival).filter(Milestone::isDone)
                .map(m -> Duration.between(m.planned(), m.actual())).toList();
        long late = lateness.stream().filter(d -> d.compareTo(Duration.ofDays(1)) > 0).count();
        assertThat(lateness).hasSizeGreaterThan(40);
        assertThat((double) late / lateness.size()).isBetween(0.3, 0.6);
    }

    @Test
    void spreads_over_many_lanes_carriers_customers_regions_and_teams() {
        assertThat(distinct(s -> s.details().origin().locode() + ">" + s.details().destination().locode()))
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(distinct(s -> s.details().carrier().toString())).hasSizeGreaterThanOrEqualTo(5);
        assertThat(distinct(s -> s.details().customer().code())).hasSizeGreaterThanOrEqualTo(20);
        assertThat(distinct(s -> s.details().region()))
                .containsExactlyInAnyOrder("US-WEST", "US-CENTRAL", "US-EAST", "EU-NORTH", "ASIA");
        assertThat(distinct(s -> s.details().team())).contains("Transpacific Imports", "Air Desk", "Europe Exports");
        assertThat(book).anySatisfy(s -> assertThat(s.plan().transshipmentPoints()).isNotEmpty());
        assertThat(book.stream().filter(s -> s.details().direction() == Direction.EXPORT)).isNotEmpty();
    }

    @Test
    void every_shipment_has_a_budget_a_promise_and_both_parties() {
        assertThat(book).allSatisfy(s -> {
            assertThat(s.details().budget().isEmpty()).isFalse();
            assertThat(s.details().promisedDelivery()).isNotNull();
            assertThat(s.details().parties()).hasSize(2);
        });
        Set<String> currencies = book.stream().flatMap(s -> s.details().budget().lines().stream())
                .map(l -> l.amount().currency().getCurrencyCode()).collect(Collectors.toSet());
        assertThat(currencies).contains("USD", "EUR");
    }

    @Test
    void generating_three_hundred_takes_well_under_a_second() {
        new DemoShipments().generate(300, CLOCK, 1L); // warm up the code list and the JIT
        long start = System.nanoTime();
        new DemoShipments().generate(300, CLOCK, 2L);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
    }

    private static void assertNothingHappensAfterNowOrBeforeBooking(List<Shipment> shipments, Instant now) {
        for (Shipment s : shipments) {
            assertThat(s.createdAt()).isBeforeOrEqualTo(now);
            for (Milestone m : s.milestones()) {
                if (m.actual() != null) {
                    assertThat(m.actual()).as(s.reference() + " " + m.key()).isBeforeOrEqualTo(now)
                            .isAfterOrEqualTo(s.createdAt());
                }
            }
        }
    }

    /** Along the plan, ignoring cut-offs: actuals never go back in time, and the done ones come first. */
    private static void assertActualsFollowThePlan(List<Shipment> shipments) {
        for (Shipment s : shipments) {
            Instant previous = Instant.MIN;
            boolean open = false;
            for (Milestone m : s.milestones()) {
                if (m.type().isCutoff()) {
                    continue;
                }
                if (m.isDone()) {
                    assertThat(open).as(s.reference() + " " + m.key() + " done after an open milestone").isFalse();
                    assertThat(m.actual()).as(s.reference() + " " + m.key()).isAfterOrEqualTo(previous);
                    previous = m.actual();
                } else {
                    open = true;
                }
            }
        }
    }

    private static Set<String> distinct(Function<Shipment, String> what) {
        return book.stream().map(what).collect(Collectors.toSet());
    }

    private static Milestone finalPortArrival(Shipment s) {
        int lastMain = s.plan().legs().size() - 1;
        while (s.plan().legs().get(lastMain).type() != LegType.MAIN_CARRIAGE) {
            lastMain--;
        }
        int leg = lastMain;
        return s.milestones().stream().filter(m -> m.type() == MilestoneType.ARRIVED && m.legIndex() == leg)
                .findFirst().orElseThrow();
    }

    /** The template a plan was drafted from, told by its mode, direction and legs. */
    private static PlanTemplate templateOf(Shipment s) {
        return switch (s.details().mode()) {
            case AIR -> PlanTemplate.AIR_DOOR_TO_DOOR;
            case OCEAN_LCL -> PlanTemplate.LCL_VIA_CFS;
            case OCEAN_FCL -> s.details().direction() == Direction.EXPORT ? PlanTemplate.FCL_EXPORT_DOOR_TO_PORT
                    : s.plan().legs().stream().anyMatch(l -> l.type() == LegType.ON_CARRIAGE)
                            ? PlanTemplate.FCL_IMPORT_RAIL_TO_DOOR : PlanTemplate.FCL_IMPORT_PORT_TO_DOOR;
        };
    }
}
