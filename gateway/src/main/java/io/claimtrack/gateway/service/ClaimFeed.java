package io.claimtrack.gateway.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.model.Appearance;
import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimSpeaker;
import io.claimtrack.gateway.rest.Problems;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;

/**
 * Live claims and corrections for dashboards, read from the store so that every gateway pod sends every
 * new claim and correction, whichever pod made it. One poller per pod runs while anyone subscribes and
 * hands each event to every subscriber's own queue; a subscriber resuming after an event id is first
 * sent what it missed, read from the store. Claims and corrections share one sequence, the event ids. Everything callers can grow is bounded: subscribers per pod and per
 * key, and each subscriber's queue (a subscriber that falls further behind is dropped).
 */
@ApplicationScoped
public class ClaimFeed {

    private static final Logger LOG = Logger.getLogger(ClaimFeed.class);
    private static final int PAGE = 100;
    private static final int RETRY_AFTER_SECONDS = 30;
    private static final Duration FAILURE_PAUSE = Duration.ofSeconds(2);

    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    // Guarded by this, like register and unregister: subscribers per caller, only callers with one.
    private final Map<String, Integer> perCaller = new HashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "claim-feed-poller");
        thread.setDaemon(true);
        return thread;
    });
    // Guarded by this: the seq up to which claims were handed to the subscribers.
    private long cursor;
    private ScheduledFuture<?> polling;

    @Inject
    ClaimChanges changes;

    @Inject
    GatewayConfig config;

    @Inject
    ManagedExecutor executor;

    /** One subscription: its queue, how much of it is unread, and how to end it when it falls too far behind. */
    private static final class Subscriber {
        final UnicastProcessor<FeedEvent> live = UnicastProcessor.create();
        final AtomicInteger queued = new AtomicInteger();
        final String caller;
        final Consumer<String> drop;

        Subscriber(String caller, Consumer<String> drop) {
            this.caller = caller;
            this.drop = drop;
        }
    }

    /**
     * Claims created and corrections made from now on (or after {@code lastEventId}, at most the resume
     * window of them before now), in seq order; claims optionally only a speaker's (id or name) or those
     * appearing in a source, corrections all (a correction may withdraw a claim any filter let through).
     * {@code drop} is told why when the subscriber is dropped for reading too slowly; its stream ends then.
     * Blocking: starting the poller reads the store. Over a bound: a 429 (this caller) or 503 (this pod).
     */
    public Multi<FeedEvent> subscribe(String caller, String speaker, String source, Long lastEventId, Consumer<String> drop) {
        Subscriber subscriber = new Subscriber(caller, drop);
        long now = register(subscriber);
        AtomicLong seen = new AtomicLong(now);
        Multi<FeedEvent> missed = Multi.createFrom().empty();
        if (lastEventId != null && lastEventId < now) {
            long from = Math.max(lastEventId, now - config.stream().resumeWindow());
            seen.set(from);
            missed = Multi.createFrom().<FeedEvent>iterable(() -> missed(from, now).iterator()).runSubscriptionOn(executor);
        }
        Multi<FeedEvent> live = subscriber.live.onItem().invoke(event -> subscriber.queued.decrementAndGet());
        return Multi.createBy().concatenating().streams(missed, live)
                // live may repeat what the catch-up read; each seq goes out once, in order
                .filter(event -> event.seq() > seen.get())
                .invoke(event -> seen.set(event.seq()))
                .filter(event -> event.claim() == null || matches(event.claim(), speaker, source))
                .onTermination().invoke(() -> unregister(subscriber));
    }

    public int subscribers() {
        return subscribers.size();
    }

    private synchronized long register(Subscriber subscriber) {
        GatewayConfig.Stream bounds = config.stream();
        int ofCaller = perCaller.getOrDefault(subscriber.caller, 0);
        if (ofCaller >= bounds.maxPerKey()) {
            throw refused(Response.Status.TOO_MANY_REQUESTS, "this API key already has " + ofCaller
                    + " open claim streams on this server, the most it may have; close one first");
        }
        if (subscribers.size() >= bounds.maxSubscribers()) {
            throw refused(Response.Status.SERVICE_UNAVAILABLE, "this server already sends " + subscribers.size()
                    + " claim streams, the most it may; try again later (another server may take it)");
        }
        if (polling == null) {
            cursor = changes.head();
            Duration interval = config.stream().pollInterval();
            polling = poller.scheduleWithFixedDelay(this::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        subscribers.add(subscriber);
        perCaller.merge(subscriber.caller, 1, Integer::sum);
        return cursor;
    }

    private synchronized void unregister(Subscriber subscriber) {
        if (!subscribers.remove(subscriber)) {
            return;
        }
        perCaller.computeIfPresent(subscriber.caller, (caller, count) -> count > 1 ? count - 1 : null);
        subscriber.live.onComplete();
        if (subscribers.isEmpty() && polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    private void poll() {
        try {
            long after;
            synchronized (this) {
                after = cursor;
            }
            // the first read waits in claims-service for a new claim; the rest drain a backlog at once
            List<FeedEvent> page = FeedEvent.of(changes.next(after, PAGE));
            publish(page);
            while (page.size() == PAGE) {
                synchronized (this) {
                    after = cursor;
                }
                page = FeedEvent.of(changes.after(after, PAGE));
                publish(page);
            }
        } catch (RuntimeException e) {
            LOG.warnf("claim stream: reading new claims failed, trying again in %d s: %s", FAILURE_PAUSE.toSeconds(), e.getMessage());
            pauseAfterFailure();
        }
    }

    /** A failing claims-service is asked again after the breakers' delay, not every poll interval. */
    private static void pauseAfterFailure() {
        try {
            Thread.sleep(FAILURE_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void publish(List<FeedEvent> events) {
        int maxQueued = config.stream().maxQueued();
        for (FeedEvent event : events) {
            if (event.seq() > cursor) {
                for (Subscriber subscriber : subscribers) {
                    if (subscriber.queued.incrementAndGet() > maxQueued) {
                        dropTooSlow(subscriber, maxQueued);
                    } else {
                        subscriber.live.onNext(event);
                    }
                }
                cursor = event.seq();
            }
        }
    }

    /** Nothing more is queued for it; its connection is closed, telling it why, so that it resumes from its last id. */
    private void dropTooSlow(Subscriber subscriber, int maxQueued) {
        unregister(subscriber);
        String reason = "more than " + maxQueued + " events were waiting for this client to read them; reconnect "
                + "with Last-Event-ID to resume after the last event received";
        LOG.warnf("claim stream: dropped a subscriber of key %s: %s", subscriber.caller, reason);
        subscriber.drop.accept(reason);
    }

    /** What a resuming subscriber missed: events with seq in (from, to]. */
    private List<FeedEvent> missed(long from, long to) {
        List<FeedEvent> missed = new ArrayList<>();
        long after = from;
        while (after < to) {
            List<FeedEvent> page = FeedEvent.of(changes.after(after, PAGE));
            for (FeedEvent event : page) {
                if (event.seq() > to) {
                    return missed;
                }
                missed.add(event);
                after = event.seq();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return missed;
    }

    private static boolean matches(Claim claim, String speaker, String source) {
        ClaimSpeaker who = claim.speaker();
        boolean speakerMatches = speaker == null || speaker.isBlank()
                || who != null && (speaker.equalsIgnoreCase(who.id()) || speaker.equalsIgnoreCase(who.name()));
        boolean sourceMatches = source == null || source.isBlank()
                || claim.appearances() != null && claim.appearances().stream().map(Appearance::source).anyMatch(source::equalsIgnoreCase);
        return speakerMatches && sourceMatches;
    }

    private static HttpProblem refused(Response.Status status, String detail) {
        return HttpProblem.builder(Problems.of(status, detail)).withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
