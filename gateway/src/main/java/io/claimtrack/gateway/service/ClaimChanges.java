package io.claimtrack.gateway.service;

import io.claimtrack.gateway.model.ClaimFeedPage;

/**
 * Where the claim stream learns of new claims, by insertion sequence: claims-service's feed. How
 * claims-service itself learns of claims inserted by any of its replicas (a MongoDB change stream on
 * a replica set, polling by sequence on the embedded store) is its own concern, behind the long poll.
 */
public interface ClaimChanges {

    /** Claims and corrections with {@code seq > after}, in insertion order, at most {@code limit} of both. */
    ClaimFeedPage after(long after, int limit);

    /** The same, but when there is none yet, waits for one (a long poll of at most a few seconds). */
    ClaimFeedPage next(long after, int limit);

    /** The highest sequence the feed shows now (0 when there is none): where a new poller starts. */
    long head();
}
