package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * The embedded store's sorted indexes change what is read, never what is returned: the same documents,
 * updates, deletes and queries give the same answers as mongo-java-server's memory backend (which
 * scans), after a restart too, and on a store whose indexes were declared before they existed.
 */
class SortedIndexTest {

    private static final Instant DAY0 = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;

    @Test
    void indexedReadsAnswerLikeAScan() {
        MongoServer reference = new MongoServer(new MemoryBackend());
        try (MongoClient ref = MongoClients.create(reference.bindAndGetConnectionString())) {
            MongoCollection<Document> expected = ref.getDatabase("t").getCollection("claims");
            try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                    MongoClient client = MongoClients.create(store.connectionString())) {
                MongoCollection<Document> actual = client.getDatabase("t").getCollection("claims");
                declare(actual);
                fill(List.of(expected, actual));
                assertSameAnswers(expected, actual);
            }
            try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                    MongoClient client = MongoClients.create(store.connectionString())) {
                assertSameAnswers(expected, client.getDatabase("t").getCollection("claims"));
            }
        } finally {
            reference.shutdownNow();
        }
    }

    @Test
    void aStoreWrittenBeforeTheIndexesGetsThemWhenItOpens() {
        Path file = dir.resolve(EmbeddedMongoStore.FILE_NAME);
        MongoServer reference = new MongoServer(new MemoryBackend());
        MongoServer old = new MongoServer(new H2Backend(file.toString()));
        try (MongoClient ref = MongoClients.create(reference.bindAndGetConnectionString());
                MongoClient oldClient = MongoClients.create(old.bindAndGetConnectionString())) {
            MongoCollection<Document> written = oldClient.getDatabase("t").getCollection("claims");
            // the plain H2 backend records the index declarations but keeps no entries
            declare(written);
            fill(List.of(ref.getDatabase("t").getCollection("claims"), written));
            old.shutdownNow();
            try (EmbeddedMongoStore store = EmbeddedMongoStore.open(dir, "127.0.0.1", 0, false);
                    MongoClient client = MongoClients.create(store.connectionString())) {
                assertSameAnswers(ref.getDatabase("t").getCollection("claims"),
                        client.getDatabase("t").getCollection("claims"));
            }
        } finally {
            old.shutdownNow();
            reference.shutdownNow();
        }
    }

    @Test
    void plansReadByIdOrInTheSortOrderInsteadOfScanning() {
        MVStore memory = MVStore.open(null);
        try {
            SortedIndex bySpeaker = new SortedIndex(memory.openMap("a"), "a", List.of(new IndexKey("speakerId", true),
                    new IndexKey("lastSeen", false), new IndexKey("_id", false)), false);
            SortedIndex byDate = new SortedIndex(memory.openMap("b"), "b", List.of(new IndexKey("lastSeen", false),
                    new IndexKey("_id", false)), false);
            for (int i = 0; i < 100; i++) {
                de.bwaldvogel.mongo.bson.Document claim = new de.bwaldvogel.mongo.bson.Document("_id", "c" + i)
                        .append("speakerId", "sp" + i % 10).append("lastSeen", DAY0.plusSeconds(i));
                bySpeaker.add(claim, "c" + i, null);
                byDate.add(claim, "c" + i, null);
            }
            de.bwaldvogel.mongo.bson.Document newestFirst = new de.bwaldvogel.mongo.bson.Document("lastSeen", -1)
                    .append("_id", -1);
            de.bwaldvogel.mongo.bson.Document listed = new de.bwaldvogel.mongo.bson.Document("appearanceCount",
                    new de.bwaldvogel.mongo.bson.Document("$gt", 0));
            // no usable index: a scan
            assertNull(QueryPlan.choose(listed, newestFirst, List.of(), 21));
            // newest first: the date index read backwards, which stops at the limit
            QueryPlan newest = QueryPlan.choose(listed, newestFirst, List.of(bySpeaker, byDate), 21);
            assertTrue(newest.ordered());
            assertEquals("c99", newest.positions().iterator().next());
            // a speaker's claims: the range of that speaker, newest first
            QueryPlan speaker = QueryPlan.choose(new de.bwaldvogel.mongo.bson.Document("speakerId",
                    new de.bwaldvogel.mongo.bson.Document("$in", List.of("sp3"))).append("appearanceCount",
                            new de.bwaldvogel.mongo.bson.Document("$gt", 0)), newestFirst, List.of(bySpeaker, byDate), 21);
            List<Object> positions = new ArrayList<>();
            speaker.positions().forEach(positions::add);
            assertTrue(speaker.ordered());
            assertEquals(List.of("c93", "c83", "c73", "c63", "c53", "c43", "c33", "c23", "c13", "c3"), positions);
            // ids alongside other conditions (mongo-java-server's own _id lookup refuses those): by id
            QueryPlan byId = QueryPlan.choose(new de.bwaldvogel.mongo.bson.Document("_id", "c1")
                    .append("appearanceCount", 0), null, List.of(bySpeaker), 0);
            assertFalse(byId.ordered());
            assertEquals(List.of("c1"), List.copyOf((java.util.Collection<?>) byId.positions()));
            // ... whose documents are matched against the other conditions; ids alone match whatever is found by them
            assertFalse(byId.complete());
            assertTrue(QueryPlan.choose(new de.bwaldvogel.mongo.bson.Document("_id", "c1"), null, List.of(), 0).complete());
            assertTrue(QueryPlan.choose(new de.bwaldvogel.mongo.bson.Document("_id", new de.bwaldvogel.mongo.bson.Document(
                    "$in", List.of("c1", "c2"))), null, List.of(), 0).complete());
            assertFalse(QueryPlan.choose(new de.bwaldvogel.mongo.bson.Document("_id", new de.bwaldvogel.mongo.bson.Document(
                    "$in", List.of("c1", "c2")).append("$ne", "c2")), null, List.of(), 0).complete());
            assertFalse(newest.complete());
        } finally {
            memory.close();
        }
    }

    private static void declare(MongoCollection<Document> c) {
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("speakerId"), Indexes.descending("lastSeen", "_id")));
        c.createIndex(Indexes.descending("lastSeen", "_id"));
        c.createIndex(Indexes.ascending("tokens"));
        c.createIndex(Indexes.compoundIndex(Indexes.ascending("source"), Indexes.descending("seenAt")));
        c.createIndex(Indexes.ascending("count", "_id"));
    }

    /** Documents with missing fields, mixed number types, arrays; then updates and deletes. */
    private static void fill(List<MongoCollection<Document>> targets) {
        Random random = new Random(7);
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            Document d = new Document("_id", String.format("c%05d", random.nextInt(100_000)) + "-" + i);
            if (random.nextInt(10) > 0) {
                d.append("speakerId", "sp" + random.nextInt(30));
            }
            d.append("lastSeen", java.util.Date.from(DAY0.plusSeconds(3600L * random.nextInt(200))));
            d.append("seenAt", java.util.Date.from(DAY0.plusSeconds(86_400L * random.nextInt(60))));
            d.append("source", random.nextBoolean() ? "tass" : random.nextBoolean() ? "reuters" : null);
            Object count = switch (random.nextInt(3)) {
                case 0 -> random.nextInt(5);
                case 1 -> (long) random.nextInt(5);
                default -> (double) random.nextInt(5);
            };
            d.append("count", count);
            List<String> tokens = new ArrayList<>();
            for (int t = random.nextInt(6); t > 0; t--) {
                tokens.add("w" + random.nextInt(40));
            }
            d.append("tokens", tokens.stream().distinct().toList());
            docs.add(d);
        }
        for (MongoCollection<Document> target : targets) {
            target.insertMany(docs);
            target.updateMany(Filters.eq("speakerId", "sp3"), Updates.set("speakerId", "sp4"));
            target.updateMany(Filters.in("tokens", "w1"), Updates.inc("count", 1));
            target.updateOne(Filters.and(Filters.eq("_id", docs.get(5).getString("_id")), Filters.exists("lastSeen")),
                    Updates.set("lastSeen", java.util.Date.from(DAY0)));
            // updates leaving the indexed fields alone, changing one word of several, or a number's type only
            target.updateMany(Filters.in("tokens", "w5"), Updates.set("note", "checked"));
            target.updateMany(Filters.in("tokens", "w6"), Updates.addToSet("tokens", "w99"));
            target.updateMany(Filters.in("tokens", "w9"), Updates.pull("tokens", "w9"));
            target.updateMany(Filters.eq("count", 2), Updates.set("count", 2L));
            target.updateMany(Filters.eq("source", "tass"), Updates.unset("source"));
            target.deleteMany(Filters.eq("source", "reuters"));
        }
    }

    private static void assertSameAnswers(MongoCollection<Document> expected, MongoCollection<Document> actual) {
        Bson byDate = Sorts.descending("lastSeen", "_id");
        List<Function<MongoCollection<Document>, FindIterable<Document>>> queries = List.of(
                c -> c.find(Filters.gt("count", 0)).sort(byDate).limit(21),
                c -> c.find(Filters.and(Filters.in("speakerId", "sp4"), Filters.gt("count", 0))).sort(byDate).limit(21),
                c -> c.find(Filters.in("speakerId", "sp1", "sp2", "sp9")).sort(byDate).limit(21),
                c -> c.find(Filters.eq("speakerId", "sp3")),
                c -> c.find(Filters.eq("speakerId", null)).sort(byDate),
                c -> c.find(Filters.all("tokens", "w7", "w8")).sort(byDate).limit(21),
                c -> c.find(Filters.eq("tokens", "w2")).sort(Sorts.ascending("lastSeen", "_id")).limit(5),
                c -> c.find(Filters.and(Filters.eq("source", "tass"), Filters.gte("seenAt", java.util.Date.from(
                        DAY0.plusSeconds(86_400L * 10))), Filters.lt("seenAt", java.util.Date.from(DAY0.plusSeconds(
                                86_400L * 20))))).sort(Sorts.ascending("_id")),
                c -> c.find(Filters.eq("source", null)).sort(Sorts.ascending("_id")),
                c -> c.find(Filters.and(Filters.gte("count", 1L), Filters.lt("count", 3.0))).sort(
                        Sorts.ascending("count", "_id")),
                c -> c.find(Filters.eq("count", 2)).sort(Sorts.ascending("_id")),
                c -> c.find(Filters.and(Filters.in("_id", firstIds(expected)), Filters.gt("count", 1)))
                        .sort(byDate),
                c -> c.find(Filters.in("_id", idsAndAbsent(expected))).sort(Sorts.ascending("_id")),
                c -> c.find(Filters.eq("_id", firstIds(expected).get(3))),
                c -> c.find(new Document("_id", new Document("$eq", firstIds(expected).get(4))))
                        .projection(new Document("tokens", 1)),
                c -> c.find(Filters.and(Filters.in("_id", idsAndAbsent(expected)), Filters.ne("_id",
                        firstIds(expected).get(0)))).sort(Sorts.ascending("_id")),
                c -> c.find(Filters.eq("tokens", "w99")).sort(Sorts.ascending("_id")),
                c -> c.find(Filters.exists("source", false)).sort(Sorts.ascending("_id")),
                c -> c.find(Filters.or(Filters.lt("lastSeen", java.util.Date.from(DAY0.plusSeconds(3600L * 100))),
                        Filters.and(Filters.eq("lastSeen", java.util.Date.from(DAY0.plusSeconds(3600L * 100))),
                                Filters.lt("_id", "c5")))).sort(byDate).limit(21));
        for (int i = 0; i < queries.size(); i++) {
            assertEquals(ids(queries.get(i).apply(expected)), ids(queries.get(i).apply(actual)), "query " + i);
        }
        assertEquals(expected.countDocuments(Filters.eq("speakerId", "sp4")),
                actual.countDocuments(Filters.eq("speakerId", "sp4")));
        assertEquals(expected.distinct("_id", Filters.eq("tokens", "w3"), String.class).into(new ArrayList<>()),
                actual.distinct("_id", Filters.eq("tokens", "w3"), String.class).into(new ArrayList<>()));
    }

    /** Stored ids with ids nobody has between them, some twice. */
    private static List<String> idsAndAbsent(MongoCollection<Document> c) {
        List<String> ids = new ArrayList<>();
        for (String id : firstIds(c).subList(0, 40)) {
            ids.add(id);
            ids.add(id + "-absent");
        }
        ids.add(ids.get(0));
        return ids;
    }

    private static List<String> firstIds(MongoCollection<Document> c) {
        return ids(c.find().sort(Sorts.ascending("_id")).limit(200));
    }

    private static List<String> ids(FindIterable<Document> found) {
        List<String> ids = new ArrayList<>();
        found.forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }
}
