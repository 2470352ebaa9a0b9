package io.claimtrack.claims.feed;

import java.time.Duration;

/**
 * The embedded store (mongo-java-server) has no change streams: a waiting reader looks again every
 * interval, reading the claims after its sequence number.
 */
public final class PolledInserts implements ClaimInserts {

    private final Duration interval;

    public PolledInserts(Duration interval) {
        this.interval = interval;
    }

    @Override
    public void await(long after, Duration max) throws InterruptedException {
        Thread.sleep(Math.max(1, Math.min(interval.toMillis(), max.toMillis())));
    }

    @Override
    public void close() {
        // nothing runs between reads
    }
}
