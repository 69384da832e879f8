package org.harbormaster.server;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.harbormaster.server.cli.HarbormasterCommand;
import picocli.CommandLine;

/** Runs {@code harbormaster} commands in this JVM, as a user would type them, keeping what they print. */
public final class CommandLineRun {

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** The exit code; what the command printed is in {@link #out()} and {@link #err()} until the next run. */
    public int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine commandLine = HarbormasterCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }
}
