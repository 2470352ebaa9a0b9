package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;

/**
 * Write requests that flush while a commit is being synced share the next commit and its fsync, and none
 * is answered before a commit covering its writes is synced: the fsyncs here wait until the test lets them go.
 */
class GroupCommitTest {

    @TempDir
    Path dir;

    private final ExecutorService requests = Executors.newFixedThreadPool(4);
    /** Each fsync waits for a permit; {@link #syncing} counts the fsyncs begun. */
    private final Semaphore syncs = new Semaphore(0);
    private final Semaphore syncing = new Semaphore(0);
    /** Only the requests' fsyncs are held, not whatever opening the store syncs. */
    private volatile boolean holding;
    private DurableH2Backend backend;
    private MongoServer server;
    private MongoClient client;

    @AfterEach
    void close() {
        syncs.release(1000);
        requests.shutdownNow();
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    @Test
    void flushesThatArriveDuringAnFsyncShareTheNextCommitAndAreAnsweredOnlyOnceItIsSynced() throws Exception {
        open();
        insert("a");
        Future<Path> first = requests.submit(() -> flush("a"));
        assertTrue(syncing.tryAcquire(10, TimeUnit.SECONDS), "the first commit never reached its fsync");

        insert("b");
        insert("c");
        insert("d");
        List<Future<Path>> later = new ArrayList<>();
        for (String id : List.of("b", "c", "d")) {
            later.add(requests.submit(() -> flush(id)));
        }
        Thread.sleep(300);
        assertFalse(first.isDone(), "answered before its commit was synced");
        later.forEach(request -> assertFalse(request.isDone(), "answered while an earlier commit was syncing"));

        syncs.release();
        assertHolds(first.get(10, TimeUnit.SECONDS), "a");
        assertTrue(syncing.tryAcquire(10, TimeUnit.SECONDS), "no commit for the requests that waited");
        Thread.sleep(300);
        // b, c and d were not in the first commit: the end of its fsync is not theirs
        later.forEach(request -> assertFalse(request.isDone(), "answered before its own commit was synced"));

        syncs.release();
        for (int i = 0; i < later.size(); i++) {
            assertHolds(later.get(i).get(10, TimeUnit.SECONDS), List.of("b", "c", "d").get(i));
        }
        assertEquals(2, backend.flushCommits(), "four flushes, and the three that waited share one commit");
    }

    @Test
    void aFlushAfterAnotherCoveredItsWritesTakesNoCommit() throws Exception {
        open();
        syncs.release(1000);
        insert("a");
        insert("b");
        assertHolds(flush("a"), "a");
        assertHolds(flush("b"), "b");
        assertEquals(1, backend.flushCommits());
    }

    private void open() {
        CountingFileStore file = new CountingFileStore(DurableH2Backend.cacheMegabytes()) {
            @Override
            public void sync() {
                if (holding) {
                    syncing.release();
                    syncs.acquireUninterruptibly();
                }
                super.sync();
            }
        };
        backend = new DurableH2Backend(file, dir.resolve(EmbeddedMongoStore.FILE_NAME).toString(), true,
                DurableH2Backend.COMPACT_EVERY_BYTES);
        server = new MongoServer(backend);
        client = MongoClients.create(server.bindAndGetConnectionString());
        holding = true;
    }

    private void insert(String id) {
        client.getDatabase("claims").getCollection("claims").insertOne(new Document("_id", id).append("text", "statement " + id));
    }

    /** A request's answer: flushes, then copies the file as a kill -9 at that instant would leave it. */
    private Path flush(String id) throws Exception {
        backend.flush();
        Path copy = Files.createDirectories(dir.resolve("copy-" + id));
        backend.copyFile(copy.resolve(EmbeddedMongoStore.FILE_NAME));
        return copy;
    }

    private static void assertHolds(Path copy, String id) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(copy, "127.0.0.1", 0, false);
                MongoClient reader = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> claims = reader.getDatabase("claims").getCollection("claims");
            assertEquals(1, claims.countDocuments(new Document("_id", id)), id + " acknowledged but not in the file");
        }
    }
}
