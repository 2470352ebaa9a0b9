package io.claimtrack.claims.store;

import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Database;

/**
 * The H2 database with the secondary indexes mongo-java-server leaves out: every non-unique index
 * declared is a {@link SortedIndex} in the same MVStore, and its collections read through them.
 * Documents and unique-index keys are kept in {@link StoreFormat}'s format, not Java-serialised, and
 * string and ObjectId ids only in the document maps ({@link IdIndex}). An
 * index declared on a collection that already holds documents (a store written before) is built from
 * them when the store opens.
 */
final class IndexedH2Database extends H2Database {

    // H2Database's constructor opens the collections and indexes, before this object's fields are set
    private static final ThreadLocal<MVStore> OPENING = new ThreadLocal<>();

    private final MVStore store;

    private IndexedH2Database(String name, MVStore store, CursorRegistry cursors) {
        super(name, store, cursors);
        this.store = store;
    }

    static IndexedH2Database open(String name, MVStore store, CursorRegistry cursors) {
        OPENING.set(store);
        try {
            return new IndexedH2Database(name, store, cursors);
        } finally {
            OPENING.remove();
        }
    }

    private MVStore store() {
        return store != null ? store : OPENING.get();
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        // the map name H2Database gives an index, so dropping it removes this map too
        MVMap<String, Object> map = store().openMap(getFullCollectionNamespace(collectionName) + "._index_" + indexName,
                new MVMap.Builder<String, Object>().keyType(new SortedKeyType()).valueType(new AsciiFastObjectType()));
        return new SortedIndex(map, indexName, keys, sparse);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<KeyValue, Object> map = StoreFormat.uniqueIndex(store(), namespace, indexName);
        if (StoreFormat.ID_INDEX.equals(indexName) && keys.size() == 1 && "_id".equals(keys.get(0).getKey())) {
            return new IdIndex(StoreFormat.documents(store(), "databases." + namespace), map, indexName, keys);
        }
        return new KeyedUniqueIndex(map, indexName, keys, sparse);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String name = getFullCollectionNamespace(collectionName);
        return new IndexedH2Collection(this, collectionName, options,
                StoreFormat.documents(store(), "databases." + name), store().openMap("meta." + name), cursorRegistry);
    }
}
