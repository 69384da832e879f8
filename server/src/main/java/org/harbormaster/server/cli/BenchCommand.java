package org.harbormaster.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code harbormaster bench ...}: end-to-end measurements on this machine, reported as rates. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Harbormaster end to end on this machine (see docs/PERFORMANCE.md).",
        subcommands = {BenchImportCommand.class, BenchIngestCommand.class, BenchQueueCommand.class,
                BenchSimulateCommand.class, BenchPagesCommand.class})
public final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing what to measure: try 'harbormaster bench import'");
    }
}
