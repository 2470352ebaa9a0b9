package io.claimtrack.claims.service;

import java.util.ArrayList;
import java.util.List;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.RawBsonDocument;
import org.bson.conversions.Bson;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.WriteModel;

/**
 * Commands a request sends one after another, sent together: on the embedded store in one round trip (its
 * {@code claimtrackRound} command runs them in order, each as if it had come alone), on a MongoDB one by one
 * through the driver, exactly as before. A post's ~20 commands were ~20 loopback round trips, each encoded,
 * sent, woken up for and decoded on both sides (claims README, "Session 30").
 * <p>
 * Queue the commands, {@link #send}, then read each {@link Reply}. A write error (a duplicate key) is its command's
 * outcome: its reply throws the {@link MongoBulkWriteException} its bulk write would have thrown; after an ordered
 * write's error the commands after it do not run (their replies say so), after an unordered one's they do. A command
 * that fails as a whole ends the round: {@code send} throws and the rest do not run. A write here is one command: its
 * models all inserts, all updates or all deletes.
 */
final class StoreRound {

    private static final String NAME = "claimtrackRound";
    private static final int NO_SUCH_COMMAND = 59;
    private static final BulkWriteResult NOTHING = BulkWriteResult.acknowledged(0, 0, 0, 0, List.of(), List.of());
    /** Whether the store takes rounds: asked once (a MongoDB answers "no such command"). */
    private static volatile Boolean rounds;

    private final MongoDatabase database;
    /** Null: as the store takes them. */
    private final Boolean together;
    private final List<RoundCommand<?>> ops = new ArrayList<>();

    StoreRound(MongoDatabase database) {
        this(database, null);
    }

    /** {@code together} false: one by one whatever the store takes (what a MongoDB gets). */
    StoreRound(MongoDatabase database, Boolean together) {
        this.database = database;
        this.together = together;
    }

    /** What a queued command answered; read after {@link #send}. */
    interface Reply<T> {
        T get();
    }

    /** Finds at most {@code limit} documents (all in one batch: a lookup by key). */
    <T> Reply<List<T>> find(MongoCollection<T> collection, Bson filter, int limit) {
        return find(collection, filter, null, limit);
    }

    /** {@link #find(MongoCollection, Bson, int)} of the fields {@code projection} names (null: all). */
    <T> Reply<List<T>> find(MongoCollection<T> collection, Bson filter, Bson projection, int limit) {
        return find(collection, filter, projection, null, limit);
    }

    /** {@link #find(MongoCollection, Bson, Bson, int)} of the first {@code limit} in {@code sort}'s order (null: any). */
    <T> Reply<List<T>> find(MongoCollection<T> collection, Bson filter, Bson projection, Bson sort, int limit) {
        return add(new RoundCommand.Find<>(collection, filter, projection, sort, limit));
    }

    /** A bulk write whose outcome the caller reads: a write error is thrown by its reply. */
    <T> Reply<BulkWriteResult> bulkWrite(MongoCollection<T> collection, List<? extends WriteModel<? extends T>> writes,
            boolean ordered) {
        return add(new RoundCommand.Write<>(collection, writes, ordered, false));
    }

    /**
     * A bulk write whose write error is thrown by {@link #send}, before anyone reads what the round found; its
     * outcome can still be read. Nothing when empty (its outcome: nothing written).
     */
    <T> Reply<BulkWriteResult> write(MongoCollection<T> collection, List<? extends WriteModel<? extends T>> writes,
            boolean ordered) {
        if (writes.isEmpty()) {
            return () -> NOTHING;
        }
        return add(new RoundCommand.Write<>(collection, writes, ordered, true));
    }

    /** Runs the queued commands in order: in one round trip where the store takes rounds. Again: the ones queued since. */
    void send() {
        if (ops.isEmpty()) {
            return;
        }
        if (!together()) {
            List<RoundCommand<?>> sent = List.copyOf(ops);
            ops.clear();
            for (RoundCommand<?> op : sent) {
                op.direct();
                op.check();
                if (op.ends()) {
                    return;
                }
            }
            return;
        }
        BsonArray commands = new BsonArray();
        ops.forEach(op -> commands.add(op.command()));
        // read as bytes: each found document is decoded once, by its own codec
        BsonArray replies = database.runCommand(new BsonDocument(NAME, new BsonInt32(1)).append("commands", commands),
                RawBsonDocument.class).getArray("replies");
        List<RoundCommand<?>> sent = List.copyOf(ops);
        ops.clear();
        for (int i = 0; i < replies.size(); i++) {
            BsonDocument reply = replies.get(i).asDocument();
            if (reply.getNumber("ok").intValue() != 1) {
                throw new MongoCommandException(reply, RoundCommand.EMBEDDED);
            }
            sent.get(i).reply(reply);
        }
        sent.forEach(RoundCommand::check);
    }

    /** Whether this round's commands go in one round trip: a command added to it costs none of its own. */
    boolean together() {
        return together != null ? together : takesRounds(database);
    }

    /** Whether the store takes rounds (the embedded one); asked once per process. */
    static boolean takesRounds(MongoDatabase database) {
        Boolean known = rounds;
        if (known == null) {
            try {
                database.runCommand(new BsonDocument(NAME, new BsonInt32(1)).append("commands", new BsonArray()));
                known = true;
            } catch (MongoCommandException e) {
                if (e.getErrorCode() != NO_SUCH_COMMAND) {
                    throw e;
                }
                known = false;
            }
            rounds = known;
        }
        return known;
    }

    private <R> Reply<R> add(RoundCommand<R> op) {
        ops.add(op);
        return op;
    }
}
