package io.claimtrack.claims.store;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.List;
import java.util.Map.Entry;
import java.util.Set;
import java.util.stream.Stream;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.Assert;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The {@code _id} index of a collection of the embedded store. The collection's document map is keyed
 * by {@code _id} already, so an id that is a string or an ObjectId (every id this service writes) is
 * looked up there, not kept in a second B-tree written with every insert. Other ids (numbers,
 * documents), which MongoDB compares after normalising ({@code 1} equals {@code 1.0}), keep entries of
 * their own in {@code others}.
 * <p>
 * A document is already in its map when the collection adds it to its indexes: uniqueness is checked
 * before the insert ({@link #checkAdd}, called by the collection), and {@link #add} does not check again.
 */
final class IdIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<Object, Document> documents;
    private final MVMap<KeyValue, Object> others;
    private final IndexKeyValues keyValues;

    IdIndex(MVMap<Object, Document> documents, MVMap<KeyValue, Object> others, String name, List<IndexKey> keys) {
        super(name, keys, false);
        this.documents = documents;
        this.others = others;
        this.keyValues = new IndexKeyValues(keys());
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        return keyValues.of(document, super::getKeyValues);
    }

    /** Whether the document map's key is the id itself: the id is kept there and nowhere else. */
    static boolean inDocumentMap(Object id) {
        return id instanceof String || id instanceof ObjectId;
    }

    private static Object single(KeyValue key) {
        return key.size() == 1 ? key.get(0) : null;
    }

    /** The position of a string or ObjectId id: the id itself, while its document is in the map. */
    private Object stored(Object id) {
        return documents.containsKey(id) ? id : null;
    }

    @Override
    protected Object getPosition(KeyValue key) {
        Object id = single(key);
        return inDocumentMap(id) ? stored(id) : others.get(key);
    }

    @Override
    protected Object removeDocument(KeyValue key) {
        Object id = single(key);
        // the collection removes the document itself after its indexes
        return inDocumentMap(id) ? stored(id) : others.remove(key);
    }

    @Override
    protected boolean putKeyPosition(KeyValue key, Object position) {
        return inDocumentMap(single(key)) || others.putIfAbsent(key, Missing.ofNullable(position)) == null;
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue key : getKeyValues(document)) {
            Assert.isTrue(putKeyPosition(key, position), () -> "Key " + key + " already exists");
        }
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return () -> Stream.concat(
                documents.keySet().stream().filter(IdIndex::inDocumentMap)
                        .map(id -> (Entry<KeyValue, Object>) new SimpleImmutableEntry<>(new KeyValue(id), id)),
                others.entrySet().stream()).iterator();
    }

    /** Asked at every update, before the keys are worked out: most updates leave this index's fields alone. */
    @Override
    protected boolean nullAwareEqualsKeys(Document before, Document after) {
        return IndexedValues.unchanged(keys(), before, after) || super.nullAwareEqualsKeys(before, after);
    }

    @Override
    public long getCount() {
        return documents.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        // never rebuilt from the documents: they hold it (others are written with them, see StoreFormat)
        return documents.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
