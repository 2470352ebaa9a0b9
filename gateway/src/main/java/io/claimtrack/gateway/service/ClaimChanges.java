package io.claimtrack.gateway.service;

import io.claimtrack.gateway.model.ClaimFeedPage;

/**
 * Where the claim stream learns of new claims, by insertion sequence. Today claims-service's feed,
 * polled (the embedded store has no change streams); a MongoDB change stream on a real replica set can
 * replace the polling behind this interface.
 */
public interface ClaimChanges {

    /** Claims and corrections with {@code seq > after}, in insertion order, at most {@code limit} of both. */
    ClaimFeedPage after(long after, int limit);

    /** The highest sequence stored now (0 when there is no claim): where a new poller starts. */
    long head();
}
