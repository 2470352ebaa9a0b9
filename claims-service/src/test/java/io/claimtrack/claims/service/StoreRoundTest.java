package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.Vetoed;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.MongoCommandException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import io.claimtrack.claims.store.EmbeddedMongoStore;

/**
 * Commands sent together in one round trip on the embedded store answer exactly as the same commands sent one by
 * one (what a MongoDB gets): each reply, each write error, the order, and a failing command ending the round.
 */
class StoreRoundTest {

    @TempDir
    Path dataDir;

    private final AtomicInteger sent = new AtomicInteger();
    private int sentBySend;
    private EmbeddedMongoStore store;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void open() {
        store = EmbeddedMongoStore.open(dataDir, "127.0.0.1", 0, false);
        client = client(store);
        database = client.getDatabase("claims");
    }

    @AfterEach
    void close() {
        client.close();
        store.close();
    }

    @Test
    void theEmbeddedStoreTakesRounds() {
        assertTrue(StoreRound.takesRounds(database));
    }

    @Test
    void aRoundAnswersAsItsCommandsOneByOneInOneRoundTrip() {
        List<String> together = run(true);
        assertEquals(1, sentBySend, "the embedded store takes the five commands in one round trip");
        List<String> alone = run(false);
        assertEquals(5, sentBySend);
        assertEquals(alone, together);
        assertEquals(List.of("inserted 2", "upserted 1 at 1, matched 1, modified 1", "found [a, b, c]",
                "duplicate at 1", "removed 3", "left [c]"), together);
    }

    /** Five commands of one round: each sees the ones before it; a duplicate key is its reply's, and the round goes on. */
    private List<String> run(boolean inOneRound) {
        MongoCollection<Document> items = database.getCollection("items" + inOneRound);
        StoreRound round = new StoreRound(database, inOneRound);
        StoreRound.Reply<BulkWriteResult> inserted = round.bulkWrite(items,
                List.of(new InsertOneModel<>(new Document("_id", "a")), new InsertOneModel<>(new Document("_id", "b"))),
                true);
        StoreRound.Reply<BulkWriteResult> updated = round.bulkWrite(items, List.of(
                new UpdateOneModel<>(eq("_id", "a"), Updates.set("n", 1)),
                new UpdateOneModel<>(eq("_id", "c"), Updates.set("n", 2), new UpdateOptions().upsert(true))), true);
        StoreRound.Reply<List<Document>> found = round.find(items, in("_id", "a", "b", "c"), 3);
        StoreRound.Reply<BulkWriteResult> duplicate = round.bulkWrite(items,
                List.of(new InsertOneModel<>(new Document("_id", "d")), new InsertOneModel<>(new Document("_id", "a"))),
                false);
        StoreRound.Reply<BulkWriteResult> removed = round.bulkWrite(items,
                List.of(new DeleteManyModel<>(in("_id", "a", "b", "d"))), true);
        sent.set(0);
        round.send();
        sentBySend = sent.get();
        List<String> replies = new ArrayList<>();
        replies.add("inserted " + inserted.get().getInsertedCount());
        BulkWriteResult u = updated.get();
        replies.add("upserted " + u.getUpserts().size() + " at " + u.getUpserts().get(0).getIndex() + ", matched "
                + u.getMatchedCount() + ", modified " + u.getModifiedCount());
        replies.add("found " + found.get().stream().map(d -> d.getString("_id")).sorted().toList());
        MongoBulkWriteException e = assertThrows(MongoBulkWriteException.class, duplicate::get);
        replies.add("duplicate at " + e.getWriteErrors().get(0).getIndex());
        replies.add("removed " + removed.get().getDeletedCount());
        replies.add("left " + ids(items));
        return replies;
    }

    @Test
    void aSortedFindInARoundAnswersTheFirstInOrderAsAlone() {
        List<List<String>> answers = new ArrayList<>();
        for (boolean inOneRound : List.of(true, false)) {
            MongoCollection<Document> items = database.getCollection("sorted" + inOneRound);
            items.insertMany(List.of(new Document("_id", "a").append("k", 1).append("n", 2),
                    new Document("_id", "b").append("k", 1).append("n", 1), new Document("_id", "c").append("k", 2),
                    new Document("_id", "d").append("k", 1).append("n", 1), new Document("_id", "e").append("k", 1)));
            StoreRound round = new StoreRound(database, inOneRound);
            StoreRound.Reply<List<Document>> first = round.find(items, eq("k", 1), null,
                    Sorts.ascending("n", "_id"), 3);
            round.send();
            answers.add(first.get().stream().map(d -> d.getString("_id")).toList());
        }
        // a missing field sorts first
        assertEquals(List.of(List.of("e", "b", "d"), List.of("e", "b", "d")), answers);
    }

    @Test
    void aFailingCommandEndsTheRound() {
        MongoCollection<Document> items = database.getCollection("items");
        StoreRound round = new StoreRound(database, true);
        StoreRound.Reply<BulkWriteResult> first = round.bulkWrite(items,
                List.of(new InsertOneModel<>(new Document("_id", "a"))), true);
        round.find(items, new Document("n", new Document("$nope", 1)), 1);
        StoreRound.Reply<BulkWriteResult> after = round.bulkWrite(items,
                List.of(new InsertOneModel<>(new Document("_id", "b"))), true);
        assertThrows(MongoCommandException.class, round::send);
        assertEquals(1, first.get().getInsertedCount());
        assertThrows(IllegalStateException.class, after::get);
        assertEquals(List.of("a"), ids(items));
    }

    @Test
    void anOrderedWritesErrorEndsTheRoundAsItEndsTheDriversBulkWrite() {
        for (boolean inOneRound : List.of(true, false)) {
            MongoCollection<Document> items = database.getCollection("ordered" + inOneRound);
            items.insertOne(new Document("_id", "a"));
            StoreRound round = new StoreRound(database, inOneRound);
            StoreRound.Reply<BulkWriteResult> duplicate = round.bulkWrite(items,
                    List.of(new InsertOneModel<>(new Document("_id", "a"))), true);
            StoreRound.Reply<BulkWriteResult> after = round.bulkWrite(items,
                    List.of(new InsertOneModel<>(new Document("_id", "b"))), true);
            round.send();
            assertThrows(MongoBulkWriteException.class, duplicate::get);
            assertThrows(IllegalStateException.class, after::get);
            assertEquals(List.of("a"), ids(items));
        }
    }

    @Test
    void aWriteErrorNobodyReadsIsThrownBySend() {
        MongoCollection<Document> items = database.getCollection("items");
        items.insertOne(new Document("_id", "a"));
        StoreRound round = new StoreRound(database, true);
        round.write(items, List.of(new InsertOneModel<>(new Document("_id", "a"))), true);
        assertThrows(MongoBulkWriteException.class, round::send);
    }

    private static List<String> ids(MongoCollection<Document> items) {
        return items.find().map(d -> d.getString("_id")).into(new ArrayList<>());
    }

    private MongoClient client(EmbeddedMongoStore store) {
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(store.connectionString()))
                .addCommandListener(new Sent(sent)).build());
    }

    /** Counts the commands sent; not a bean of the service's tests (the Mongo extension takes every listener). */
    @Vetoed
    private static final class Sent implements CommandListener {

        private final AtomicInteger sent;

        Sent(AtomicInteger sent) {
            this.sent = sent;
        }

        @Override
        public void commandStarted(CommandStartedEvent event) {
            sent.incrementAndGet();
        }
    }
}
