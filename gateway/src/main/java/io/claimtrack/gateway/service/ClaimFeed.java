package io.claimtrack.gateway.service;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.model.Appearance;
import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimSpeaker;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;

/**
 * Live claims and corrections for dashboards, read from the store so that every gateway pod sends every
 * new claim and correction, whichever pod made it. One poller per pod runs while anyone subscribes and
 * hands each event to every subscriber's own queue; a subscriber resuming after an event id is first
 * sent what it missed, read from the store. Claims and corrections share one sequence, the event ids.
 */
@ApplicationScoped
public class ClaimFeed {

    private static final Logger LOG = Logger.getLogger(ClaimFeed.class);
    private static final int PAGE = 100;

    private final Set<UnicastProcessor<FeedEvent>> listeners = new CopyOnWriteArraySet<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "claim-feed-poller");
        thread.setDaemon(true);
        return thread;
    });
    // Guarded by this: the seq up to which claims were handed to the listeners.
    private long cursor;
    private ScheduledFuture<?> polling;

    @Inject
    ClaimChanges changes;

    @Inject
    GatewayConfig config;

    @Inject
    ManagedExecutor executor;

    /**
     * Claims created and corrections made from now on (or after {@code lastEventId}, at most the resume
     * window of them before now), in seq order; claims optionally only a speaker's (id or name) or those
     * appearing in a source, corrections all (a correction may withdraw a claim any filter let through).
     * Blocking: starting the poller reads the store.
     */
    public Multi<FeedEvent> subscribe(String speaker, String source, Long lastEventId) {
        UnicastProcessor<FeedEvent> live = UnicastProcessor.create();
        long now = register(live);
        AtomicLong seen = new AtomicLong(now);
        Multi<FeedEvent> missed = Multi.createFrom().empty();
        if (lastEventId != null && lastEventId < now) {
            long from = Math.max(lastEventId, now - config.stream().resumeWindow());
            seen.set(from);
            missed = Multi.createFrom().<FeedEvent>iterable(() -> missed(from, now).iterator()).runSubscriptionOn(executor);
        }
        return Multi.createBy().concatenating().streams(missed, live)
                // live may repeat what the catch-up read; each seq goes out once, in order
                .filter(event -> event.seq() > seen.get())
                .invoke(event -> seen.set(event.seq()))
                .filter(event -> event.claim() == null || matches(event.claim(), speaker, source))
                .onTermination().invoke(() -> unregister(live));
    }

    public int subscribers() {
        return listeners.size();
    }

    private synchronized long register(UnicastProcessor<FeedEvent> live) {
        if (polling == null) {
            cursor = changes.head();
            Duration interval = config.stream().pollInterval();
            polling = poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        listeners.add(live);
        return cursor;
    }

    private synchronized void unregister(UnicastProcessor<FeedEvent> live) {
        listeners.remove(live);
        live.onComplete();
        if (listeners.isEmpty() && polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    private void poll() {
        try {
            List<FeedEvent> page;
            do {
                long after;
                synchronized (this) {
                    after = cursor;
                }
                page = FeedEvent.of(changes.after(after, PAGE));
                publish(page);
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            LOG.warnf("claim stream: reading new claims failed, trying again: %s", e.getMessage());
        }
    }

    private synchronized void publish(List<FeedEvent> events) {
        for (FeedEvent event : events) {
            if (event.seq() > cursor) {
                listeners.forEach(listener -> listener.onNext(event));
                cursor = event.seq();
            }
        }
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

    @PreDestroy
    void stop() {
        poller.shutdownNow();
    }
}
