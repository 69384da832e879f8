package org.harbormaster.server.cli;

import picocli.CommandLine.Command;

/** {@code harbormaster import ...}: bulk loads from files. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import data from files into the same database 'serve' uses.",
        subcommands = ImportShipmentsCommand.class)
public final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "Missing what to import: try 'harbormaster import shipments FILE.csv'");
    }
}
