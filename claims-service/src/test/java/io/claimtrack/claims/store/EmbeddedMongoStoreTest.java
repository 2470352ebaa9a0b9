package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import de.bwaldvogel.mongo.MongoServer;

class EmbeddedMongoStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, "127.0.0.1", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            collection(client).insertOne(new Document("_id", "c1").append("text", "talks were useful"));
        }
        assertTrue(Files.size(dataDir.resolve(EmbeddedMongoStore.FILE_NAME)) > 0);

        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, "127.0.0.1", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            Document found = collection(client).find(new Document("_id", "c1")).first();
            assertEquals("talks were useful", found == null ? null : found.getString("text"));
            assertEquals(1, collection(client).countDocuments());
        }
    }

    @Test
    void aFlushedWriteIsInTheFileBeforeTheStoreCloses() throws Exception {
        Path copy = dataDir.resolve("copy");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, "127.0.0.1", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            collection(client).insertOne(new Document("_id", "flushed"));
            store.flush();
            collection(client).insertOne(new Document("_id", "not yet"));
            // what a kill -9 would leave: the file as it is now
            Files.createDirectories(copy);
            Files.copy(store.file(), copy.resolve(EmbeddedMongoStore.FILE_NAME));
        }
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(copy, "127.0.0.1", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertEquals(1, collection(client).countDocuments(new Document("_id", "flushed")));
            // commits are taken between commands at a flush: a write nobody was told about yet is not there
            assertEquals(0, collection(client).countDocuments(new Document("_id", "not yet")));
        }
    }

    @Test
    void createsTheDataDirectory() {
        Path nested = dataDir.resolve("a/b");
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(nested, "127.0.0.1", 0)) {
            assertTrue(Files.exists(store.file()));
        }
    }

    @Test
    void onlyTheStoreCommitsSoEveryCommitHoldsWholeCommands() {
        // MVStore's own commits could land between a document and its index entry
        DurableH2Backend backend = new DurableH2Backend(dataDir.resolve("x.mv.db").toString(), false);
        try {
            assertEquals(0, backend.getMvStore().getAutoCommitDelay());
            assertEquals(0, backend.getMvStore().getAutoCommitMemory());
        } finally {
            backend.close();
        }
    }

    @Test
    void thePageCacheStaysSmallWhateverTheHeap() {
        // a larger cache costs G1 more per article than its extra hits save once the store outgrows it
        DurableH2Backend backend = new DurableH2Backend(dataDir.resolve("c.mv.db").toString(), false);
        try {
            int megabytes = backend.getMvStore().getCacheSize();
            assertTrue(megabytes >= 16 && megabytes <= 64, megabytes + " MB");
        } finally {
            backend.close();
        }
    }

    @Test
    void aCommitPerWriteKeepsTheFileCompact() throws Exception {
        int writes = 2000;
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dataDir, "127.0.0.1", 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            for (int i = 0; i < writes; i++) {
                collection(client).insertOne(new Document("_id", "c" + i).append("text", "claim " + i + " ".repeat(200)));
                store.flush();
            }
        }
        // about 0.5 MB of documents; without space reuse and compaction the file held 50 KB per write
        long size = Files.size(dataDir.resolve(EmbeddedMongoStore.FILE_NAME));
        assertTrue(size < 16L * 1024 * 1024, "store file " + size + " bytes after " + writes + " writes");
    }

    @Test
    void aBatchOnlyWorkloadIsCompactedByTheBytesItWrites() throws Exception {
        // a batch chunk is one commit: 12 commits here, far from the 200 a commit count waited for
        DurableH2Backend backend = new DurableH2Backend(dataDir.resolve("batches.mv.db").toString(), false,
                2L * 1024 * 1024);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            String text = "a statement of some length ".repeat(40);
            for (int batch = 0; batch < 12; batch++) {
                List<Document> documents = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    documents.add(new Document("_id", "b" + batch + "-" + i).append("text", text + batch));
                }
                collection(client).insertMany(documents);
                // and every earlier document rewritten, as a chunk's counts and dates are: pages die in older chunks
                collection(client).updateMany(new Document(), new Document("$set", new Document("batch", batch)));
                backend.flush();
            }
            assertTrue(backend.compactions() >= 2, backend.compactions() + " compactions");
            assertEquals(2400, collection(client).countDocuments(new Document("batch", 11)));
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aLargeFileIsCompactedWhenItIsFullNotWhileItStillHasRoom() throws Exception {
        // a single-post store at a 64th of the size: 4 MB between compactions (256), each moving at most 256 KB
        // (16 MB); every commit adds 20 documents never written again (claims) and rewrites 300 (counts, days)
        long large = 4L * 1024 * 1024;
        DurableH2Backend backend = new DurableH2Backend(dataDir.resolve("full.mv.db").toString(), true, large);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            String text = "a statement of some length ".repeat(10);
            insertCounted(client, text);
            int commits = 400;
            long largest = 0;
            for (int commit = 0; commit < commits; commit++) {
                List<Document> claims = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    claims.add(new Document("_id", "c" + commit + "-" + i).append("text", text + i));
                }
                commit(client, backend, claims);
                largest = Math.max(largest, backend.getMvStore().getFileStore().size());
            }
            // compacting at each commit while less than half of the file was in use: 89 compactions here
            assertTrue(backend.compactions() * 10 <= commits, backend.compactions() + " compactions in " + commits + " commits");
            assertTrue(largest < 3 * large, "the file reached " + largest + " bytes");
            assertEquals(300, collection(client).countDocuments(new Document("round", commits)));
            assertEquals(300 + 20 * commits, collection(client).countDocuments());
        } finally {
            server.shutdownNow();
        }
    }

    @Test
    void aGrowingStoreIsCompactedAsOftenPerByteWrittenAsWhenItWasSmaller() throws Exception {
        // at a 64th of the size (4 MB for 256 MB, 256 KB moved at most); every commit adds 40 documents never written
        // again, so more of every chunk stays alive as the store grows, and rewrites 300 (counts, days)
        long large = 4L * 1024 * 1024;
        DurableH2Backend backend = new DurableH2Backend(dataDir.resolve("growing.mv.db").toString(), true, large);
        CountingFileStore file = (CountingFileStore) backend.getMvStore().getFileStore();
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            String text = "a statement of some length ".repeat(10);
            insertCounted(client, text);
            int commits = 600;
            List<Long> writtenAt = new ArrayList<>();
            for (int commit = 0; commit < commits; commit++) {
                List<Document> claims = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    claims.add(new Document("_id", "c" + commit + "-" + i).append("text", text + commit + i));
                }
                commit(client, backend, claims);
                if (backend.compactions() > writtenAt.size()) {
                    writtenAt.add(file.written());
                }
            }
            // with the full file's compactions 512 KB apart (32 MB), the ninth came 1.95 MB after the eighth
            assertTrue(writtenAt.size() > 10, writtenAt.size() + " compactions");
            for (int i = 1; i < writtenAt.size(); i++) {
                long apart = writtenAt.get(i) - writtenAt.get(i - 1);
                assertTrue(apart >= large / 2, "compaction " + (i + 1) + " came " + apart + " bytes after the one before");
            }
            long alive = client.getDatabase("claims").runCommand(new Document("collStats", "claims"))
                    .get("size", Number.class).longValue();
            // held apart, the file grows with what is alive in it (25 MB for 7.1), not with what was written (77 MB)
            assertTrue(file.size() < 5 * alive, "the file is " + file.size() + " bytes for " + alive + " alive");
            assertEquals(300 + 40 * commits, collection(client).countDocuments());
        } finally {
            server.shutdownNow();
        }
    }

    /** 300 documents every commit rewrites, as a store's counts and days are. */
    private static void insertCounted(MongoClient client, String text) {
        List<Document> counted = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            counted.add(new Document("_id", "h" + i).append("text", text + i).append("round", 0));
        }
        collection(client).insertMany(counted);
    }

    /** One commit: claims never written again, and every counted document rewritten. */
    private static void commit(MongoClient client, DurableH2Backend backend, List<Document> claims) {
        collection(client).insertMany(claims);
        collection(client).updateMany(new Document("round", new Document("$exists", true)),
                new Document("$inc", new Document("round", 1)));
        backend.flush();
    }

    @Test
    void writesLeaveTheCollectionsMetaMapAloneAndItsSizeIsAddedUpWhenAsked() {
        DurableH2Backend backend = new DurableH2Backend(dataDir.resolve("size.mv.db").toString(), false);
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            collection(client).insertOne(new Document("_id", "c0").append("text", "talks were useful"));
            backend.flush();
            MVMap<String, Object> meta = backend.getMvStore().openMap("meta.claims.claims");
            Page<String, Object> root = meta.getRootPage();
            for (int i = 1; i < 50; i++) {
                collection(client).insertOne(new Document("_id", "c" + i).append("text", "claim " + i)
                        .append("tokens", List.of("claim", "n" + i)).append("count", i));
            }
            collection(client).updateMany(new Document(), new Document("$inc", new Document("count", 1)));
            collection(client).deleteOne(new Document("_id", "c7"));
            backend.flush();
            // a commit writes no page of it for these writes (mongo-java-server rewrote it at each one)
            assertSame(root, meta.getRootPage());

            long expected = 0;
            for (Document stored : collection(client).find()) {
                expected += new RawBsonDocument(stored, new DocumentCodec()).getByteBuffer().remaining();
            }
            Document stats = client.getDatabase("claims").runCommand(new Document("collStats", "claims"));
            assertEquals(49, stats.getInteger("count"));
            assertEquals(expected, stats.get("size", Number.class).longValue());
        } finally {
            server.shutdownNow();
        }
    }

    private static MongoCollection<Document> collection(MongoClient client) {
        return client.getDatabase("claims").getCollection("claims");
    }
}
