package org.harbormaster.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.harbormaster.event.EventFormat;
import org.harbormaster.server.HarbormasterApplication;
import org.harbormaster.server.inbox.EventCounts;
import org.harbormaster.server.inbox.Inbox;
import org.harbormaster.server.inbox.InboundFormats;
import org.harbormaster.server.inbox.InboxMessage;
import org.harbormaster.server.inbox.MessageStatus;
import org.harbormaster.server.inbox.Receipt;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code harbormaster ingest --format FORMAT FILE...}: each file is one carrier message, stored in the inbox
 * and processed exactly as if it had been posted to {@code /api/v1/inbound/{format}}.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest carrier status messages from files (each file one message) into the same database "
                + "'serve' uses: stored in the inbox, parsed, matched to shipments and applied once.",
                "Exit code 0: every message processed; 1: some were quarantined (or could not be processed)."})
public final class IngestCommand implements Callable<Integer> {

    static final List<String> FORMATS = java.util.Arrays.stream(EventFormat.values()).map(InboundFormats::nameOf)
            .toList();

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "dcsa, x12-315, iftsta or csv.")
    private String format;

    @Option(names = "--sender", paramLabel = "NAME",
            description = "Who sent the files (a carrier, a trucker), for matching duplicates and counting data "
                    + "quality per source (default: unknown).")
    private String sender;

    @Option(names = "--json", description = "Print the summary as JSON, for scripts.")
    private boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "The message files.")
    private List<Path> files;

    /** One file's fate. {@code processedNow}: its events were read in this run (not a duplicate done before). */
    private record Outcome(Path file, InboxMessage message, boolean duplicate, boolean processedNow) {
    }

    @Override
    public Integer call() throws IOException {
        if (!FORMATS.contains(format.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), "--format must be one of dcsa, x12-315, iftsta, csv; not '"
                    + format + "'");
        }
        for (Path file : files) {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ParameterException(spec.commandLine(), "cannot read " + file);
            }
        }
        try (ConfigurableApplicationContext context = HarbormasterApplication.startWithoutWeb(database.properties())) {
            EventFormat eventFormat = context.getBean(InboundFormats.class).byName(format).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "this version cannot read " + format + " yet"));
            Inbox inbox = context.getBean(Inbox.class);
            long started = System.nanoTime();
            List<Outcome> outcomes = new ArrayList<>();
            for (Path file : files) {
                outcomes.add(ingest(inbox, eventFormat, file));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Summary summary = Summary.of(outcomes);
            print(summary, outcomes, seconds);
            return summary.quarantined() == 0 && summary.pending() == 0 ? 0 : HarbormasterCommand.FAILED;
        }
    }

    private Outcome ingest(Inbox inbox, EventFormat eventFormat, Path file) throws IOException {
        Receipt receipt = inbox.receive(eventFormat, sender, Files.readAllBytes(file));
        if (receipt.message().status() != MessageStatus.RECEIVED) {
            return new Outcome(file, receipt.message(), receipt.duplicate(), false);
        }
        return new Outcome(file, inbox.process(receipt.message().id()), receipt.duplicate(), true);
    }

    private record Summary(int files, int received, int duplicateMessages, EventCounts events, int quarantined,
                           int pending) {

        static Summary of(List<Outcome> outcomes) {
            int received = 0;
            int duplicates = 0;
            int quarantined = 0;
            int pending = 0;
            EventCounts events = EventCounts.NONE;
            for (Outcome o : outcomes) {
                if (o.duplicate()) {
                    duplicates++;
                } else {
                    received++;
                }
                if (o.processedNow() && o.message().counts() != null) {
                    events = events.plus(o.message().counts());
                }
                if (o.message().status() == MessageStatus.QUARANTINED) {
                    quarantined++;
                } else if (o.message().status() == MessageStatus.RECEIVED) {
                    pending++;
                }
            }
            return new Summary(outcomes.size(), received, duplicates, events, quarantined, pending);
        }
    }

    private void print(Summary summary, List<Outcome> outcomes, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(asJson(summary, outcomes, seconds)));
            out.flush();
            return;
        }
        for (Outcome o : outcomes) {
            InboxMessage m = o.message();
            String events = m.counts() == null ? "" : String.format("%d events: %d applied, %d duplicates, %d unmatched",
                    m.counts().read(), m.counts().applied(), m.counts().duplicates(), m.counts().unmatched());
            out.printf("%s: message %d %s%s%s%n", o.file(), m.id(), m.status(),
                    o.duplicate() ? " (delivered before" + (o.processedNow() ? ", processed now)" : ", nothing done)") : "",
                    events.isEmpty() || !o.processedNow() ? "" : "; " + events);
            m.failures().forEach(f -> out.printf("    %s: %s%n", f.where(), f.reason()));
            if (m.status() == MessageStatus.RECEIVED && m.lastError() != null) {
                out.printf("    not processed: %s%n", m.lastError());
            }
        }
        EventCounts e = summary.events();
        out.printf("%d files: %d received, %d duplicates; %d events read: %d applied, %d duplicates, %d unmatched; "
                        + "%d quarantined%s (%.2f s)%n", summary.files(), summary.received(), summary.duplicateMessages(),
                e.read(), e.applied(), e.duplicates(), e.unmatched(), summary.quarantined(),
                summary.pending() == 0 ? "" : ", " + summary.pending() + " not processed", seconds);
        out.flush();
    }

    private Map<String, Object> asJson(Summary summary, List<Outcome> outcomes, double seconds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("format", format);
        body.put("files", summary.files());
        body.put("received", summary.received());
        body.put("duplicateMessages", summary.duplicateMessages());
        body.put("events", summary.events().read());
        body.put("applied", summary.events().applied());
        body.put("duplicateEvents", summary.events().duplicates());
        body.put("unmatched", summary.events().unmatched());
        body.put("quarantined", summary.quarantined());
        body.put("notProcessed", summary.pending());
        body.put("seconds", Math.round(seconds * 1000) / 1000.0);
        List<Map<String, Object>> messages = new ArrayList<>();
        for (Outcome o : outcomes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", o.file().toString());
            m.put("messageId", o.message().id());
            m.put("sha256", o.message().sha256());
            m.put("duplicate", o.duplicate());
            m.put("status", o.message().status().name());
            m.put("events", o.message().counts());
            m.put("failures", o.message().failures().stream()
                    .map(f -> Map.of("where", f.where(), "reason", f.reason())).toList());
            if (o.message().lastError() != null) {
                m.put("error", o.message().lastError());
            }
            messages.add(m);
        }
        body.put("messages", messages);
        return body;
    }
}
