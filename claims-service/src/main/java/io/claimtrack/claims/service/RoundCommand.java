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
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteManyModel;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;

/**
 * One command of a {@link StoreRound}: what it sends in a round, what it does alone, and its outcome either way.
 */
abstract class RoundCommand<R> implements StoreRound.Reply<R> {

    static final ServerAddress EMBEDDED = new ServerAddress("embedded");

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

    static final class Find<T> extends RoundCommand<List<T>> {

        private final MongoCollection<T> collection;
        private final Bson filter;
        private final Bson projection;
        private final Bson sort;
        private final int limit;

        Find(MongoCollection<T> collection, Bson filter, Bson projection, Bson sort, int limit) {
            this.collection = collection;
            this.filter = filter;
            this.projection = projection;
            this.sort = sort;
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
            if (sort != null) {
                find.append("sort", sort.toBsonDocument(type, registry));
            }
            return find.append("limit", new BsonInt32(limit)).append("batchSize", new BsonInt32(limit))
                    .append("singleBatch", BsonBoolean.TRUE);
        }

        @Override
        void direct() {
            set(collection.find(filter).projection(projection).sort(sort).limit(limit).into(new ArrayList<>()), null);
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

    static final class Write<T> extends RoundCommand<BulkWriteResult> {

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
