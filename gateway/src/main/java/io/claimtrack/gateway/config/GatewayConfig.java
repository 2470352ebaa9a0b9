package io.claimtrack.gateway.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's own settings; env overrides are wired in application.properties. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /**
     * API keys as {@code key:role} or {@code sha256:<hex of the key's SHA-256>:role}, role
     * {@code reader} or {@code editor}. The hashed form keeps the key itself out of the config.
     */
    Optional<List<String>> apiKeys();

    RateLimit rateLimit();

    /** Largest request body accepted under /api/v1, in bytes. */
    @WithDefault("1048576")
    long maxBodySize();

    Health health();

    Batch batch();

    Stream stream();

    Idempotency idempotency();

    interface Idempotency {

        /** How long an Idempotency-Key and its answer are remembered. */
        @WithDefault("24H")
        Duration ttl();

        /** Keys remembered at most; the oldest are forgotten first. */
        @WithDefault("100000")
        int maxKeys();
    }

    interface Stream {

        /** How often an idle claim stream sends a comment, so proxies do not close it. */
        @WithDefault("20S")
        Duration keepAlive();

        /**
         * Pause between the pod's calls to claims-service's feed while anyone subscribes; each call waits
         * there up to {@link #feedWait} for a new claim, so a claim is streamed as soon as it is stored.
         */
        @WithDefault("200MS")
        Duration pollInterval();

        /** How long claims-service may hold a feed call that has nothing new yet (whole seconds, at most 10). */
        @WithDefault("5S")
        Duration feedWait();

        /** Claims waiting for one subscriber to read them; one more and it is disconnected as too slow. */
        @WithDefault("500")
        int maxQueued();

        /** Subscribers of one pod at once; past it a new one gets a 503 with Retry-After. */
        @WithDefault("1000")
        int maxSubscribers();

        /** Subscribers of one API key on one pod at once; past it a new one gets a 429. */
        @WithDefault("20")
        int maxPerKey();

        /** Most events a client reconnecting with Last-Event-ID is sent from before it connected. */
        @WithDefault("1000")
        int resumeWindow();
    }

    interface Batch {

        /** Documents of one batch ingested at the same time; bounds what a batch takes from downstreams. */
        @WithDefault("4")
        int concurrency();

        /**
         * Most documents ingest-service extracts in one call for a batch (at most its
         * ingest.max-batch-documents); fewer when the batch is short, so every worker gets some.
         */
        @WithDefault("20")
        int chunkSize();
    }

    interface RateLimit {

        /** Sustained requests per minute per API key; bursts up to the same number are allowed. */
        @WithDefault("120")
        int requestsPerMinute();
    }

    interface Health {

        /** How long readiness waits for each downstream before reporting it not ready. */
        @WithDefault("2S")
        Duration downstreamTimeout();
    }
}
