package io.claimtrack.claims.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.domain.StoredDocument;

/**
 * Who completes which documents when single posts come at once: a stand-in writer records each group it is given
 * and holds the first one until the others are queued, so the grouping is deterministic.
 */
class SinglePostGroupsTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
    private final CountDownLatch firstStarted = new CountDownLatch(1);
    private final CountDownLatch releaseFirst = new CountDownLatch(1);
    private volatile RuntimeException failSecond;
    private final SinglePostGroups single = new SinglePostGroups();

    SinglePostGroupsTest() {
        single.writer = new DocumentWriter() {
            @Override
            public void completeAll(List<StoredDocument> docs) {
                groups.add(docs.stream().map(d -> d.id).toList());
                docs.forEach(d -> d.state = StoredDocument.COMPLETE);
                if (groups.size() == 1) {
                    firstStarted.countDown();
                    await(releaseFirst);
                } else if (groups.size() == 2 && failSecond != null) {
                    throw failSecond;
                }
            }
        };
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void aPostAloneIsCompletedAtOnceAsAGroupOfOne() {
        releaseFirst.countDown();
        StoredDocument doc = doc("d1", "wire");
        single.complete(doc);
        assertEquals(List.of(List.of("d1")), groups);
        assertEquals(StoredDocument.COMPLETE, doc.state);
        assertEquals(0, single.groupedDocuments());
    }

    @Test
    void postsThatComeWhileAGroupIsWrittenAreCompletedTogetherInTheirOrder() throws Exception {
        Future<?> first = pool.submit(() -> single.complete(doc("d1", "wire")));
        await(firstStarted);
        List<Future<?>> later = new ArrayList<>();
        for (String id : List.of("d2", "d3", "d4")) {
            later.add(pool.submit(() -> single.complete(doc(id, "wire"))));
            waitUntilQueued(later.size());
        }
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : later) {
            f.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(List.of("d1"), List.of("d2", "d3", "d4")), groups);
        assertEquals(3, single.groupedDocuments());
    }

    @Test
    void aGroupHoldsOneOutletAndTheOrderOfArrival() throws Exception {
        Future<?> first = pool.submit(() -> single.complete(doc("d1", "wire")));
        await(firstStarted);
        List<Future<?>> later = new ArrayList<>();
        String[][] posts = { { "d2", "wire" }, { "d3", "post" }, { "d4", "wire" } };
        for (String[] post : posts) {
            later.add(pool.submit(() -> single.complete(doc(post[0], post[1]))));
            waitUntilQueued(later.size());
        }
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : later) {
            f.get(10, TimeUnit.SECONDS);
        }
        // d4 may not overtake d3 of the other outlet: each group is a run of one outlet in the order they came
        assertEquals(List.of(List.of("d1"), List.of("d2"), List.of("d3"), List.of("d4")), groups);
    }

    @Test
    void aFailureOfTheGroupsWritesReachesEveryPostOfItAndNoOther() throws Exception {
        failSecond = new IllegalStateException("store down");
        Future<?> first = pool.submit(() -> single.complete(doc("d1", "wire")));
        await(firstStarted);
        List<Future<?>> later = new ArrayList<>();
        for (String id : List.of("d2", "d3")) {
            later.add(pool.submit(() -> single.complete(doc(id, "wire"))));
            waitUntilQueued(later.size());
        }
        releaseFirst.countDown();
        first.get(10, TimeUnit.SECONDS);
        for (Future<?> f : later) {
            Exception e = assertThrows(java.util.concurrent.ExecutionException.class, () -> f.get(10, TimeUnit.SECONDS));
            assertSame(failSecond, e.getCause());
        }
        failSecond = null;
        // the next post is not stuck behind the failed group
        single.complete(doc("d5", "wire"));
        assertEquals(List.of("d5"), groups.get(groups.size() - 1));
    }

    private void waitUntilQueued(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (single.waiting() < n) {
            assertTrue(System.nanoTime() < deadline, "posts did not queue");
            Thread.sleep(1);
        }
    }

    private static StoredDocument doc(String id, String outlet) {
        StoredDocument doc = new StoredDocument();
        doc.id = id;
        doc.sourceKey = outlet;
        doc.state = StoredDocument.PENDING;
        return doc;
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
