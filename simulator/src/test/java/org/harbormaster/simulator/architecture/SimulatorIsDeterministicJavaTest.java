package org.harbormaster.simulator.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import org.harbormaster.simulator.Simulation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What keeps a run decided by its seed alone: nothing in the simulator reads the wall clock (only
 * {@link Simulation} times the run, for the performance figures, which are kept out of the JSON report) or
 * draws from a random source that is not one of the seeded streams. And it stays plain Java.
 */
class SimulatorIsDeterministicJavaTest {

    private static JavaClasses simulator;

    @BeforeAll
    static void importSimulator() {
        simulator = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.harbormaster.simulator");
    }

    @Test
    void nothing_reads_the_wall_clock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(LocalDateTime.class, "now")
                .orShould().callMethod(ZonedDateTime.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("simulated time is the event queue's; the wall clock would make runs differ")
                .check(simulator);
        noClasses().that().doNotHaveFullyQualifiedName(Simulation.class.getName())
                .should().callMethod(System.class, "nanoTime")
                .because("only the run's own timing, kept out of report.json, may read it")
                .check(simulator);
    }

    @Test
    void all_randomness_comes_from_the_seeded_streams() {
        noClasses().should().callMethod(Math.class, "random")
                .orShould().callConstructor(Random.class)
                .orShould().callMethod(UUID.class, "randomUUID")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.concurrent.ThreadLocalRandom")
                .because("every draw must come from a stream the seed decides (RandomStreams)")
                .check(simulator);
    }

    @Test
    void the_simulator_is_plain_java() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "jakarta..", "org.harbormaster.server..")
                .check(simulator);
    }

    @Test
    void the_truth_and_its_vendors_never_read_messages() {
        noClasses().that().resideInAnyPackage("org.harbormaster.simulator.network..",
                        "org.harbormaster.simulator.vendors..")
                .should().dependOnClassesThat().resideInAnyPackage("org.harbormaster.formats..",
                        "org.harbormaster.simulator.report..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName(
                        "org.harbormaster.simulator.inbox.SimulatedInbox")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.harbormaster.event.MilestoneEvent")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.harbormaster.event.EventApplication")
                .because("reading the messages is Harbormaster's job, done by its own parsers in the inbox; the "
                        + "network books and re-plans shipments in Harbormaster's store, as an operator would")
                .check(simulator);
    }

    @Test
    void simulator_packages_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.harbormaster.simulator.(*)..").should().beFreeOfCycles().check(simulator);
    }
}
