package org.harbormaster.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The time zones of {@code unlocode.tsv.gz} (assigned from the tz database's zone.tab by
 * {@code tools/unlocode/build_unlocode_resource.py}) for the places Harbormaster's users meet most.
 */
class UnLocodeTimeZoneTest {

    private static final Instant NORTHERN_WINTER = Instant.parse("2025-01-15T12:00:00Z");
    private static final Instant NORTHERN_SUMMER = Instant.parse("2025-07-15T12:00:00Z");

    private final UnLocodeDirectory directory = UnLocodeDirectory.standard();

    // Compared by rules, not by name: a tz link (America/Montreal, Asia/Calcutta, Asia/Saigon) has the
    // rules of its target. AEJEA (Jebel Ali) is not in the directory; AEQWE is Jebel Ali Free Zone.
    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
        "USOAK, America/Los_Angeles", "USLGB, America/Los_Angeles", "USSEA, America/Los_Angeles",
        "USCHI, America/Chicago", "USDEN, America/Denver", "USPHX, America/Phoenix",
        "USNYC, America/New_York", "USSAV, America/New_York", "USHOU, America/Chicago",
        "USMEM, America/Chicago", "USANC, America/Anchorage", "USHNL, Pacific/Honolulu",
        "CAVAN, America/Vancouver", "CAMTR, America/Montreal", "THBKK, Asia/Bangkok",
        "CNYTN, Asia/Shanghai", "CNSHA, Asia/Shanghai", "HKHKG, Asia/Hong_Kong",
        "SGSIN, Asia/Singapore", "KRPUS, Asia/Seoul", "VNSGN, Asia/Ho_Chi_Minh",
        "DEHAM, Europe/Berlin", "NLRTM, Europe/Amsterdam", "GBFXT, Europe/London",
        "AUPER, Australia/Perth", "AUSYD, Australia/Sydney", "BRSSZ, America/Sao_Paulo",
        "BRMAO, America/Manaus", "RUVVO, Asia/Vladivostok", "RULED, Europe/Moscow",
        "MXZLO, America/Mexico_City", "IDJKT, Asia/Jakarta", "INNSA, Asia/Kolkata",
        "AEQWE, Asia/Dubai",
    })
    void location_has_the_zone_of_its_place(String code, String expectedZone) {
        ZoneId expected = ZoneId.of(expectedZone);
        ZoneId actual = directory.find(code).orElseThrow(() -> new AssertionError(code + " missing")).zone();

        assertThat(actual.getRules()).as("%s: %s, expected %s", code, actual, expected)
                .isEqualTo(expected.getRules());
        assertThat(actual.getRules().getOffset(NORTHERN_WINTER)).as("%s in January", code)
                .isEqualTo(expected.getRules().getOffset(NORTHERN_WINTER));
        assertThat(actual.getRules().getOffset(NORTHERN_SUMMER)).as("%s in July", code)
                .isEqualTo(expected.getRules().getOffset(NORTHERN_SUMMER));
    }

    @Test
    void every_zone_in_the_resource_parses_and_there_are_plenty_of_them() throws Exception {
        // Read the raw resource: the directory itself would fail to load on a zone the JDK does not know.
        Set<String> zones = new HashSet<>();
        try (InputStream stream = UnLocodeDirectory.class.getResourceAsStream(UnLocodeDirectory.RESOURCE);
             BufferedReader reader = new BufferedReader(
                     new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.startsWith("#")) {
                    zones.add(line.substring(line.lastIndexOf('\t') + 1));
                }
            }
        }
        for (String zone : zones) {
            assertThatCode(() -> ZoneId.of(zone)).as(zone).doesNotThrowAnyException();
        }
        assertThat(zones).hasSizeGreaterThan(200);
    }
}
