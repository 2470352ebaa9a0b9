package io.claimtrack.claims.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonInt32;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.codecs.CollectibleCodec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoCommandException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
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
    private static final ServerAddress EMBEDDED = new ServerAddress("embedded");
    /** Whether the store takes rounds: asked once (a MongoDB answers "no such command"). */
    private static volatile Boolean rounds;

    private final MongoDatabase database;
    /** Null: as the store takes them. */
    private final Boolean together;
    private final List<Op<?>> ops = new ArrayList<>();

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
        return add(new Find<>(collection, filter, projection, limit));
    }

    /** A bulk write whose outcome the caller reads: a write error is thrown by its reply. */
    <T> Reply<BulkWriteResult> bulkWrite(MongoCollection<T> collection, List<? extends WriteModel<? extends T>> writes,
            boolean ordered) {
        return add(new Write<>(collection, writes, ordered, false));
    }

    /** A bulk write nobody reads the outcome of: a write error is thrown by {@link #send}. Nothing when empty. */
    <T> void write(MongoCollection<T> collection, List<? extends WriteModel<? extends T>> writes, boolean ordered) {
        if (!writes.isEmpty()) {
            add(new Write<>(collection, writes, ordered, true));
        }
    }

    /** Runs the queued commands in order: in one round trip where the store takes rounds. Again: the ones queued since. */
    void send() {
        if (ops.isEmpty()) {
            return;
        }
        if (!together()) {
            List<Op<?>> sent = List.copyOf(ops);
            ops.clear();
            for (Op<?> op : sent) {
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
        List<Op<?>> sent = List.copyOf(ops);
        ops.clear();
        for (int i = 0; i < replies.size(); i++) {
            BsonDocument reply = replies.get(i).asDocument();
            if (reply.getNumber("ok").intValue() != 1) {
                throw new MongoCommandException(reply, EMBEDDED);
            }
            sent.get(i).reply(reply);
        }
        sent.forEach(Op::check);
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

    private <R> Reply<R> add(Op<R> op) {
        ops.add(op);
        return op;
    }

    /** One command: what it sends in a round, what it does alone, and its outcome either way. */
    private abstract static class Op<R> implements Reply<R> {

        private R value;
        private RuntimeException failure;
        private boolean done;
        /** Nobody reads the outcome: a failure is thrown when the round is sent. */
        boolean checked;

        abstract BsonDocument command();

        /** Runs the command alone, through the driver. */
        abstract void direct();

        abstract void reply(BsonDocument reply);

        final void check() {
            if (checked && done) {
                get();
            }
        }

        /** An ordered write that met a write error: the commands after it do not run. */
        boolean ends() {
            return false;
        }

        final void set(R result, RuntimeException error) {
            value = result;
            failure = error;
            done = true;
        }

        final boolean failed() {
            return failure != null;
        }

        @Override
        public R get() {
            if (!done) {
                throw new IllegalStateException("Not run: the round was not sent, or failed before this command");
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    private static final class Find<T> extends Op<List<T>> {

        private final MongoCollection<T> collection;
        private final Bson filter;
        private final Bson projection;
        private final int limit;

        Find(MongoCollection<T> collection, Bson filter, Bson projection, int limit) {
            this.collection = collection;
            this.filter = filter;
            this.projection = projection;
            this.limit = limit;
        }

        @Override
        BsonDocument command() {
            Class<T> type = collection.getDocumentClass();
            CodecRegistry registry = collection.getCodecRegistry();
            BsonDocument find = new BsonDocument("find", new BsonString(collection.getNamespace().getCollectionName()))
                    .append("filter", filter.toBsonDocument(type, registry));
            if (projection != null) {
                find.append("projection", projection.toBsonDocument(type, registry));
            }
            return find.append("limit", new BsonInt32(limit)).append("batchSize", new BsonInt32(limit))
                    .append("singleBatch", BsonBoolean.TRUE);
        }

        @Override
        void direct() {
            set(collection.find(filter).projection(projection).limit(limit).into(new ArrayList<>()), null);
        }

        @Override
        void reply(BsonDocument reply) {
            BsonDocument cursor = reply.getDocument("cursor");
            if (cursor.getNumber("id").longValue() != 0) {
                throw new IllegalStateException("A round's find must fit one batch: " + limit);
            }
            Codec<T> codec = collection.getCodecRegistry().get(collection.getDocumentClass());
            List<T> found = new ArrayList<>();
            for (BsonValue document : cursor.getArray("firstBatch")) {
                found.add(codec.decode(document.asDocument().asBsonReader(), DecoderContext.builder().build()));
            }
            set(found, null);
        }
    }

    private static final class Write<T> extends Op<BulkWriteResult> {

        private final MongoCollection<T> collection;
        private final List<? extends WriteModel<? extends T>> writes;
        private final boolean ordered;

        Write(MongoCollection<T> collection, List<? extends WriteModel<? extends T>> writes, boolean ordered,
                boolean checked) {
            if (writes.isEmpty()) {
                throw new IllegalArgumentException("An empty write");
            }
            this.collection = collection;
            this.writes = writes;
            this.ordered = ordered;
            this.checked = checked;
        }

        @Override
        BsonDocument command() {
            String name = collection.getNamespace().getCollectionName();
            CodecRegistry registry = collection.getCodecRegistry();
            Class<T> type = collection.getDocumentClass();
            String kind = kind(writes.get(0));
            BsonArray items = new BsonArray();
            for (WriteModel<? extends T> write : writes) {
                if (!kind(write).equals(kind)) {
                    throw new IllegalArgumentException("A round's write is one command: " + kind + " and " + kind(write));
                }
                items.add(item(write, type, registry));
            }
            return new BsonDocument(kind, new BsonString(name)).append("ordered", BsonBoolean.valueOf(ordered))
                    .append(switch (kind) {
                        case "insert" -> "documents";
                        case "update" -> "updates";
                        default -> "deletes";
                    }, items);
        }

        private static String kind(WriteModel<?> write) {
            if (write instanceof InsertOneModel) {
                return "insert";
            }
            if (write instanceof UpdateOneModel || write instanceof UpdateManyModel) {
                return "update";
            }
            if (write instanceof DeleteOneModel || write instanceof DeleteManyModel) {
                return "delete";
            }
            throw new IllegalArgumentException("Not in a round: " + write);
        }

        private static <T> BsonDocument item(WriteModel<? extends T> write, Class<T> type, CodecRegistry registry) {
            if (write instanceof InsertOneModel<? extends T> insert) {
                return document(insert.getDocument(), registry);
            }
            if (write instanceof UpdateOneModel<? extends T> update) {
                return update(update.getFilter(), update.getUpdate(), update.getOptions(), false, type, registry);
            }
            if (write instanceof UpdateManyModel<? extends T> update) {
                return update(update.getFilter(), update.getUpdate(), update.getOptions(), true, type, registry);
            }
            Bson filter = write instanceof DeleteOneModel<? extends T> one ? one.getFilter()
                    : ((DeleteManyModel<? extends T>) write).getFilter();
            return new BsonDocument("q", filter.toBsonDocument(type, registry))
                    .append("limit", new BsonInt32(write instanceof DeleteOneModel ? 1 : 0));
        }

        /** The document as the driver inserts it: with an id made for it when it has none. */
        @SuppressWarnings("unchecked")
        private static <D> BsonDocument document(D document, CodecRegistry registry) {
            Codec<D> codec = (Codec<D>) registry.get(document.getClass());
            D withId = codec instanceof CollectibleCodec<D> collectible ? collectible.generateIdIfAbsentFromDocument(document)
                    : document;
            // encoded once, into bytes the command's encoding copies as they are
            return new RawBsonDocument(withId, codec);
        }

        private static BsonDocument update(Bson filter, Bson update, UpdateOptions options, boolean multi, Class<?> type,
                CodecRegistry registry) {
            if (update == null || options.getArrayFilters() != null || options.getCollation() != null
                    || options.getHint() != null || options.getHintString() != null) {
                throw new IllegalArgumentException("Not in a round: a pipeline, array filters, a collation or a hint");
            }
            return new BsonDocument("q", filter.toBsonDocument(type, registry))
                    .append("u", update.toBsonDocument(type, registry))
                    .append("upsert", BsonBoolean.valueOf(options.isUpsert())).append("multi", BsonBoolean.valueOf(multi));
        }

        @Override
        boolean ends() {
            return ordered && failed();
        }

        @Override
        void direct() {
            try {
                set(collection.bulkWrite(writes, new BulkWriteOptions().ordered(ordered)), null);
            } catch (MongoBulkWriteException e) {
                set(null, e);
            }
        }

        /** The reply read as the driver reads one command's: its counts, then its write errors as the exception. */
        @Override
        void reply(BsonDocument reply) {
            int n = reply.getNumber("n").intValue();
            List<BulkWriteError> errors = new ArrayList<>();
            for (BsonValue error : reply.getArray("writeErrors", new BsonArray())) {
                BsonDocument e = error.asDocument();
                errors.add(new BulkWriteError(e.getNumber("code").intValue(), e.getString("errmsg").getValue(),
                        e.getDocument("errInfo", new BsonDocument()), e.getNumber("index").intValue()));
            }
            BulkWriteResult result = switch (kind(writes.get(0))) {
                case "insert" -> BulkWriteResult.acknowledged(n, 0, 0, 0, List.of(), List.of());
                case "update" -> {
                    List<BulkWriteUpsert> upserts = new ArrayList<>();
                    for (BsonValue u : reply.getArray("upserted", new BsonArray())) {
                        upserts.add(new BulkWriteUpsert(u.asDocument().getNumber("index").intValue(),
                                u.asDocument().get("_id")));
                    }
                    yield BulkWriteResult.acknowledged(0, n - upserts.size(), 0,
                            reply.getNumber("nModified").intValue(), upserts, List.of());
                }
                default -> BulkWriteResult.acknowledged(0, 0, n, 0, List.of(), List.of());
            };
            set(errors.isEmpty() ? result : null,
                    errors.isEmpty() ? null : new MongoBulkWriteException(result, errors, null, EMBEDDED, Set.of()));
        }
    }
}
