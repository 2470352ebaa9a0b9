package io.claimtrack.gateway.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

/** The limiter's memory is bounded whatever the callers send, and limiting still works under a flood. */
class RateLimiterTest {

    @Test
    void aMillionDistinctAddressesStayWithinTheBound() {
        RateLimiter limiter = new RateLimiter(60, 10_000);
        long before = usedHeap();
        for (int i = 0; i < 1_000_000; i++) {
            limiter.acquire("unauthenticated:10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255) + "/" + i);
        }
        assertTrue(limiter.buckets() <= 10_000, "buckets held: " + limiter.buckets());
        // 10,000 buckets with their keys are about 2 MB; a million unbounded ones were over 150 MB.
        long grown = usedHeap() - before;
        assertTrue(grown < 48L * 1024 * 1024, "heap grew by " + grown / (1024 * 1024) + " MB for a million addresses");
    }

    @Test
    void aKeyIsStillLimitedWhileOthersFloodTheLimiter() {
        RateLimiter limiter = new RateLimiter(5, 1_000);
        for (int i = 0; i < 5; i++) {
            assertEquals(OptionalLong.empty(), limiter.acquire("editor-key"));
            for (int j = 0; j < 100; j++) {
                limiter.acquire("flood-" + i + "-" + j);
            }
        }
        assertTrue(limiter.acquire("editor-key").isPresent(), "the sixth request within a minute is refused");
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
