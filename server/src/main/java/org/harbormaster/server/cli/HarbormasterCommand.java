package org.harbormaster.server.cli;

import org.springframework.beans.BeansException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code harbormaster}: the root command. A new subcommand is one class annotated with
 * {@code @Command(name = ...)}, added to {@code subcommands} below. Exit codes: 0 success, 1 failure
 * while running, 2 wrong usage.
 */
@Command(
        name = "harbormaster",
        mixinStandardHelpOptions = true,
        versionProvider = HarbormasterVersion.class,
        description = "Freight-forwarding control tower.",
        subcommands = {
                ServeCommand.class,
                VersionCommand.class,
                ImportCommand.class,
                BenchCommand.class,
                IngestCommand.class,
                PredictionsCommand.class,
                BacktestCommand.class,
                KpiCommand.class,
        })
public final class HarbormasterCommand implements Runnable {

    public static final int FAILED = CommandLine.ExitCode.SOFTWARE;
    public static final int USAGE = CommandLine.ExitCode.USAGE;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: try 'harbormaster serve'");
    }

    /** The command line, ready to {@code execute(args)}. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new HarbormasterCommand());
        commandLine.setExecutionExceptionHandler((failure, failed, parseResult) -> {
            failed.getErr().println("harbormaster: " + describe(failure));
            return FAILED;
        });
        return commandLine;
    }

    /**
     * The causes of a failure in one line, without Spring's "Error creating bean" wrappers, which
     * repeat the whole chain in their own messages.
     */
    static String describe(Throwable failure) {
        StringBuilder description = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (cause instanceof BeansException || message == null || description.indexOf(message) >= 0) {
                continue;
            }
            description.append(description.isEmpty() ? "" : ": ").append(message);
        }
        return description.isEmpty() ? failure.getClass().getSimpleName() : description.toString();
    }
}
