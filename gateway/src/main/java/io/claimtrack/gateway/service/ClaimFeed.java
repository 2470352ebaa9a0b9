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
import io.claimtrack.gateway.model.ClaimFeedPage;
import io.claimtrack.gateway.model.ClaimSpeaker;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.UnicastProcessor;

/**
 * Live claims for dashboards, read from the store so that every gateway pod sends every new claim,
 * whichever pod ingested it. One poller per pod runs while anyone subscribes and hands each new claim
 * to every subscriber's own queue; a subscriber resuming after an event id is first sent what it
 * missed, read from the store.
 */
@ApplicationScoped
public class ClaimFeed {

    private static final Logger LOG = Logger.getLogger(ClaimFeed.class);
    private static final int PAGE = 100;

    private final Set<UnicastProcessor<Claim>> listeners = new CopyOnWriteArraySet<>();
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
     * Claims created from now on (or after {@code lastEventId}, at most the resume window of them before
     * now), in seq order, optionally only a speaker's (id or name) or those appearing in a source.
     * Blocking: starting the poller reads the store.
     */
    public Multi<Claim> subscribe(String speaker, String source, Long lastEventId) {
        UnicastProcessor<Claim> live = UnicastProcessor.create();
        long now = register(live);
        AtomicLong seen = new AtomicLong(now);
        Multi<Claim> missed = Multi.createFrom().empty();
        if (lastEventId != null && lastEventId < now) {
            long from = Math.max(lastEventId, now - config.stream().resumeWindow());
            seen.set(from);
            missed = Multi.createFrom().<Claim>iterable(() -> missed(from, now).iterator()).runSubscriptionOn(executor);
        }
        return Multi.createBy().concatenating().streams(missed, live)
                // live may repeat what the catch-up read; each seq goes out once, in order
                .filter(claim -> claim.seq() != null && claim.seq() > seen.get())
                .invoke(claim -> seen.set(claim.seq()))
                .filter(claim -> matches(claim, speaker, source))
                .onTermination().invoke(() -> unregister(live));
    }

    public int subscribers() {
        return listeners.size();
    }

    private synchronized long register(UnicastProcessor<Claim> live) {
        if (polling == null) {
            cursor = changes.head();
            Duration interval = config.stream().pollInterval();
            polling = poller.scheduleWithFixedDelay(this::poll, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }
        listeners.add(live);
        return cursor;
    }

    private synchronized void unregister(UnicastProcessor<Claim> live) {
        listeners.remove(live);
        live.onComplete();
        if (listeners.isEmpty() && polling != null) {
            polling.cancel(false);
            polling = null;
        }
    }

    private void poll() {
        try {
            List<Claim> page;
            do {
                long after;
                synchronized (this) {
                    after = cursor;
                }
                page = items(changes.after(after, PAGE));
                publish(page);
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            LOG.warnf("claim stream: reading new claims failed, trying again: %s", e.getMessage());
        }
    }

    private synchronized void publish(List<Claim> claims) {
        for (Claim claim : claims) {
            if (claim.seq() != null && claim.seq() > cursor) {
                listeners.forEach(listener -> listener.onNext(claim));
                cursor = claim.seq();
            }
        }
    }

    /** What a resuming subscriber missed: claims with seq in (from, to]. */
    private List<Claim> missed(long from, long to) {
        List<Claim> missed = new ArrayList<>();
        long after = from;
        while (after < to) {
            List<Claim> page = items(changes.after(after, PAGE));
            for (Claim claim : page) {
                if (claim.seq() == null || claim.seq() > to) {
                    return missed;
                }
                missed.add(claim);
                after = claim.seq();
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return missed;
    }

    private static List<Claim> items(ClaimFeedPage page) {
        return page == null || page.items() == null ? List.of() : page.items();
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
