package org.harbormaster.formats.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.Incoterm;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Money;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Leg;
import org.harbormaster.shipment.LegType;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.TransportMode;
import org.junit.jupiter.api.Test;

class ImportingValidShipmentsTest {

    @Test
    void fcl_import_to_door_books_both_containers_with_references_budget_and_delivery_door() {
        Shipment shipment = onlyShipmentOf(ShipmentRow.fclImportToDoor());

        assertThat(shipment.details().mode()).isEqualTo(Mode.OCEAN_FCL);
        assertThat(shipment.details().incoterm()).isEqualTo(Incoterm.FOB);
        assertThat(shipment.details().cargo().containers()).containsExactly(
                new Container(ContainerNumber.of("CSQU3054383"), SizeType.of("42G1")),
                new Container(ContainerNumber.of("MWCU6059784"), SizeType.of("45G1")));
        assertThat(shipment.details().referenceValues(ReferenceType.BOOKING)).containsExactly("260123456");
        assertThat(shipment.details().referenceValues(ReferenceType.MASTER_BILL_OF_LADING)).containsExactly("MAEU260123456");
        assertThat(shipment.details().budget().totals())
                .containsEntry(Currency.getInstance("USD"), Money.of("3100.00", "USD"));
        assertThat(shipment.details().carrier().toString()).isEqualTo("MAEU");
        assertThat(shipment.details().promisedDelivery()).isEqualTo(LocalDate.of(2026, 12, 22));
        assertThat(shipment.details().destination().door().oneLine()).isEqualTo("1200 Industry Way, 91761 Ontario, US");
        Leg delivery = legOf(shipment, LegType.DELIVERY);
        assertThat(delivery.to().locode()).isEqualTo(UnLocode.of("USONT"));
        assertThat(delivery.to().facility()).isEqualTo("1200 Industry Way, 91761 Ontario, US");
        assertThat(delivery.vendor().code()).isEqualTo("SOCAL-DRAY");
    }

    @Test
    void departure_without_offset_is_local_time_at_the_origin_port() {
        Shipment shipment = onlyShipmentOf(ShipmentRow.fclImportToDoor());

        Leg vessel = legOf(shipment, LegType.MAIN_CARRIAGE);
        assertThat(vessel.plannedStart()).isEqualTo(Instant.parse("2026-12-01T06:00:00Z"));
        assertThat(vessel.plannedEnd()).isEqualTo(Instant.parse("2026-12-15T16:00:00Z"));
        assertThat(vessel.conveyance().name()).isEqualTo("MAERSK EMDEN");
        assertThat(vessel.conveyance().imo().toString()).isEqualTo("IMO9074729");
        assertThat(vessel.vendor().name()).isEqualTo("Maersk");
    }

    @Test
    void a_date_alone_means_noon_at_the_port_and_an_offset_wins_over_the_port_clock() {
        Shipment lcl = onlyShipmentOf(ShipmentRow.lclViaCfs());
        assertThat(legOf(lcl, LegType.MAIN_CARRIAGE).plannedStart()).isEqualTo(Instant.parse("2026-12-05T04:00:00Z"));

        Shipment air = onlyShipmentOf(ShipmentRow.airDoorToDoor());
        assertThat(legOf(air, LegType.MAIN_CARRIAGE).plannedStart()).isEqualTo(Instant.parse("2026-12-03T15:30:00Z"));
        assertThat(legOf(air, LegType.MAIN_CARRIAGE).plannedEnd()).isEqualTo(Instant.parse("2026-12-04T01:45:00Z"));
    }

    @Test
    void departure_may_carry_seconds_a_t_an_offset_or_z() {
        assertThat(departureOf("2026-12-01T14:00:30")).isEqualTo(Instant.parse("2026-12-01T06:00:30Z"));
        assertThat(departureOf("2026-12-01 14:00:30.5")).isEqualTo(Instant.parse("2026-12-01T06:00:30.500Z"));
        assertThat(departureOf("2026-12-01 14:00Z")).isEqualTo(Instant.parse("2026-12-01T14:00:00Z"));
        assertThat(departureOf("2026-12-01T14:00+0530")).isEqualTo(Instant.parse("2026-12-01T08:30:00Z"));
        assertThat(departureOf("2026-12-01 14:00 -05:00")).isEqualTo(Instant.parse("2026-12-01T19:00:00Z"));
    }

    private static Instant departureOf(String departure) {
        return legOf(onlyShipmentOf(ShipmentRow.fclImportToDoor().with("departure", departure)), LegType.MAIN_CARRIAGE)
                .plannedStart();
    }

    @Test
    void rail_template_puts_the_container_on_a_train_to_the_inland_ramp_before_the_truck_delivers() {
        Shipment shipment = onlyShipmentOf(ShipmentRow.fclImportRailToDoor());

        Leg rail = legOf(shipment, LegType.ON_CARRIAGE);
        assertThat(rail.mode()).isEqualTo(TransportMode.RAIL);
        assertThat(rail.from().locode()).isEqualTo(UnLocode.of("USLGB"));
        assertThat(rail.to().locode()).isEqualTo(UnLocode.of("USCHI"));
        assertThat(rail.vendor().code()).isEqualTo("BNSF");
        assertThat(legOf(shipment, LegType.DELIVERY).from().locode()).isEqualTo(UnLocode.of("USCHI"));
        assertThat(legOf(shipment, LegType.DELIVERY).to().locode()).isEqualTo(UnLocode.of("USJOT"));
        assertThat(shipment.details().budget().totals())
                .containsEntry(Currency.getInstance("USD"), Money.of("4630.00", "USD"));
    }

