package io.claimtrack.gateway.security;

import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.claimtrack.gateway.config.GatewayConfig;

/**
 * A token bucket per API key: up to requests-per-minute at once, refilled continuously at
 * the same rate per minute. In memory, so per gateway instance.
 */
@ApplicationScoped
public class RateLimiter {

    private final int requestsPerMinute;
    private final double capacity;
    private final double tokensPerNano;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(GatewayConfig config) {
        requestsPerMinute = config.rateLimit().requestsPerMinute();
        capacity = requestsPerMinute;
        tokensPerNano = capacity / TimeUnit.MINUTES.toNanos(1);
    }

    /** Takes one request from the key's bucket; when empty, the seconds until the next one. */
    public OptionalLong acquire(String key) {
        return buckets.computeIfAbsent(key, k -> new Bucket()).take();
    }

    /** What a caller over the limit is told. */
    public String exceeded() {
        return "rate limit of " + requestsPerMinute + " requests per minute exceeded";
    }

    private final class Bucket {
        private double tokens = capacity;
        private long refilledAt = System.nanoTime();

        synchronized OptionalLong take() {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - refilledAt) * tokensPerNano);
            refilledAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return OptionalLong.empty();
            }
            double waitSeconds = (1 - tokens) / tokensPerNano / TimeUnit.SECONDS.toNanos(1);
            return OptionalLong.of(Math.max(1, (long) Math.ceil(waitSeconds)));
        }
    }
}
