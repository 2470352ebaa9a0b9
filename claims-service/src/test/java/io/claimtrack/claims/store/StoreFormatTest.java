package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * A store written in format 1 (mongo-java-server's H2 backend, documents and unique-index keys
 * Java-serialised, as this service wrote until session 4) is converted when it opens: every document
 * reads back as it was written, the unique indexes hold again (ids of every type), and a conversion a
 * crash interrupted starts again. A format-2 store (ids kept twice) keeps only the ids the documents
 * cannot answer for. A format-3 store's sorted indexes (keys and positions written as H2 writes them)
 * answer as before, alongside entries written in format 4.
 */
class StoreFormatTest {

    @TempDir
    Path dir;

    @Test
    void aFormat1StoreReadsBackWholeAfterTheConversion() {
        List<Document> written = writeFormat1(40);
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertConverted(client, written);
        }
        assertFormat(StoreFormat.CURRENT, 0);
        // opened again: nothing left to convert, and still whole
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertConverted(client, written);
        }
    }

    @Test
    void aConversionACrashInterruptedStartsAgain() {
        List<Document> written = writeFormat1(40);
        // what a kill leaves after the first commits of a conversion: the maps set aside, a partial copy
        MVStore file = MVStore.open(dir.resolve(EmbeddedMongoStore.FILE_NAME).toString());
        file.getMapNames().stream().filter(name -> name.startsWith("databases.")).toList()
                .forEach(name -> file.renameMap(file.openMap(name), "format1." + name));
        file.getMapNames().stream().filter(name -> name.contains("._index_")).toList().forEach(file::removeMap);
        file.commit();
        de.bwaldvogel.mongo.bson.Document partial = new de.bwaldvogel.mongo.bson.Document("_id", "c0").append("seq", 0L);
        StoreFormat.documents(file, "databases.t.claims").put("c0", partial);
        file.commit();
        file.close();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertConverted(client, written);
        }
        assertFormat(StoreFormat.CURRENT, 0);
    }

    @Test
    void aFormat2StoreKeepsOnlyTheIdsItsDocumentsCannotAnswerFor() {
        List<Document> written = writeFormat1(10);
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false)) {
            // converted to the current format
        }
        // format 2 kept every id in the _id index map as well
        MVStore file = MVStore.open(dir.resolve(EmbeddedMongoStore.FILE_NAME).toString());
        var ids = StoreFormat.uniqueIndex(file, "t.claims", StoreFormat.ID_INDEX);
        written.forEach(d -> ids.put(new KeyValue(d.getString("_id")), d.getString("_id")));
        file.openMap(StoreFormat.MAP).put(StoreFormat.KEY, 2);
        file.commit();
        file.close();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertConverted(client, written);
        }
        file = MVStore.open(dir.resolve(EmbeddedMongoStore.FILE_NAME).toString());
        try {
            assertEquals(List.of(new KeyValue(1.0), new KeyValue(new de.bwaldvogel.mongo.bson.Document("n", 2.0))),
                    List.copyOf(StoreFormat.uniqueIndex(file, "t.numbered", StoreFormat.ID_INDEX).keySet()));
            assertEquals(0, StoreFormat.uniqueIndex(file, "t.claims", StoreFormat.ID_INDEX).size());
        } finally {
            file.close();
        }
        assertFormat(StoreFormat.CURRENT, 0);
    }

    /** Documents with every kind of value the service stores, and a few it does not, under a unique index. */
    private List<Document> writeFormat1(int n) {
        MongoServer old = new MongoServer(new H2Backend(dir.resolve(EmbeddedMongoStore.FILE_NAME).toString()));
        List<Document> written = new ArrayList<>();
        try (MongoClient client = MongoClients.create(old.bindAndGetConnectionString())) {
            MongoCollection<Document> claims = client.getDatabase("t").getCollection("claims");
            claims.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true));
            claims.createIndex(Indexes.ascending("speakerId"));
            for (int i = 0; i < n; i++) {
                written.add(new Document("_id", "c" + i).append("seq", (long) i).append("speakerId", "sp" + i % 3)
                        .append("text", "talks were useful, «да» " + i).append("count", i).append("score", i / 4.0)
                        .append("at", new Date(1_700_000_000_000L + i)).append("tokens", List.of("talks", "w" + i))
                        .append("roles", List.of(new Document("role", "minister").append("seen", "2025-06-0" + i % 9)))
                        .append("none", null).append("flag", i % 2 == 0).append("ref", new ObjectId())
                        .append("amount", Decimal128.parse(i + ".5")).append("raw", new Binary(new byte[] { 1, (byte) i })));
            }
            claims.insertMany(written);
            client.getDatabase("t").getCollection("other").insertOne(new Document("x", 1));
            // ids of other types: MongoDB compares them after normalising (1 is 1.0)
            client.getDatabase("t").getCollection("numbered").insertMany(List.of(new Document("_id", 1).append("x", "one"),
                    new Document("_id", new Document("n", 2)).append("x", "two")));
        } finally {
            old.shutdownNow();
        }
        return written;
    }

    private static void assertConverted(MongoClient client, List<Document> written) {
        MongoCollection<Document> claims = client.getDatabase("t").getCollection("claims");
        assertEquals(written, claims.find().sort(Sorts.ascending("seq")).into(new ArrayList<>()));
        assertEquals(written.get(7), claims.find(new Document("_id", "c7")).first());
        assertEquals(written.get(9), claims.find(new Document("seq", 9L)).first());
        assertEquals(written.size() / 3 + 1, claims.countDocuments(new Document("speakerId", "sp0")));
        assertEquals(1, client.getDatabase("t").getCollection("other").countDocuments());
        MongoWriteException duplicate = assertThrows(MongoWriteException.class,
                () -> claims.insertOne(new Document("_id", "again").append("seq", 3L)));
        assertEquals(11000, duplicate.getCode());
        assertThrows(MongoWriteException.class, () -> claims.insertOne(new Document("_id", "c3")));
        assertEquals(List.of("c4", "c8"), claims.find(Filters.in("_id", "c8", "nope", "c4")).sort(Sorts.ascending("_id"))
                .map(d -> d.getString("_id")).into(new ArrayList<>()));
        // a deleted id can be written again
        claims.deleteOne(Filters.eq("_id", "c5"));
        claims.insertOne(written.get(5));
        MongoCollection<Document> numbered = client.getDatabase("t").getCollection("numbered");
        assertEquals("one", numbered.find(Filters.eq("_id", 1.0)).first().getString("x"));
        assertEquals("two", numbered.find(Filters.eq("_id", new Document("n", 2))).first().getString("x"));
        assertEquals(11000, assertThrows(MongoWriteException.class,
                () -> numbered.insertOne(new Document("_id", 1L))).getCode());
    }

    @Test
    void aFormat3StoresSortedIndexAnswersAsBeforeAndTakesFormat4AsItChanges() {
        List<Document> written = new ArrayList<>();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> claims = client.getDatabase("t").getCollection("claims");
            claims.createIndex(Indexes.compoundIndex(Indexes.ascending("tokens"), Indexes.descending("lastSeen", "_id")));
            for (int i = 0; i < 300; i++) {
                written.add(claim(i));
            }
            claims.insertMany(written);
        }
        rewriteIndexesAsFormat3();
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> claims = client.getDatabase("t").getCollection("claims");
            assertSameClaims(written, claims);
            // old entries removed and new ones added alongside them
            for (int i = 0; i < 300; i += 7) {
                claims.deleteOne(Filters.eq("_id", "cl_" + i));
                written.remove(claim(i));
            }
            for (int i = 300; i < 400; i++) {
                written.add(claim(i));
                claims.insertOne(claim(i));
            }
            assertSameClaims(written, claims);
        }
        assertFormat(StoreFormat.CURRENT, 0);
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertSameClaims(written, client.getDatabase("t").getCollection("claims"));
        }
    }

    private static Document claim(int i) {
        return new Document("_id", "cl_" + i).append("tokens", List.of("w" + i % 5, "w" + i % 11, "all"))
                .append("lastSeen", new Date(1_700_000_000_000L + (i % 13) * 86_400_000L));
    }

    private static void assertSameClaims(List<Document> written, MongoCollection<Document> claims) {
        for (String word : List.of("w0", "w3", "w10", "all")) {
            List<Object> expected = written.stream().filter(d -> d.getList("tokens", String.class).contains(word))
                    .sorted((a, b) -> {
                        int c = b.getDate("lastSeen").compareTo(a.getDate("lastSeen"));
                        return c != 0 ? c : b.getString("_id").compareTo(a.getString("_id"));
                    }).map(d -> d.get("_id")).toList();
            List<Object> actual = claims.find(Filters.eq("tokens", word))
                    .sort(Sorts.descending("lastSeen", "_id")).map(d -> d.get("_id")).into(new ArrayList<>());
            assertEquals(expected, actual, word);
        }
    }

    /** As format 3 wrote them: each key by H2's type, and a string position repeated as the value. */
    private void rewriteIndexesAsFormat3() {
        MVStore file = MVStore.open(dir.resolve(EmbeddedMongoStore.FILE_NAME).toString());
        try {
            for (String name : file.getMapNames().stream().filter(n -> n.contains("._index_tokens")).toList()) {
                var entries = new java.util.TreeMap<String, Object>();
                file.openMap(name, new MVMap.Builder<String, Object>().keyType(new SortedKeyType())
                        .valueType(new AsciiFastObjectType()))
                        .forEach((key, value) -> entries.put(key, SortedIndex.position(key, value)));
                assertTrue(entries.size() > 300);
                file.removeMap(name);
                file.openMap(name, new MVMap.Builder<String, Object>().keyType(new AsciiFastObjectType())
                        .valueType(new AsciiFastObjectType())).putAll(entries);
            }
            file.openMap(StoreFormat.MAP).put(StoreFormat.KEY, 3);
            file.commit();
        } finally {
            file.close();
        }
    }

    private void assertFormat(int format, int setAside) {
        MVStore file = MVStore.open(dir.resolve(EmbeddedMongoStore.FILE_NAME).toString());
        try {
            assertEquals(format, file.openMap(StoreFormat.MAP).get(StoreFormat.KEY));
            assertEquals(setAside, file.getMapNames().stream().filter(name -> name.startsWith("format1.")).count());
            assertTrue(file.hasMap("databases.t.claims"));
        } finally {
            file.close();
        }
    }
}
