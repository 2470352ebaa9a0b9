package io.claimtrack.claims.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.model.ClaimFeed;
import io.claimtrack.claims.service.ClaimQueries;

/** At most max-waiting readers wait at once; the next is answered at once, and a reader leaving frees its place. */
class FeedReaderTest {

    @Test
    void waitingReadersAreBounded() throws Exception {
        FeedReader reader = readerOfAnEmptyStore(2);
        CompletableFuture<ClaimFeed> first = CompletableFuture.supplyAsync(() -> reader.read(0, 10, Duration.ofSeconds(3)));
        CompletableFuture<ClaimFeed> second = CompletableFuture.supplyAsync(() -> reader.read(0, 10, Duration.ofSeconds(3)));
        for (int i = 0; i < 50 && reader.waiting() < 2; i++) {
            Thread.sleep(20);
        }
        assertEquals(2, reader.waiting());

        long start = System.nanoTime();
        assertTrue(reader.read(0, 10, Duration.ofSeconds(3)).items().isEmpty());
        assertTrue(System.nanoTime() - start < TimeUnit.MILLISECONDS.toNanos(500), "a third reader is not made to wait");

        first.get(10, TimeUnit.SECONDS);
        second.get(10, TimeUnit.SECONDS);
        assertEquals(0, reader.waiting(), "readers that stopped waiting leave no trace");
    }

    private static FeedReader readerOfAnEmptyStore(int maxWaiting) {
        FeedReader reader = new FeedReader();
        reader.claims = new ClaimQueries() {
            @Override
            public ClaimFeed feed(long after, int limit) {
                return new ClaimFeed(List.of(), List.of(), after);
            }
        };
        PolledInserts polled = new PolledInserts(Duration.ofMillis(50));
        reader.setup = new ClaimInsertsSetup() {
            @Override
            public ClaimInserts inserts() {
                return polled;
            }
        };
        reader.config = new FeedConfig() {
            @Override
            public Changes changes() {
                return Changes.POLLING;
            }

            @Override
            public Duration pollInterval() {
                return Duration.ofMillis(50);
            }

            @Override
            public int maxWaiting() {
                return maxWaiting;
            }

            @Override
            public Duration retryPause() {
                return Duration.ofSeconds(1);
            }
        };
        reader.bound();
        return reader;
    }
}
