package org.harbormaster.server.exceptions;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live updates of the open work queues (server-sent events): once cases changed and their transaction committed,
 * every open queue page is told, at most once a second however many cases changed, and fetches its rows again.
 * A comment every 20 seconds keeps idle connections open through proxies. The ticks run where scheduling does (the
 * server, not the one-off commands).
 */
@Component
class QueueUpdates {

    static final Duration CONNECTION_LIFETIME = Duration.ofMinutes(30);

    private final List<SseEmitter> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean changed = new AtomicBoolean();

    SseEmitter listen() {
        SseEmitter emitter = new SseEmitter(CONNECTION_LIFETIME.toMillis());
        emitter.onCompletion(() -> listeners.remove(emitter));
        emitter.onTimeout(() -> listeners.remove(emitter));
        emitter.onError(e -> listeners.remove(emitter));
        listeners.add(emitter);
        send(emitter, SseEmitter.event().name("hello").data("listening"));
        return emitter;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void casesChanged(CasesChanged event) {
        changed.set(true);
    }

    @Scheduled(fixedDelayString = "${harbormaster.queue.update-interval:PT1S}")
    void tellListeners() {
        if (changed.getAndSet(false)) {
            listeners.forEach(l -> send(l, SseEmitter.event().name("changed").data(System.currentTimeMillis())));
        }
    }

    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        listeners.forEach(l -> send(l, SseEmitter.event().comment("still here")));
    }

    int listening() {
        return listeners.size();
    }

    private void send(SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            // The browser went away; the container ends the request itself.
            listeners.remove(emitter);
        }
    }
}
