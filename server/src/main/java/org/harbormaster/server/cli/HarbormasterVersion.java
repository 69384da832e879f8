package org.harbormaster.server.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * The version of this build: from the jar manifest, or when running from classes, from
 * {@code harbormaster.version} in {@code application.properties}, which Maven fills in at build time.
 */
public final class HarbormasterVersion implements IVersionProvider {

    public static String current() {
        String fromManifest = HarbormasterVersion.class.getPackage().getImplementationVersion();
        if (fromManifest != null) {
            return fromManifest;
        }
        Properties properties = new Properties();
        try (InputStream in = HarbormasterVersion.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException unreadable) {
            return "unknown";
        }
        String fromBuild = properties.getProperty("harbormaster.version", "unknown");
        return fromBuild.startsWith("@") ? "unknown" : fromBuild;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Harbormaster " + current(), VersionCommand.javaDescription()};
    }
}
