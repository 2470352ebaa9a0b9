package io.claimtrack.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.model.ClaimFeedPage;

/** claims-service's {@code GET /claims/feed}, read by sequence; {@link #next} long-polls it. */
@ApplicationScoped
public class FeedClaimChanges implements ClaimChanges {

    @Inject
    ClaimsCalls claims;

    @Inject
    GatewayConfig config;

    @Override
    public ClaimFeedPage after(long after, int limit) {
        return claims.feed(after, limit);
    }

    @Override
    public ClaimFeedPage next(long after, int limit) {
        return claims.feedWaiting(after, limit, (int) config.stream().feedWait().toSeconds());
    }

    /**
     * The feed has no "latest" call; a search over {@code after} with one item a call finds the highest
     * seq in a few dozen calls whatever the size of the store. Sequences may have gaps: only their order counts.
     */
    @Override
    public long head() {
        if (!anyAfter(0)) {
            return 0;
        }
        long low = 0; // some claim has seq > low
        long high = 1;
        while (anyAfter(high)) {
            low = high;
            high = high > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : high * 2;
        }
        // no claim has seq > high; find the smallest such high
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (anyAfter(middle)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return high;
    }

    private boolean anyAfter(long seq) {
        return !FeedEvent.of(claims.feed(seq, 1)).isEmpty();
    }
}
