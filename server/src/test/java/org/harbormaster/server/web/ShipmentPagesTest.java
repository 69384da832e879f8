package org.harbormaster.server.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.harbormaster.identity.ContainerNumber;
import org.harbormaster.identity.ImoNumber;
import org.harbormaster.identity.Scac;
import org.harbormaster.identity.SizeType;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.money.Budget;
import org.harbormaster.money.CostCategory;
import org.harbormaster.money.CostLine;
import org.harbormaster.money.Money;
import org.harbormaster.server.EmbeddedDatabaseTestSupport;
import org.harbormaster.server.shipments.ShipmentRepository;
import org.harbormaster.shipment.Address;
import org.harbormaster.shipment.Cargo;
import org.harbormaster.shipment.CarrierReference;
import org.harbormaster.shipment.Container;
import org.harbormaster.shipment.Conveyance;
import org.harbormaster.shipment.Customer;
import org.harbormaster.shipment.Direction;
import org.harbormaster.shipment.Location;
import org.harbormaster.shipment.Milestone;
import org.harbormaster.shipment.Mode;
import org.harbormaster.shipment.Place;
import org.harbormaster.shipment.Plan;
import org.harbormaster.shipment.PlanInputs;
import org.harbormaster.shipment.PlanTemplate;
import org.harbormaster.shipment.ReferenceType;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentDetails;
import org.harbormaster.shipment.ShipmentId;
import org.harbormaster.shipment.Vendor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The operator's shipment pages against the real application and database. MockMvc is built on the
 * shared test context (with the real security filter chain) rather than through
 * {@code @AutoConfigureMockMvc}, so this class reuses the context, and the PostgreSQL, of the other tests.
 */
class ShipmentPagesTest extends EmbeddedDatabaseTestSupport {

    private static final Instant YANTIAN_DEPARTURE = Instant.parse("2026-12-01T06:00:00Z");
    private static final Instant BUSAN_DEPARTURE = Instant.parse("2026-12-05T10:00:00Z");

    @Autowired
    WebApplicationContext context;

    @Autowired
    ShipmentRepository shipments;

    private MockMvc mvc;

    // Booked once for the class: the database is shared with the other tests of this context.
    private static String customer;
    private static Booked yantian;
    private static Booked busan;

    record Booked(String reference, String container) {
    }

