package org.harbormaster.formats.x12;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real X12 files in the repository's shared data folder (see its PROVENANCE.md), read from the module. */
final class X12SharedSamples {

    static final Path FOLDER = Path.of("../../shared/data/x12");

    private X12SharedSamples() {
    }

    static byte[] bytes(String fileName) {
        try {
            return Files.readAllBytes(FOLDER.resolve(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("the shared sample " + FOLDER.resolve(fileName).toAbsolutePath()
                    + " is missing: tests read it from ../../shared relative to the formats module", e);
        }
    }

    static String text(String fileName) {
        return new String(bytes(fileName), StandardCharsets.UTF_8);
    }
}