    @Test
    void fcl_export_starts_with_a_pickup_at_the_shippers_door() {
        Shipment shipment = onlyShipmentOf(ShipmentRow.fclExportDoorToPort());

        assertThat(shipment.plan().firstLeg().type()).isEqualTo(LegType.PICKUP);
        assertThat(shipment.plan().firstLeg().from().locode()).isEqualTo(UnLocode.of("USONT"));
        assertThat(shipment.plan().firstLeg().vendor().code()).isEqualTo("SOCAL-DRAY");
        assertThat(shipment.details().origin().door().city()).isEqualTo("Ontario");
        assertThat(shipment.details().destination().isDoor()).isFalse();
    }

    @Test
    void lcl_is_consolidated_at_the_origin_cfs_and_transshipped_at_the_hub() {
        Shipment shipment = onlyShipmentOf(ShipmentRow.lclViaCfs());

        assertThat(shipment.details().mode()).isEqualTo(Mode.OCEAN_LCL);
        assertThat(shipment.details().cargo().pieces()).isEqualTo(8);
        assertThat(shipment.details().cargo().weightKg()).isEqualByComparingTo(new BigDecimal("2150.5"));
        assertThat(shipment.plan().legs()).extracting(Leg::type).contains(LegType.CONSOLIDATION,
                LegType.TRANSSHIPMENT, LegType.DECONSOLIDATION);
        assertThat(shipment.plan().transshipmentPoints()).extracting(location -> location.locode().toString())
                .containsExactly("SGSIN");
        assertThat(shipment.details().budget().totals()).containsEntry(Currency.getInstance("GBP"),
                Money.of("215.00", "GBP")).containsEntry(Currency.getInstance("USD"), Money.of("38.50", "USD"));
    }

    @Test
    void air_shipment_flies_under_its_master_air_waybill_from_door_to_door() {
        Shipment shipment = onlyShipmentOf(ShipmentRow.airDoorToDoor());

        assertThat(shipment.details().mode()).isEqualTo(Mode.AIR);
        assertThat(shipment.details().carrier()).isNull();
        assertThat(shipment.details().referenceValues(ReferenceType.MASTER_AIR_WAYBILL)).containsExactly("020-12345675");
        Leg flight = legOf(shipment, LegType.MAIN_CARRIAGE);
        assertThat(flight.mode()).isEqualTo(TransportMode.AIRCRAFT);
        assertThat(flight.vendor().code()).isEqualTo("LH");
        assertThat(flight.conveyance().voyageOrFlight()).isEqualTo("LH8160");
        assertThat(shipment.plan().firstLeg().from().locode()).isEqualTo(UnLocode.of("DEMHG"));
        assertThat(shipment.plan().lastLeg().to().locode()).isEqualTo(UnLocode.of("USJOT"));
    }

    @Test
    void every_template_in_one_file_books_one_shipment_per_row_numbered_as_the_spreadsheet_shows() {
        ShipmentCsvResult result = ImportFile.withRows(ShipmentRow.fclImportToDoor(), ShipmentRow.fclImportRailToDoor(),
                ShipmentRow.fclExportDoorToPort(), ShipmentRow.lclViaCfs(), ShipmentRow.airDoorToDoor()).read();

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(5);
        assertThat(result.rows()).extracting(ImportedRow::rowNumber).containsExactly(2, 3, 4, 5, 6);
        assertThat(result.rows()).extracting(row -> row.shipment().createdAt()).containsOnly(ImportFile.CLOCK.instant());
        assertThat(result.rows()).extracting(row -> row.shipment().id()).doesNotHaveDuplicates();
    }

    @Test
    void blank_rows_are_skipped_and_a_cell_spanning_lines_keeps_the_row_numbers_true() {
        String file = ImportFile.withRows(ShipmentRow.fclImportToDoor()
                .with("commodity", "Sofas\nand chairs")).text() + ",,,,\n\n"
                + ImportFile.withRows(ShipmentRow.lclViaCfs()).text().lines().skip(1).findFirst().orElseThrow() + "\n";

        ShipmentCsvResult result = ImportFile.read(file);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsRead()).isEqualTo(2);
        assertThat(result.rows()).extracting(ImportedRow::rowNumber).containsExactly(2, 5);
        assertThat(result.rows().get(0).shipment().details().cargo().description()).isEqualTo("Sofas\nand chairs");
    }

    @Test
    void cells_are_read_case_insensitively_and_without_surrounding_spaces() {
        Shipment shipment = onlyShipmentOf(ShipmentRow.fclImportToDoor().with("template", " fcl_import_port_to_door ")
                .with("direction", "import").with("origin", "cnytn").with("carrier", "maeu")
                .with("containers", "csqu 305438 3 42g1;MWCU6059784 45G1; "));

        assertThat(shipment.details().origin().locode()).isEqualTo(UnLocode.of("CNYTN"));
        assertThat(shipment.details().cargo().containers()).extracting(c -> c.number().toString())
                .containsExactly("CSQU3054383", "MWCU6059784");
    }

    private static Shipment onlyShipmentOf(ShipmentRow row) {
        ShipmentCsvResult result = ImportFile.withRows(row).read();
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).hasSize(1);
        return result.rows().get(0).shipment();
    }

    private static Leg legOf(Shipment shipment, LegType type) {
        List<Leg> legs = shipment.plan().legs().stream().filter(leg -> leg.type() == type).toList();
        assertThat(legs).isNotEmpty();
        return legs.get(0);
    }
}
