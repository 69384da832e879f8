package org.harbormaster.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.harbormaster.event.EventFormat;
import org.harbormaster.shipment.Shipment;
import org.harbormaster.shipment.ShipmentStatus;
import org.harbormaster.simulator.scenario.InvalidScenarioException;
import org.harbormaster.simulator.scenario.Scenario;
import org.harbormaster.simulator.scenario.ScenarioFile;
import org.harbormaster.simulator.vendors.Sender;
import org.junit.jupiter.api.Test;

/** A run advanced step by step, as the live demo will drive it, shows what it books and what vendors send. */
class SimulationRunTest {

    private static final Scenario SCENARIO = ScenarioFile.defaultScenario();

    @Test
    void a_live_feed_sees_every_booking_and_every_vendor_message_in_time_order() {
        List<Shipment> booked = new ArrayList<>();
        Map<EventFormat, Integer> messages = new EnumMap<>(EventFormat.class);
        List<Instant> received = new ArrayList<>();
        SimulationRun run = new SimulationRun(SCENARIO, SimulationOptions.of(20, 5), new LiveFeed() {
            @Override
            public void booked(Shipment shipment) {
                booked.add(shipment);
            }

            @Override
            public void message(Sender sender, byte[] message, Instant receivedAt) {
                messages.merge(sender.format(), 1, Integer::sum);
                received.add(receivedAt);
            }
        });

        run.advanceTo(run.start().plus(Duration.ofDays(90)));

        assertThat(booked).hasSizeGreaterThan(500).allSatisfy(s -> assertThat(s.plan().legs()).isNotEmpty());
        assertThat(messages).containsKeys(EventFormat.DCSA, EventFormat.X12_315, EventFormat.CSV);
        assertThat(received).isSorted();
        assertThat(booked).extracting(s -> run.shipment(s.id()).status())
                .contains(ShipmentStatus.COMPLETED, ShipmentStatus.DELIVERED);
    }

    @Test
    void a_policy_the_scenario_does_not_have_is_refused_with_the_ones_it_has() {
        InvalidScenarioException e = catchThrowableOfType(InvalidScenarioException.class,
                () -> Simulation.run(SCENARIO, SimulationOptions.of(5, 1).withPolicy("overtime")));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("policy");
            assertThat(p.reason()).contains("'overtime'", "baseline", "pre-pull");
        });
    }
}
