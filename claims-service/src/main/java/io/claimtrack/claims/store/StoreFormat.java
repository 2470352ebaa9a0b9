package io.claimtrack.claims.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.jboss.logging.Logger;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * The embedded store's file format. Format 4 writes the keys of the sorted indexes a page at a time, each
 * as what it adds to the key before it ({@link SortedKeyType}), and no longer repeats a string position in
 * the entry's value ({@link SortedIndex#position}); it reads format 3's pages and values as they are, so a
 * format-3 store is only marked. Format 3 keeps documents as BSON ({@link BsonDocumentType}),
 * unique-index keys typed ({@link KeyValueType}), and string and ObjectId ids only in the document maps
 * ({@link IdIndex}); format 2 also kept those in each {@code _id} index map; format 1 (the H2 backend's
 * own, and this service's up to session 4) kept documents and keys Java-serialised. H2 does not record a map's types in the file, so a map written
 * in one format must never be opened in the other: the format is recorded in {@value #MAP}, and a
 * format-1 store is converted when it opens, before mongo-java-server opens its databases.
 * <p>
 * The conversion survives a crash at any point: the format-1 document maps are renamed aside and every
 * index map removed in one commit; their documents are copied into format-2 maps under the original
 * names, committing as it goes; the format is recorded and the old maps removed without a commit, so the
 * indexes, which the databases rebuild from the documents as they open (an empty index is built on
 * opening), are committed with it. A crash before that commit finds the renamed maps again and copies
 * anew.
 */
final class StoreFormat {

    static final String MAP = "claimtrack.format";
    static final String KEY = "documents";
    static final int CURRENT = 4;
    static final String ID_INDEX = "_id_";

    private static final Logger LOG = Logger.getLogger(StoreFormat.class);
    private static final String DOCUMENTS = "databases.";
    private static final String INDEX = "._index_";
    private static final String SET_ASIDE = "format1.";
    private static final long COPY_BATCH_BYTES = 32L * 1024 * 1024;

    private StoreFormat() {
    }

    static MVMap<Object, Document> documents(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<Object, Document>().keyType(new AsciiFastObjectType(true))
                .valueType(BsonDocumentType.INSTANCE));
    }

    /** The map of a unique index of the collection {@code namespace}, the name H2Database gives it. */
    static MVMap<KeyValue, Object> uniqueIndex(MVStore store, String namespace, String indexName) {
        return store.openMap(namespace + INDEX + indexName, uniqueIndexMap());
    }

    private static MVMap.Builder<KeyValue, Object> uniqueIndexMap() {
        return new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE).valueType(new AsciiFastObjectType());
    }

    /** Brings the store to the current format; a new store is simply marked. */
    static void upgrade(MVStore store) {
        MVMap<String, Object> format = store.openMap(MAP);
        if (Integer.valueOf(CURRENT).equals(format.get(KEY))) {
            return;
        }
        if (Integer.valueOf(3).equals(format.get(KEY))) {
            // its sorted-index pages are read as written and take format 4's form when they next change
            format.put(KEY, CURRENT);
            return;
        }
        if (Integer.valueOf(2).equals(format.get(KEY))) {
            dropIdsKeptTwice(store);
            format.put(KEY, CURRENT);
            return;
        }
        List<String> setAside = names(store, SET_ASIDE);
        if (setAside.isEmpty()) {
            List<String> old = names(store, DOCUMENTS);
            if (old.isEmpty()) {
                format.put(KEY, CURRENT);
                store.commit();
                return;
            }
            LOG.infof("Converting the embedded store %s to format %d (BSON documents)", store.getFileStore().getFileName(),
                    CURRENT);
            for (String name : old) {
                store.renameMap(store.openMap(name), SET_ASIDE + name);
            }
            removeIndexes(store);
            store.commit();
            setAside = names(store, SET_ASIDE);
        } else {
            // a conversion was interrupted: its copies are incomplete, start them again
            LOG.info("Resuming the conversion of the embedded store to format " + CURRENT);
            names(store, DOCUMENTS).forEach(store::removeMap);
            removeIndexes(store);
        }
        long copied = 0;
        for (String name : setAside) {
            MVMap<Object, Object> from = store.openMap(name);
            String documents = name.substring(SET_ASIDE.length());
            MVMap<Object, Document> to = documents(store, documents);
            MVMap<KeyValue, Object> ids = null;
            for (var entry : from.entrySet()) {
                Document document = (Document) entry.getValue();
                to.put(entry.getKey(), document);
                if (document.containsKey("_id") && !IdIndex.inDocumentMap(entry.getKey())) {
                    // the _id index is not rebuilt from the documents: ids the document map cannot answer for go in now
                    if (ids == null) {
                        ids = uniqueIndex(store, documents.substring(DOCUMENTS.length()), ID_INDEX);
                    }
                    ids.put(new KeyValue(entry.getKey()).normalized(), entry.getKey());
                }
                copied++;
                if (store.getUnsavedMemory() > COPY_BATCH_BYTES) {
                    store.commit();
                }
            }
        }
        store.commit();
        setAside.forEach(store::removeMap);
        format.put(KEY, CURRENT);
        LOG.infof("Converted %d documents; the indexes are rebuilt as the databases open", copied);
    }

    /** Format 2 kept string and ObjectId ids in each _id index map as well: they are answered by the documents now. */
    private static void dropIdsKeptTwice(MVStore store) {
        for (String name : store.getMapNames().stream().filter(name -> name.endsWith(INDEX + ID_INDEX)).toList()) {
            MVMap<KeyValue, Object> ids = store.openMap(name, uniqueIndexMap());
            // the ids of other types are few: kept aside, the map cleared, and they put back
            Map<KeyValue, Object> others = new HashMap<>();
            ids.forEach((key, position) -> {
                if (key.size() != 1 || !IdIndex.inDocumentMap(key.get(0))) {
                    others.put(key, position);
                }
            });
            ids.clear();
            ids.putAll(others);
        }
    }

    private static void removeIndexes(MVStore store) {
        store.getMapNames().stream().filter(name -> name.contains(INDEX)).toList().forEach(store::removeMap);
    }

    private static List<String> names(MVStore store, String prefix) {
        return store.getMapNames().stream().filter(name -> name.startsWith(prefix)).sorted().toList();
    }
}
