package io.claimtrack.claims.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertOneModel;

/** Keyed bulk inserts: what exists already (a replay, another writer) stays as it is. */
final class Bulk {

    private static final int DUPLICATE_KEY = 11000;

    private Bulk() {
    }

    /** Inserts all, unordered; returns the positions of those whose id existed already. */
    static <T> Set<Integer> insertNew(MongoDatabase database, MongoCollection<T> collection, List<T> items) {
        StoreRound round = new StoreRound(database);
        StoreRound.Reply<Set<Integer>> present = insertNew(round, collection, items);
        round.send();
        return present.get();
    }

    /** {@link #insertNew(MongoDatabase, MongoCollection, List)} as one command of {@code round}. */
    static <T> StoreRound.Reply<Set<Integer>> insertNew(StoreRound round, MongoCollection<T> collection, List<T> items) {
        if (items.isEmpty()) {
            return Set::of;
        }
        StoreRound.Reply<?> inserted = round.bulkWrite(collection, items.stream().map(InsertOneModel::new).toList(), false);
        return () -> {
            Set<Integer> present = new HashSet<>();
            try {
                inserted.get();
            } catch (MongoBulkWriteException e) {
                for (BulkWriteError error : e.getWriteErrors()) {
                    if (error.getCode() != DUPLICATE_KEY) {
                        throw e;
                    }
                    present.add(error.getIndex());
                }
            }
            return present;
        };
    }
}