    @BeforeEach
    void twoShipmentsOfOneCustomer() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        if (customer != null) {
            return;
        }
        int run = ThreadLocalRandom.current().nextInt(100_000, 999_999);
        customer = "WEB" + run;
        yantian = new Booked("WEB-" + run + "-A", containerNumber("WEBU", run));
        busan = new Booked("WEB-" + run + "-B", containerNumber("WEBU", run + 1));
        shipments.insert(departedFromYantian());
        shipments.insert(bookedFromBusan());
    }

    @Test
    void the_list_shows_both_shipments_with_their_milestones_in_local_time() throws Exception {
        String page = page(get("/shipments").param("customer", customer));

        assertThat(page).contains(yantian.reference(), busan.reference());
        // Yantian departed at 06:00 UTC: 14:00 in China (+08:00).
        assertThat(page).contains("Departed", ">14:00<", "+08:00");
        // Busan loads at 04:00 UTC, six hours before sailing: 13:00 in Korea (+09:00).
        assertThat(page).contains("Loaded", ">13:00<", "+09:00");
        assertThat(page).contains("CNYTN", "Yantian", "USLGB", "Long Beach", "KRPUS", "Busan");
        // The next milestone of the Yantian shipment is the carrier's estimate: 17 Dec 18:00 UTC, 10:00 in Long Beach.
        assertThat(page).contains("Arrived", "17 Dec", ">10:00<", "-08:00", ">est<");
        assertThat(page).contains("data-rows=\"2\"", "shipments shown");
        assertThat(page).contains("In transit", "Booked");
    }

    @Test
    void searching_a_container_number_shows_only_its_shipment() throws Exception {
        String page = page(get("/shipments").param("q", yantian.container()));

        assertThat(page).contains(yantian.reference()).doesNotContain(busan.reference());
        assertThat(page).contains("data-rows=\"1\"", "shipment shown");
    }

    @Test
    void searching_our_reference_finds_the_shipment() throws Exception {
        String page = page(get("/shipments").param("q", busan.reference().toLowerCase()));

        assertThat(page).contains(busan.reference()).doesNotContain(yantian.reference());
    }

    @Test
    void an_unknown_filter_value_is_explained_on_the_page() throws Exception {
        MvcResult result = mvc.perform(get("/shipments").param("mode", "BOAT").with(operator())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("Those filters cannot be used", "Mode", "BOAT", "is not one we know",
                "Ocean FCL, Ocean LCL, Air");
    }

    @Test
    void a_page_link_this_server_did_not_hand_out_is_explained_on_the_page() throws Exception {
        String page = page(get("/shipments").param("cursor", "not-a-cursor"));

        assertThat(page).contains("Page link", "start again from the first page");
    }

    @Test
    void the_shipment_page_shows_milestones_and_legs_in_the_local_time_of_each_place() throws Exception {
        String page = page(get("/shipments/" + yantian.reference()));

        assertThat(page).contains(yantian.reference(), yantian.container(), "45G1");
        // The departure at CNYTN, 06:00 UTC, in China Standard Time.
        assertThat(page).contains("01 Dec", ">14:00<", "CST", "+08:00");
        // The arrival at Long Beach, 14:00 UTC on 16 Dec, is 06:00 Pacific Standard Time.
        assertThat(page).contains("16 Dec", ">06:00<", "PST", "-08:00");
        // The estimate against the plan.
        assertThat(page).contains("17 Dec", ">10:00<", "+1d 4h");
        // The plan, leg by leg.
        assertThat(page).contains("Origin terminal", "Main carriage", "Destination terminal", "Delivery",
                "Empty return", "MAERSK ESSEN", "251E", "IMO 9074729", "DRAY1");
        // Milestones: done ones ticked, cut-offs marked, the next expected highlighted.
        assertThat(page).contains("✓", "cut-off", "VGM cut-off", "class=\"tag next\"");
        // The booking: door address, references, budget total.
        assertThat(page).contains("1200 Warehouse Way", "MAEU123456", "3,100.00 USD");
    }

    @Test
    void a_shipment_is_found_by_its_id_too() throws Exception {
        String id = shipments.findByReference(busan.reference()).orElseThrow().id().toString();

        assertThat(page(get("/shipments/" + id))).contains(busan.reference(), "Busan");
    }

    @Test
    void an_unknown_shipment_is_a_friendly_404() throws Exception {
        MvcResult result = mvc.perform(get("/shipments/NO-SUCH-REF").with(operator())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(404);
        assertThat(result.getResponse().getContentAsString()).contains("Shipment not found", "NO-SUCH-REF");
    }

    @Test
    void the_top_bar_names_the_user_and_logs_out_with_a_csrf_token() throws Exception {
        String page = page(get("/shipments").param("customer", customer));

        assertThat(page).contains("Harbormaster", "ops.anna", "/swagger-ui.html", "action=\"/logout\"",
                "name=\"_csrf\"");
    }

    @Test
    void the_front_door_leads_to_the_work_queue() throws Exception {
        MvcResult result = mvc.perform(get("/").with(operator())).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/queue");
    }

    @Test
    void a_visitor_who_is_not_logged_in_is_sent_to_the_login_page() throws Exception {
        MvcResult result = mvc.perform(get("/shipments").accept(MediaType.TEXT_HTML)).andReturn();

        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request.with(operator())).andReturn();
        assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(result.getResponse().getContentType()).startsWith("text/html");
        return result.getResponse().getContentAsString();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor operator() {
        return user("ops.anna").roles("OPERATOR");
    }

    /** A Yantian to Long Beach FCL import that has loaded and sailed. */
    private Shipment departedFromYantian() {
        PlanInputs inputs = PlanInputs.between(UnLocode.of("CNYTN"), UnLocode.of("USLGB"))
                .sailing(YANTIAN_DEPARTURE, Instant.parse("2026-12-16T14:00:00Z"))
                .carrier(new Vendor("MAEU", "Maersk"),
                        Conveyance.vessel("MAERSK ESSEN", ImoNumber.of("9074729"), "251E"))
                .deliveringTo(new Location(UnLocode.of("USLGB"), "door: 1200 Warehouse Way"),
                        new Vendor("DRAY1", "Harbor Dray"))
                .build();
        Plan plan = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(inputs);
        ShipmentDetails details = new ShipmentDetails(yantian.reference(), new Customer(customer, "Acme Retail"),
                Mode.OCEAN_FCL, Direction.IMPORT, null, List.of(), Place.port(UnLocode.of("CNYTN")),
                new Place(UnLocode.of("USLGB"), new Address("1200 Warehouse Way", "Long Beach", "90802", "US")),
                Cargo.ofContainers(List.of(new Container(ContainerNumber.of(yantian.container()), SizeType.of("45G1")))),
                List.of(new CarrierReference(ReferenceType.BOOKING, "MAEU123456")), Scac.of("MAEU"), "US-WEST",
                "Transpacific Imports", null,
                new Budget(List.of(new CostLine(CostCategory.OCEAN_FREIGHT, "CNYTN-USLGB", Money.of("2450.00", "USD")),
                        new CostLine(CostCategory.DRAYAGE, "to door", Money.of("650", "USD")))));
        Shipment booked = Shipment.book(ShipmentId.random(), details, plan, YANTIAN_DEPARTURE.minusSeconds(864_000));
        return booked.withMilestones(booked.milestones().stream().map(this::sailed).toList());
    }

    /** Loaded and sailed on time; the carrier now expects the vessel at Long Beach 28 hours late. */
    private Milestone sailed(Milestone m) {
        if (m.key().equals("LOADED@CNYTN") || m.key().equals("DEPARTED@CNYTN")) {
            return m.withActual(m.planned());
        }
        return m.key().equals("ARRIVED@USLGB") ? m.withEstimated(m.planned().plusSeconds(28 * 3600)) : m;
    }

    /** A Busan to Seattle FCL import, booked, nothing happened yet. */
    private Shipment bookedFromBusan() {
        PlanInputs inputs = PlanInputs.between(UnLocode.of("KRPUS"), UnLocode.of("USSEA"))
                .sailing(BUSAN_DEPARTURE, Instant.parse("2026-12-17T16:00:00Z"))
                .carrier(new Vendor("HDMU", "HMM"), null)
                .deliveringTo(new Location(UnLocode.of("USSEA"), "door: 400 Pier Road"), null)
                .build();
        Plan plan = PlanTemplate.FCL_IMPORT_PORT_TO_DOOR.draft(inputs);
        ShipmentDetails details = new ShipmentDetails(busan.reference(), new Customer(customer, "Acme Retail"),
                Mode.OCEAN_FCL, Direction.IMPORT, null, List.of(), Place.port(UnLocode.of("KRPUS")),
                new Place(UnLocode.of("USSEA"), new Address("400 Pier Road", "Seattle", "98101", "US")),
                Cargo.ofContainers(List.of(new Container(ContainerNumber.of(busan.container()), SizeType.of("22G1")))),
                List.of(), Scac.of("HDMU"), "US-WEST", null, null, null);
        return Shipment.book(ShipmentId.random(), details, plan, BUSAN_DEPARTURE.minusSeconds(864_000));
    }

    /** A valid ISO 6346 number: owner code and category, six digits of the serial, and its check digit. */
    private static String containerNumber(String ownerAndCategory, int serial) {
        String firstTen = ownerAndCategory + String.format("%06d", serial % 1_000_000);
        return firstTen + ContainerNumber.checkDigit(firstTen);
    }
}
