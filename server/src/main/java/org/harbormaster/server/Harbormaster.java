package org.harbormaster.server;

import org.harbormaster.server.cli.HarbormasterCommand;

/** The {@code harbormaster} command line: {@code serve}, {@code version}, and the other subcommands. */
public final class Harbormaster {

    private Harbormaster() {
    }

    public static void main(String[] args) {
        System.exit(HarbormasterCommand.commandLine().execute(args));
    }
}
