package io.claimtrack.gateway.security;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.claimtrack.gateway.config.GatewayConfig;

/**
 * A token bucket per API key: up to requests-per-minute at once, refilled continuously at
 * the same rate per minute. In memory, so per gateway instance.
 * <p>
 * Callers choose the keys (every client address gets one), so the buckets are a bounded cache: a
 * bucket unused for a minute is full again and can go, and past {@link #MAX_BUCKETS} the least
 * valuable go first, so memory stays fixed however many addresses call.
 */
@ApplicationScoped
public class RateLimiter {

    static final int MAX_BUCKETS = 100_000;

    private final int requestsPerMinute;
    private final double capacity;
    private final double tokensPerNano;

    private final Cache<String, Bucket> buckets;

    @Inject
    RateLimiter(GatewayConfig config) {
        this(config.rateLimit().requestsPerMinute(), MAX_BUCKETS);
    }

    RateLimiter(int requestsPerMinute, int maxBuckets) {
        this.requestsPerMinute = requestsPerMinute;
        capacity = requestsPerMinute;
        tokensPerNano = capacity / TimeUnit.MINUTES.toNanos(1);
        // A bucket idle for a minute has refilled completely: dropping it then changes nothing.
        // Evictions run on the calling thread, so the bound holds at every moment, not eventually.
        buckets = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(Duration.ofMinutes(1))
                .executor(Runnable::run).build();
    }

    /** Takes one request from the key's bucket; when empty, the seconds until the next one. */
    public OptionalLong acquire(String key) {
        return buckets.get(key, k -> new Bucket()).take();
    }

    /** Buckets held now, after pending evictions. */
    long buckets() {
        buckets.cleanUp();
        return buckets.estimatedSize();
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
