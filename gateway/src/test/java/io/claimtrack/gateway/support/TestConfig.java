package io.claimtrack.gateway.support;

import java.util.List;
import java.util.Optional;

import io.claimtrack.gateway.config.GatewayConfig;

/** The gateway's configuration for tests that build beans by hand: only the body limit is set. */
public record TestConfig(long maxBodySize) implements GatewayConfig {

    public static TestConfig bodyLimit(long bytes) {
        return new TestConfig(bytes);
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
    public Stream stream() {
        return null;
    }

    @Override
    public Idempotency idempotency() {
        return null;
    }
}
