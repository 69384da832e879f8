package org.harbormaster.server.inbox;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harbormaster.event.EventFormat;
import org.harbormaster.server.shipments.InvalidRequestException;
import org.harbormaster.shipment.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Carrier messages in: {@code POST /api/v1/inbound/{format}} with the raw message as the body, answered
 * with the inbox receipt once the message is stored; and the inbox itself: messages by status, each with
 * its failures and events, its content, and replay after a fix.
 */
@RestController
@RequestMapping("/api/v1/inbound")
@Tag(name = "Inbound messages", description = "Carrier status messages in, the durable inbox, quarantine and replay")
public class InboundController {

    /** Larger messages are processed in the background, not while the sender waits for the receipt. */
    static final int PROCESS_WHILE_WAITING_UP_TO_BYTES = 256 * 1024;
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 500;

    private final Inbox inbox;
    private final InboundFormats formats;
    private final InboxSweeper background;
    private final EventHistory history;

    private final BatchedReceiver batched;

    InboundController(Inbox inbox, InboundFormats formats, InboxSweeper background, EventHistory history,
                      BatchedReceiver batched) {
        this.batched = batched;
        this.inbox = inbox;
        this.formats = formats;
        this.background = background;
        this.history = history;
    }

    @PostMapping("/{format}")
    @Operation(summary = "Deliver one raw message (DCSA JSON, X12 315, IFTSTA, CSV): 202 with the receipt once it "
            + "is stored, 200 if it was delivered before")
    public ResponseEntity<MessageView> deliver(@PathVariable String format,
                                               @RequestBody(required = false) byte[] body,
                                               @RequestHeader(value = "X-Sender", required = false) String sender,
                                               @RequestHeader(value = "Prefer", required = false) String prefer,
                                               Principal user) throws InterruptedException {
        List<FieldProblem> problems = new ArrayList<>();
        EventFormat known = formats.byName(format).orElse(null);
        if (known == null) {
            problems.add(new FieldProblem("format", "'" + format + "' is not one of " + String.join(", ", formats.names())));
        }
        if (body == null || body.length == 0) {
            problems.add(new FieldProblem("body", "is empty: send the message as the request body"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        String from = sender != null && !sender.isBlank() ? sender : user == null ? null : user.getName();
        Receipt receipt;
        if (prefer != null && prefer.toLowerCase(java.util.Locale.ROOT).contains("respond-async")) {
            receipt = awaitReceipt(batched.receive(known, from, body));
            return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                    .header("Preference-Applied", "respond-async")
                    .location(URI.create("/api/v1/inbound/messages/" + receipt.message().id()))
                    .body(MessageView.of(receipt));
        }
        if (body.length > PROCESS_WHILE_WAITING_UP_TO_BYTES) {
            receipt = inbox.receive(known, from, body);
            if (receipt.message().status() == MessageStatus.RECEIVED) {
                background.processSoon(receipt.message().id());
            }
        } else {
            receipt = inbox.receiveAndProcess(known, from, body);
        }
        return ResponseEntity.status(receipt.duplicate() ? HttpStatus.OK : HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/inbound/messages/" + receipt.message().id()))
                .body(MessageView.of(receipt));
    }

    /** Waits for the group commit that stores the message; its failure is ours, reported as a 500 incident. */
    private static Receipt awaitReceipt(java.util.concurrent.CompletableFuture<Receipt> pending) throws InterruptedException {
        try {
            return pending.get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("the message could not be stored", e.getCause());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("the message was not stored within 30 s", e);
        }
    }

    @GetMapping("/messages")
    @Operation(summary = "Messages newest first, e.g. ?status=QUARANTINED, each with its failures; cursor pagination")
    public MessageView.Page list(@RequestParam(required = false) String status,
                                 @RequestParam(required = false) String format,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit) {
        List<FieldProblem> problems = new ArrayList<>();
        MessageStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = MessageStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "'" + status + "' is not one of RECEIVED, PROCESSED, QUARANTINED"));
            }
        }
        EventFormat ofFormat = null;
        if (format != null && !format.isBlank()) {
            ofFormat = formats.byName(format).orElse(null);
            if (ofFormat == null) {
                problems.add(new FieldProblem("format", "'" + format + "' is not one of " + String.join(", ", formats.names())));
            }
        }
        Long before = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                before = Long.parseLong(cursor.strip());
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("cursor", "'" + cursor + "' is not a cursor this server issued"));
            }
        }
        int size = limit == null ? DEFAULT_PAGE_SIZE : limit;
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        List<InboxMessage> page = inbox.list(wanted, ofFormat, before, size + 1);
        boolean more = page.size() > size;
        List<InboxMessage> items = more ? page.subList(0, size) : page;
        return new MessageView.Page(items.stream().map(MessageView::of).toList(),
                more ? Long.toString(items.get(items.size() - 1).id()) : null);
    }

    @GetMapping("/messages/{id}")
    @Operation(summary = "One message with its failures and the events first read from it")
    public MessageView get(@PathVariable String id) {
        long messageId = messageId(id);
        InboxMessage message = inbox.find(messageId).orElseThrow(() -> new MessageNotFoundException(id));
        return MessageView.of(message, null, history.ofMessage(messageId));
    }

    @GetMapping(path = "/messages/{id}/content", produces = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    @Operation(summary = "The message as it will be processed (the latest fix), or as delivered with ?original=true")
    public byte[] content(@PathVariable String id, @RequestParam(defaultValue = "false") boolean original) {
        return inbox.content(messageId(id), original).orElseThrow(() -> new MessageNotFoundException(id));
    }

    @PostMapping("/messages/{id}/replay")
    @Operation(summary = "Process a message again; a body, if given, is a fixed version of it (the original is kept)")
    public MessageView replay(@PathVariable String id, @RequestBody(required = false) byte[] fixed, Principal user) {
        InboxMessage message = inbox.replay(messageId(id), fixed, user == null ? null : user.getName())
                .orElseThrow(() -> new MessageNotFoundException(id));
        return MessageView.of(message);
    }

    private static long messageId(String id) {
        try {
            return Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            throw new MessageNotFoundException(id);
        }
    }
}
