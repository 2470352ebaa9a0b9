package io.claimtrack.claims.feed;

import java.time.Duration;

/**
 * How a feed reader waiting for claims after a sequence number learns that some may have been stored,
 * by this replica or any other. Only a hint: the reader then reads the store by {@code seq}, so a
 * missed or spurious wake-up loses nothing.
 */
public interface ClaimInserts extends AutoCloseable {

    /**
     * Returns once a claim with {@code seq > after} may have been stored, or when {@code max} has passed.
     * Blocking.
     */
    void await(long after, Duration max) throws InterruptedException;

    @Override
    void close();
}
