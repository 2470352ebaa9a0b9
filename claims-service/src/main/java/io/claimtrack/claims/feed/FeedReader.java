package io.claimtrack.claims.feed;

import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimtrack.claims.model.ClaimFeed;
import io.claimtrack.claims.service.ClaimQueries;

/**
 * The claims feed as a long poll: a reader with nothing new waits, up to the time it asked for, until
 * a claim after its sequence number is stored, so a gateway pod learns of a claim as soon as any
 * replica inserts it without asking the store over and over. At most {@code claims.feed.max-waiting}
 * readers wait at once.
 */
@ApplicationScoped
public class FeedReader {

    /** Reads of one waiting reader are at least this far apart, whatever wakes it. */
    private static final Duration SPACING = Duration.ofMillis(100);

    @Inject
    ClaimQueries claims;

    @Inject
    ClaimInsertsSetup setup;

    @Inject
    FeedConfig config;

    private Semaphore waiting;

    @PostConstruct
    void bound() {
        waiting = new Semaphore(config.maxWaiting());
    }

    public ClaimFeed read(long after, int limit, Duration wait) {
        ClaimFeed page = claims.feed(after, limit);
        if (!nothingNew(page) || wait.isZero() || !waiting.tryAcquire()) {
            return page;
        }
        try {
            long deadline = System.nanoTime() + wait.toNanos();
            long left;
            while (nothingNew(page) && (left = deadline - System.nanoTime()) > 0) {
                long woken = System.nanoTime();
                setup.inserts().await(after, Duration.ofNanos(left));
                long early = SPACING.toNanos() - (System.nanoTime() - woken);
                if (early > 0 && deadline - System.nanoTime() > early) {
                    Thread.sleep(early / 1_000_000);
                }
                page = claims.feed(after, limit);
            }
            return page;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return page;
        } finally {
            waiting.release();
        }
    }

    private static boolean nothingNew(ClaimFeed page) {
        return page.items().isEmpty() && page.corrections().isEmpty();
    }

    /** Readers waiting now. */
    public int waiting() {
        return config.maxWaiting() - waiting.availablePermits();
    }
}
