package org.harbormaster.formats.x12;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.harbormaster.event.EventFormat;
import org.harbormaster.formats.events.MessageContext;
import org.harbormaster.formats.events.ParseOutcome;

/**
 * Hand-written X12 files for tests: a padded ISA, groups and transaction sets whose trailers count right
 * unless a test says otherwise, one segment per line as most carriers send them.
 */
final class X12Interchange {

    static final Instant RECEIVED = Instant.parse("2026-03-15T08:00:00Z");

    private final String sender;
    private String controlNumber = "000000101";
    private String date = "260312";
    private String time = "0930";
    private final List<Group> groups = new ArrayList<>();

    private X12Interchange(String sender) {
        this.sender = sender;
    }

    static X12Interchange from(String sender) {
        return new X12Interchange(sender);
    }

    X12Interchange controlNumber(String isa13) {
        this.controlNumber = isa13;
        return this;
    }

    X12Interchange sentOn(String yymmdd, String hhmm) {
        this.date = yymmdd;
        this.time = hhmm;
        return this;
    }

    /** A QO group (ocean shipment status) sent on 12 March 2026 at 09:30. */
    X12Interchange oceanStatusGroup(String gs06, Transaction... transactions) {
        return group("QO", gs06, transactions);
    }

    X12Interchange group(String functionalId, String gs06, Transaction... transactions) {
        groups.add(new Group(functionalId, gs06, "20" + date, time, List.of(transactions)));
        return this;
    }

    /** A 315; an argument may hold several segments, each ended by "~" and a line break. */
    static Transaction oceanStatus(String st02, String... body) {
        return transactionSet("315", st02, body);
    }

    static Transaction transactionSet(String type, String st02, String... body) {
        List<String> segments = new ArrayList<>();
        for (String part : body) {
            segments.addAll(List.of(part.split("~\n")));
        }
        return new Transaction(type, st02, segments, -1);
    }

    String text() {
        List<String> segments = new ArrayList<>();
        segments.add("ISA*00*          *00*          *ZZ*" + padded(sender, 15) + "*ZZ*" + padded("HARBORMASTER", 15)
                + "*" + date + "*" + time + "*U*00401*" + controlNumber + "*0*P*>");
        for (Group group : groups) {
            segments.add("GS*" + group.functionalId() + "*" + sender + "*HARBORMASTER*" + group.date() + "*"
                    + group.time() + "*" + group.controlNumber() + "*X*004010");
            for (Transaction transaction : group.transactions()) {
                segments.addAll(transaction.segments());
            }
            segments.add("GE*" + group.transactions().size() + "*" + group.controlNumber());
        }
        segments.add("IEA*" + groups.size() + "*" + controlNumber);
        return String.join("~\n", segments) + "~\n";
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    ParseOutcome parse() {
        return parse(text());
    }

    static ParseOutcome parse(String text) {
        return new X12StatusParser().parse(text.getBytes(StandardCharsets.UTF_8), context());
    }

    static MessageContext context() {
        return new MessageContext(EventFormat.X12_315, null, RECEIVED, 42L);
    }

    private static String padded(String text, int length) {
        return String.format("%-" + length + "s", text);
    }

    record Transaction(String type, String controlNumber, List<String> body, int statedSegmentCount) {

        /** The same transaction set with an SE01 that does not count its segments right. */
        Transaction statingSegmentCount(int count) {
            return new Transaction(type, controlNumber, body, count);
        }

        List<String> segments() {
            List<String> segments = new ArrayList<>();
            segments.add("ST*" + type + "*" + controlNumber);
            segments.addAll(body);
            int count = statedSegmentCount >= 0 ? statedSegmentCount : body.size() + 2;
            segments.add("SE*" + count + "*" + controlNumber);
            return segments;
        }
    }

    private record Group(String functionalId, String controlNumber, String date, String time,
                         List<Transaction> transactions) {
    }
}
