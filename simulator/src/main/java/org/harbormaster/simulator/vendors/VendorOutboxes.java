package org.harbormaster.simulator.vendors;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.harbormaster.event.TimeKind;
import org.harbormaster.identity.UnLocode;
import org.harbormaster.simulator.engine.EventQueue;
import org.harbormaster.simulator.engine.LogNormal;
import org.harbormaster.simulator.engine.RandomStreams;
import org.harbormaster.simulator.scenario.Scenario.ReportingNoise;

/**
 * Where vendors' reports wait until their sender next sends: each report is delayed by the sender's lag
 * (sometimes much later), may be lost, doubled, or keyed wrong (and then corrected), and goes out in the
 * sender's next message, rendered in its format, to the {@link MessageSink}.
 */
public final class VendorOutboxes {

    /** Receives what the vendors send: the inbox of the system under simulation. */
    public interface MessageSink {
        void receive(Sender sender, byte[] message, Instant receivedAt);
    }

    /** What the noise did, counted for the report. */
    public static final class NoiseCounts {
        public long reports;
        public long missing;
        public long late;
        public long duplicates;
        public long wrong;
        public long corrections;
        public long messages;
        public final Map<String, Long> messagesByFormat = new HashMap<>();
    }

    private record Pending(StatusReport report, WrongData wrong, UUID id, Instant createdAt, UnLocode etaPort,
                           Instant eta) {
    }

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    private final EventQueue queue;
    private final Map<String, ReportingNoise> noise;
    private final MessageSink sink;
    private final Map<Sender, List<Pending>> pending = new HashMap<>();
    private final NoiseCounts counts = new NoiseCounts();
    private long controlNumber;

    public VendorOutboxes(EventQueue queue, Map<String, ReportingNoise> noise, MessageSink sink) {
        this.queue = queue;
        this.noise = noise;
        this.sink = sink;
    }

    public NoiseCounts counts() {
        return counts;
    }

    public void report(Sender sender, StatusReport report, SplittableRandom random) {
        report(sender, report, random, null, null);
    }

    /** A report, with the estimated arrival at {@code etaPort} the sender restates alongside it (X12). */
    public void report(Sender sender, StatusReport report, SplittableRandom random, UnLocode etaPort, Instant eta) {
        ReportingNoise n = noise.get(sender.format().name());
        counts.reports++;
        if (random.nextDouble() < n.missingShare()) {
            counts.missing++;
            return;
        }
        double lagMinutes = LogNormal.ofMeanAndSigma(n.medianLagMinutes() * Math.exp(0.5), 1.0).sample(random);
        if (random.nextDouble() < n.lateShare()) {
            counts.late++;
            lagMinutes += 60 * RandomStreams.exponential(random, n.lateHoursMean());
        }
        Instant ready = queue.now().plusSeconds(Math.round(lagMinutes * 60));
        WrongData wrong = WrongData.NONE;
        StatusReport sent = report;
        if (random.nextDouble() < n.wrongDataShare()) {
            counts.wrong++;
            double which = random.nextDouble();
            wrong = which < 0.4 ? WrongData.CHECK_DIGIT : which < 0.6 ? WrongData.LOCATION : WrongData.TIME;
            if (wrong == WrongData.TIME) {
                sent = report.at(report.at().minusSeconds((long) RandomStreams.uniform(random, 86_400, 2 * 86_400)));
            }
            if (random.nextDouble() < n.correctedShare()) {
                counts.corrections++;
                Instant corrected = ready.plusSeconds((long) RandomStreams.uniform(random, 2 * 3600, 48 * 3600));
                enqueue(sender, new Pending(report, WrongData.NONE, uuid(random), corrected, etaPort, eta));
            }
        }
        Pending item = new Pending(sent, wrong, uuid(random), ready, etaPort, eta);
        enqueue(sender, item);
        if (random.nextDouble() < n.duplicateShare()) {
            counts.duplicates++;
            Instant again = ready.plusSeconds((long) RandomStreams.uniform(random, 3600, 24 * 3600));
            queue.at(again, () -> add(sender, item));
        }
    }

    private void enqueue(Sender sender, Pending item) {
        queue.at(item.createdAt(), () -> add(sender, item));
    }

    private void add(Sender sender, Pending item) {
        List<Pending> waiting = pending.computeIfAbsent(sender, s -> new ArrayList<>());
        if (waiting.isEmpty()) {
            long cadence = sender.cadence().getSeconds();
            long next = Math.floorDiv(queue.nowSeconds(), cadence) * cadence + cadence;
            queue.atSeconds(next, () -> flush(sender));
        }
        waiting.add(item);
    }

    private void flush(Sender sender) {
        List<Pending> items = pending.remove(sender);
        if (items == null || items.isEmpty()) {
            return;
        }
        Instant sentAt = queue.now();
        byte[] message = switch (sender.format()) {
            case DCSA -> dcsa(items);
            case X12_315 -> X12Writer.file(sender.code(), ++controlNumber, sentAt, items.stream()
                    .map(p -> new X12Writer.Status(p.report(), p.wrong(), p.etaPort(), p.eta())).toList());
            case CSV -> TruckerCsvWriter.sheet(items.stream()
                    .map(p -> new TruckerCsvWriter.Row(p.report(), p.wrong())).toList());
            default -> throw new IllegalStateException(sender.format().name());
        };
        counts.messages++;
        counts.messagesByFormat.merge(sender.format().name(), 1L, Long::sum);
        Instant received = sentAt.plus(DELIVERY);
        queue.at(received, () -> sink.receive(sender, message, received));
    }

    private static byte[] dcsa(List<Pending> items) {
        StringBuilder json = new StringBuilder(900 * items.size());
        json.append('[');
        for (Pending p : items) {
            DcsaWriter.events(json, p.report(), p.id(), p.createdAt(), p.wrong());
            if (p.eta() != null) {
                StatusReport eta = new StatusReport(StatusReport.Status.VESSEL_ARRIVED, TimeKind.ESTIMATED, p.eta(),
                        p.etaPort(), List.of(), p.report().booking(), p.report().vessel());
                UUID etaId = new UUID(p.id().getMostSignificantBits() ^ 0x5A5AL, p.id().getLeastSignificantBits());
                DcsaWriter.events(json, eta, etaId, p.createdAt(), WrongData.NONE);
            }
        }
        json.append(']');
        return json.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
