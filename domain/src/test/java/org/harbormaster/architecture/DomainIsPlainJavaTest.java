package org.harbormaster.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The domain core is the trade's model in plain Java. Frameworks, databases, HTTP and JSON binding stay
 * outside it, and it never reads the wall clock: time comes in as a {@link Clock} or an {@link Instant}.
 */
class DomainIsPlainJavaTest {

    private static JavaClasses domain;

    @BeforeAll
    static void importDomain() {
        domain = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.harbormaster");
    }

    @Test
    void the_domain_uses_no_framework_database_http_or_json_binding() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "javax.persistence..",
                        "java.net.http..", "org.apache.http..", "com.fasterxml.jackson..", "tools.jackson..",
                        "com.google.gson..", "org.hibernate..", "org.jooq..")
                .because("the domain core must stay plain Java (see docs/ARCHITECTURE.md)")
                .check(domain);
    }

    @Test
    void the_domain_never_reads_the_wall_clock() {
        noClasses().should().callMethod(Instant.class, "now")
                .orShould().callMethod(LocalDate.class, "now")
                .orShould().callMethod(Clock.class, "systemUTC")
                .orShould().callMethod(Clock.class, "systemDefaultZone")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .because("time is passed in, so rules can be tested and replayed")
                .check(domain);
    }

    @Test
    void domain_packages_do_not_depend_on_each_other_in_cycles() {
        slices().matching("org.harbormaster.(*)..").should().beFreeOfCycles().check(domain);
    }

    @Test
    void identifiers_know_nothing_of_shipments() {
        noClasses().that().resideInAPackage("org.harbormaster.identity..")
                .should().dependOnClassesThat().resideInAnyPackage("org.harbormaster.shipment..",
                        "org.harbormaster.money..")
                .check(domain);
    }
}
