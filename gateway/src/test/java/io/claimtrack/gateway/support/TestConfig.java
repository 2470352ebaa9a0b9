package io.claimtrack.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.claimtrack.gateway.config.GatewayConfig;

/** The gateway's configuration for tests that build beans by hand: the body limit and the stream's settings, the rest unset. */
public record TestConfig(long maxBodySize, GatewayConfig.Stream stream) implements GatewayConfig {

    public static TestConfig bodyLimit(long bytes) {
        return new TestConfig(bytes, null);
    }

    /** A stream that polls every 10 ms without waiting in claims-service, with these bounds. */
    public static TestConfig stream(int maxQueued, int maxSubscribers, int maxPerKey) {
        return new TestConfig(0, new Stream() {
            @Override
            public Duration keepAlive() {
                return Duration.ofSeconds(20);
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofMillis(10);
            }

            @Override
            public Duration feedWait() {
                return Duration.ZERO;
            }

            @Override
            public int maxQueued() {
                return maxQueued;
            }

            @Override
            public int maxSubscribers() {
                return maxSubscribers;
            }

            @Override
            public int maxPerKey() {
                return maxPerKey;
            }

            @Override
            public int resumeWindow() {
                return 1000;
            }
        });
    }

    @Override
    public Optional<List<String>> apiKeys() {
        return Optional.empty();
    }

    @Override
    public RateLimit rateLimit() {
        return null;
    }

    @Override
    public Health health() {
        return null;
    }

    @Override
    public Batch batch() {
        return null;
    }

    @Override
    public Idempotency idempotency() {
        return null;
    }
}
