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

    /** claims-service's {@code GET /claims/feed/head}: one call, where a search of the feed took ~2·log2(seq). */
    @Override
    public long head() {
        return claims.feedHead().seq();
    }
}
