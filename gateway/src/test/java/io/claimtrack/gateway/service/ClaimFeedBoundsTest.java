package io.claimtrack.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimFeedPage;
import io.claimtrack.gateway.model.Correction;
import io.claimtrack.gateway.support.TestConfig;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;

/**
 * What callers can make the stream hold is bounded: each subscriber's queue (a subscriber that stops
 * reading is dropped with a reason, and what it holds stops growing), subscribers per key and per pod, and
 * a subscriber that goes away leaves nothing behind; and a failing claims-service is not polled flat out.
 * A backlog is drained whole, whatever mix of claims and corrections its pages hold.
 */
class ClaimFeedBoundsTest {

    private static final int MAX_QUEUED = 5;
    private static final int MAX_SUBSCRIBERS = 3;
    private static final int MAX_PER_KEY = 2;

    private final Store store = new Store();
    private final ClaimFeed feed = feedOver(store);

    @AfterEach
    void stop() {
        feed.stop();
    }

    @Test
    void aSubscriberThatStopsReadingIsDroppedWithAReasonAndHoldsNoMore() throws Exception {
        CompletableFuture<String> dropped = new CompletableFuture<>();
        AssertSubscriber<FeedEvent> stalled = feed.subscribe("key-a", null, null, null, dropped::complete)
                .subscribe().withSubscriber(AssertSubscriber.create(0));
        AssertSubscriber<FeedEvent> reading = feed.subscribe("key-b", null, null, null, reason -> { })
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        store.add(1, 40); // one burst, far past the stalled subscriber's queue
        String reason = dropped.get(10, TimeUnit.SECONDS);
        assertTrue(reason.contains("more than " + MAX_QUEUED + " events") && reason.contains("Last-Event-ID"), reason);
        reading.awaitItems(40, Duration.ofSeconds(10));
        assertEquals(1, feed.subscribers(), "the stalled subscriber is gone, the reading one stays");

        store.add(41, 60);
        reading.awaitItems(60, Duration.ofSeconds(10));
        stalled.request(1_000);
        assertEquals(MAX_QUEUED, stalled.getItems().size(), "the dropped subscriber held its queue's worth, and nothing after");
        stalled.assertCompleted();
    }

    @Test
    void aBacklogOfClaimsAndCorrectionsLongerThanAPageIsSentWholeInOrder() {
        AssertSubscriber<FeedEvent> reading = feed.subscribe("key-a", null, null, null, reason -> { })
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));

        // pages of the feed mix the two kinds: "a full page" must count both, or the drain would stop early or skip
        for (long seq = 1; seq <= 250; seq++) {
            if (seq % 3 == 0) {
                store.addCorrection(seq);
            } else {
                store.addClaim(seq);
            }
        }
        reading.awaitItems(250, Duration.ofSeconds(10));
        assertEquals(LongStream.rangeClosed(1, 250).boxed().toList(), reading.getItems().stream().map(FeedEvent::seq).toList());
        assertEquals(83, reading.getItems().stream().filter(event -> event.correction() != null).count());
    }

    @Test
    void subscribersAreBoundedPerKeyAndPerPod() {
        AssertSubscriber<FeedEvent> first = subscribe("key-a");
        subscribe("key-a");
        HttpProblem perKey = assertThrows(HttpProblem.class, () -> subscribe("key-a"));
        assertEquals(429, perKey.getStatusCode());
        assertTrue(perKey.getDetail().contains("this API key already has 2 open claim streams"), perKey.getDetail());

        subscribe("key-b");
        HttpProblem perPod = assertThrows(HttpProblem.class, () -> subscribe("key-c"));
        assertEquals(503, perPod.getStatusCode());
        assertTrue(perPod.getHeaders().containsKey("Retry-After"));

        first.cancel();
        assertEquals(2, feed.subscribers(), "a subscriber that went away frees its place");
        subscribe("key-a");
        assertEquals(MAX_SUBSCRIBERS, feed.subscribers());
    }

    @Test
    void aSubscriberThatGoesAwayLeavesNothingBehind() throws Exception {
        AssertSubscriber<FeedEvent> gone = subscribe("key-a");
        store.add(1, 3);
        gone.awaitItems(3, Duration.ofSeconds(10)).cancel();
        assertEquals(0, feed.subscribers());
        // with no subscriber the poller stops: claims stored now are not read. A poll already running when the
        // last subscriber left may still finish its read, so the count is taken once reads have settled.
        int reads = settledReads();
        Thread.sleep(300);
        assertEquals(reads, store.reads(), "no subscriber, no polling");
    }

    /** The read count once it has not moved for ten poll intervals; a poller that kept polling never settles. */
    private int settledReads() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        int reads = store.reads();
        int quiet = 0;
        while (quiet < 10) {
            assertTrue(System.nanoTime() < deadline, "reads did not settle: the poller goes on polling");
            Thread.sleep(10);
            int now = store.reads();
            quiet = now == reads ? quiet + 1 : 0;
            reads = now;
        }
        return reads;
    }

    @Test
    void aFailingClaimsServiceIsAskedAgainAfterAPauseNotEveryPoll() throws Exception {
        subscribe("key-a");
        store.failing = true;
        int before = store.reads();
        Thread.sleep(1_000);
        // polling every 10 ms would have read about a hundred times
        assertTrue(store.reads() - before <= 2, "reads while failing: " + (store.reads() - before));
    }

    private AssertSubscriber<FeedEvent> subscribe(String key) {
        return feed.subscribe(key, null, null, null, reason -> { }).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
    }

    /** claims-service's feed over a list that tests append to. */
    private static final class Store implements ClaimChanges {

        private final List<FeedEvent> events = new CopyOnWriteArrayList<>();
        private volatile int reads;
        volatile boolean failing;

        void add(long from, long to) {
            LongStream.rangeClosed(from, to).forEach(this::addClaim);
        }

        void addClaim(long seq) {
            events.add(new FeedEvent(seq, new Claim("claim-" + seq, seq, null, "text " + seq, "direct", null, null, 1, List.of()), null));
        }

        void addCorrection(long seq) {
            events.add(new FeedEvent(seq, null, new Correction("co-" + seq, seq, "hide", "desk", null, "not a statement", "applied",
                    null, null, List.of(), null, null)));
        }

        int reads() {
            return reads;
        }

        @Override
        public ClaimFeedPage after(long after, int limit) {
            reads++;
            if (failing) {
                throw new IllegalStateException("claims-service unavailable");
            }
            // as claims-service counts: at most limit claims and corrections together, in seq order
            List<FeedEvent> page = events.stream().filter(event -> event.seq() > after).limit(limit).toList();
            return new ClaimFeedPage(page.stream().map(FeedEvent::claim).filter(Objects::nonNull).toList(),
                    page.stream().map(FeedEvent::correction).filter(Objects::nonNull).toList(),
                    page.isEmpty() ? after : page.get(page.size() - 1).seq());
        }

        @Override
        public ClaimFeedPage next(long after, int limit) {
            return after(after, limit);
        }

        @Override
        public long head() {
            return events.isEmpty() ? 0 : events.get(events.size() - 1).seq();
        }
    }

    private static ClaimFeed feedOver(ClaimChanges changes) {
        ClaimFeed feed = new ClaimFeed();
        feed.changes = changes;
        feed.config = TestConfig.stream(MAX_QUEUED, MAX_SUBSCRIBERS, MAX_PER_KEY);
        return feed;
    }
}
