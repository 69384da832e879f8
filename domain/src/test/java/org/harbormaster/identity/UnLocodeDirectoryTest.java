package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class UnLocodeDirectoryTest {

    private final UnLocodeDirectory directory = UnLocodeDirectory.standard();

    @Test
    void directory_holds_more_than_a_hundred_thousand_locations() {
        assertThat(directory.size()).isGreaterThan(100_000);
    }

    @Test
    void every_location_has_a_valid_java_time_zone() throws Exception {
        // Read the raw resource rather than the directory, which would have failed to load on a bad zone.
        int lines = 0;
        try (InputStream stream = UnLocodeDirectory.class.getResourceAsStream(UnLocodeDirectory.RESOURCE);
             BufferedReader reader = new BufferedReader(
                     new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                assertThat(fields).as(line).hasSize(7);
                assertThatCode(() -> ZoneId.of(fields[6])).as(line).doesNotThrowAnyException();
                lines++;
            }
        }
        assertThat(lines).isEqualTo(directory.size()).isGreaterThan(100_000);
    }

    @Test
    void every_code_follows_the_un_locode_alphabet_and_every_location_has_a_name() {
        assertThat(directory.codes()).allMatch(code -> code.matches("[A-Z]{2}[A-Z2-9]{3}"));
        assertThat(directory.codes()).allMatch(code -> !directory.find(code).orElseThrow().name().isBlank());
    }

    @Test
    void coordinates_are_on_the_globe() {
        assertThat(directory.codes()).map(code -> directory.find(code).orElseThrow())
                .filteredOn(LocationInfo::hasCoordinates)
                .allMatch(info -> Math.abs(info.latitude()) <= 90 && Math.abs(info.longitude()) <= 180);
    }

    @Test
    void lookup_ignores_case_and_surrounding_spaces() {
        assertThat(directory.find(" cnytn ")).hasValueSatisfying(info -> assertThat(info.code()).isEqualTo("CNYTN"));
        assertThat(directory.contains("CNYTN")).isTrue();
        assertThat(directory.contains("XXABC")).isFalse();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void location_marked_for_deletion_is_left_out() {
        // GPJAR (Jarry) carries change indicator X in the 2024-2 list.
        assertThat(directory.contains("GPJAR")).isFalse();
    }

    @Test
    void directory_loads_in_well_under_a_second() throws Exception {
        long start = System.nanoTime();
        try (InputStream stream = UnLocodeDirectory.class.getResourceAsStream(UnLocodeDirectory.RESOURCE)) {
            UnLocodeDirectory.read(stream);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.getLogger(UnLocodeDirectoryTest.class.getName()).log(System.Logger.Level.INFO, "UN/LOCODE directory read in " + millis + " ms");
        // Generous bound: shared build machines are slow; a typical run takes a few hundred milliseconds.
        assertThat(millis).isLessThan(3_000);
    }
}
