package io.claimtrack.claims.feed;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How {@code GET /claims/feed?wait=} learns of new claims; env overrides are wired in application.properties. */
@ConfigMapping(prefix = "claims.feed")
public interface FeedConfig {

    enum Changes {
        /** A change stream when the server is a replica set (or a sharded cluster), polling otherwise. */
        AUTO,
        CHANGE_STREAM,
        POLLING
    }

    @WithDefault("auto")
    Changes changes();

    /** How often a waiting reader reads the store again when polling. */
    @WithDefault("500MS")
    Duration pollInterval();

    /** Readers waiting at once; past it a feed call answers at once, as if it had not asked to wait. */
    @WithDefault("64")
    int maxWaiting();

    /** Pause before the change stream is reopened after an error. */
    @WithDefault("1S")
    Duration retryPause();
}
