package io.claimtrack.claims.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.bson.BsonDocument;
import org.bson.BsonInt64;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.ServerCursor;
import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.model.changestream.ChangeStreamDocument;

/**
 * The change-stream source against fake driver cursors (mongo-java-server has no change streams): an
 * insert wakes the readers waiting below its seq and no other, a broken stream is reopened after the
 * last event seen, and a lost resume point reopens it from now on.
 */
class ChangeStreamInsertsTest {

    private static final Duration LONG = Duration.ofSeconds(10);

    @Test
    void anInsertWakesReadersWaitingBelowItsSeqOnly() throws Exception {
        FakeStream stream = new FakeStream();
        try (ChangeStreamInserts inserts = new ChangeStreamInserts(stream::open, Duration.ofMillis(10))) {
            Waiter below = Waiter.start(inserts, 6);
            Waiter above = Waiter.start(inserts, 7);
            assertTrue(below.stillWaiting() && above.stillWaiting(), "nothing inserted yet");

            stream.cursor(0).push(insert(7));
            assertTrue(below.woken(5), "an insert of seq 7 wakes a reader after 6");
            assertTrue(above.stillWaiting(), "but not one after 7");

            long start = System.nanoTime();
            inserts.await(3, LONG);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(1), "a reader below what was seen returns at once");
        }
    }

    @Test
    void aBrokenStreamIsReopenedAfterTheLastEventSeen() throws Exception {
        FakeStream stream = new FakeStream();
        try (ChangeStreamInserts inserts = new ChangeStreamInserts(stream::open, Duration.ofMillis(10))) {
            stream.cursor(0).push(insert(1));
            stream.cursor(0).push(insert(2));
            stream.cursor(0).fail(new MongoSocketReadException("primary stepped down", new ServerAddress()));
            inserts.await(1, LONG);

            stream.cursor(1).push(insert(3));
            inserts.await(2, LONG);
            assertEquals(2, stream.resumedAfter.size());
            assertNull(stream.resumedAfter.get(0), "the first stream starts from now on");
            assertEquals(token(2), stream.resumedAfter.get(1), "the reopened one after the last event seen");
            assertTrue(stream.cursor(0).closed, "the broken cursor is closed");
        }
    }

    @Test
    void aLostResumePointReopensFromNowOn() throws Exception {
        FakeStream stream = new FakeStream();
        try (ChangeStreamInserts inserts = new ChangeStreamInserts(stream::open, Duration.ofMillis(10))) {
            stream.cursor(0).push(insert(5));
            inserts.await(4, LONG);
            stream.cursor(0).fail(new MongoSocketReadException("connection reset", new ServerAddress()));
            // the oplog no longer reaches back to event 5
            stream.cursor(1).fail(new MongoCommandException(BsonDocument.parse(
                    "{ok: 0, code: 286, codeName: 'ChangeStreamHistoryLost', errmsg: 'resume point no longer in the oplog'}"),
                    new ServerAddress()));
            stream.cursor(2).push(insert(9));
            inserts.await(8, LONG);
            assertEquals(3, stream.resumedAfter.size());
            assertEquals(token(5), stream.resumedAfter.get(1), "first tried after the last event seen");
            assertNull(stream.resumedAfter.get(2), "a lost resume point is given up: from now on");
        }
    }

    @Test
    void closingStopsTheFollowerAndReleasesWaiters() throws Exception {
        FakeStream stream = new FakeStream();
        ChangeStreamInserts inserts = new ChangeStreamInserts(stream::open, Duration.ofMillis(10));
        Waiter waiter = Waiter.start(inserts, 100);
        for (int i = 0; i < 100 && stream.resumedAfter.isEmpty(); i++) {
            Thread.sleep(20);
        }
        inserts.close();
        assertTrue(waiter.woken(5), "a reader waiting when the service stops is let go");
        assertTrue(stream.cursor(0).closed, "the cursor is closed with the stream");
    }

    private static ChangeStreamDocument<Document> insert(long seq) {
        return new ChangeStreamDocument<>("insert", token(seq), BsonDocument.parse("{db: 'claims', coll: 'claims'}"), null, null,
                new Document("_id", "cl_" + seq).append("seq", seq), null, BsonDocument.parse("{_id: 'cl_" + seq + "'}"),
                null, null, null, null, null, null, null);
    }

    private static BsonDocument token(long seq) {
        return new BsonDocument("_data", new BsonInt64(seq));
    }

    /** A reader blocked in await on its own thread. */
    private record Waiter(Thread thread) {

        static Waiter start(ClaimInserts inserts, long after) {
            Thread thread = new Thread(() -> {
                try {
                    inserts.await(after, LONG);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            thread.start();
            return new Waiter(thread);
        }

        boolean stillWaiting() throws InterruptedException {
            thread.join(300);
            return thread.isAlive();
        }

        boolean woken(int seconds) throws InterruptedException {
            thread.join(TimeUnit.SECONDS.toMillis(seconds));
            return !thread.isAlive();
        }
    }

    /** The driver's side: each open gives the next cursor, and records where it was asked to resume. */
    private static final class FakeStream {

        final List<BsonDocument> resumedAfter = new CopyOnWriteArrayList<>();
        private final List<FakeCursor> cursors = new CopyOnWriteArrayList<>();

        MongoChangeStreamCursor<ChangeStreamDocument<Document>> open(BsonDocument resumeAfter) {
            resumedAfter.add(resumeAfter);
            return cursor(resumedAfter.size() - 1);
        }

        synchronized FakeCursor cursor(int index) {
            while (cursors.size() <= index) {
                cursors.add(new FakeCursor());
            }
            return cursors.get(index);
        }
    }

    /** Events and failures are pushed by the test; tryNext waits a little for one, as the server does. */
    private static final class FakeCursor implements MongoChangeStreamCursor<ChangeStreamDocument<Document>> {

        private final LinkedBlockingQueue<Object> next = new LinkedBlockingQueue<>();
        private BsonDocument token;
        volatile boolean closed;

        void push(ChangeStreamDocument<Document> change) {
            next.add(change);
        }

        void fail(RuntimeException failure) {
            next.add(failure);
        }

        @Override
        @SuppressWarnings("unchecked")
        public ChangeStreamDocument<Document> tryNext() {
            Object item;
            try {
                item = next.poll(50, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (item instanceof RuntimeException failure) {
                throw failure;
            }
            ChangeStreamDocument<Document> change = (ChangeStreamDocument<Document>) item;
            if (change != null) {
                token = change.getResumeToken();
            }
            return change;
        }

        @Override
        public boolean hasNext() {
            throw new UnsupportedOperationException("the follower must not block without a bound");
        }

        @Override
        public ChangeStreamDocument<Document> next() {
            throw new UnsupportedOperationException("the follower must not block without a bound");
        }

        @Override
        public BsonDocument getResumeToken() {
            return token;
        }

        @Override
        public int available() {
            return next.size();
        }

        @Override
        public ServerCursor getServerCursor() {
            return null;
        }

        @Override
        public ServerAddress getServerAddress() {
            return new ServerAddress();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
