package io.claimtrack.claims.service;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.InsertOneModel;

/** Keyed bulk inserts: what exists already (a replay, another writer) stays as it is. */
final class Bulk {

    private static final int DUPLICATE_KEY = 11000;

    private Bulk() {
    }

    /** Inserts all, unordered; returns the positions of those whose id existed already. */
    static <T> Set<Integer> insertNew(MongoCollection<T> collection, List<T> items) {
        Set<Integer> present = new HashSet<>();
        if (items.isEmpty()) {
            return present;
        }
        try {
            collection.bulkWrite(items.stream().map(InsertOneModel::new).toList(), new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw e;
                }
                present.add(error.getIndex());
            }
        }
        return present;
    }
}
