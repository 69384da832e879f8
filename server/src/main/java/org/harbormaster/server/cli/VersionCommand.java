package org.harbormaster.server.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import tools.jackson.databind.json.JsonMapper;

/** {@code harbormaster version}: which Harbormaster, on which Java. */
@Command(name = "version", mixinStandardHelpOptions = true,
        description = "Print the Harbormaster and Java versions.")
final class VersionCommand implements Callable<Integer> {

    @Option(names = "--json", description = "Print as JSON.")
    private boolean json;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        if (json) {
            Map<String, String> versions = new LinkedHashMap<>();
            versions.put("version", HarbormasterVersion.current());
            versions.put("java", Runtime.version().toString());
            versions.put("javaVendor", System.getProperty("java.vendor"));
            spec.commandLine().getOut().println(JsonMapper.builder().build().writeValueAsString(versions));
        } else {
            spec.commandLine().getOut().println("Harbormaster " + HarbormasterVersion.current());
            spec.commandLine().getOut().println(javaDescription());
        }
        return 0;
    }

    static String javaDescription() {
        return "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")";
    }
}
