package io.claimtrack.claims.store;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An H2 collection that reads through {@link QueryPlan} (ids and sorted indexes) before it scans, and works out its
 * data size only when asked.
 */
final class IndexedH2Collection extends H2Collection {

    private static final Document MATCHES_ALL = new Document();

    private final MVMap<Object, Document> dataMap;

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
    }

    /**
     * mongo-java-server keeps a collection's total BSON size on every write: it encodes the whole document with its
     * own encoder (a Netty buffer) only to learn its length, and rewrites the collection's meta map with the new
     * total, about 4 % of a single post's CPU (JFR, session 12) and one more page for each collection a commit
     * touches. Only {@code collStats}, {@code dbStats} and {@code validate} read that total, and nothing here sends
     * them, so it is not kept: {@link #getDataSize} adds the documents up when asked.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    /** The documents' BSON bytes, added up (a read of the whole collection: for statistics only). */
    @Override
    protected int getDataSize() {
        if (dataMap == null) {
            // H2Collection's constructor logs the size, before this object's fields are set
            return super.getDataSize();
        }
        long size = 0;
        for (Document document : dataMap.values()) {
            size += PageBsonEncoder.size(document);
        }
        return (int) Math.min(Integer.MAX_VALUE, size);
    }

    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
            Document fieldSelector) {
        List<SortedIndex> sorted = getIndexes().stream().filter(SortedIndex.class::isInstance)
                .map(SortedIndex.class::cast).toList();
        QueryPlan plan = QueryPlan.choose(query, orderBy, sorted, limit > 0 ? numberToSkip + limit : 0);
        if (plan == null) {
            return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }
        // an array field has an entry per element: a document is read once
        Set<Object> seen = new HashSet<>();
        Stream<Document> documents = StreamSupport.stream(plan.positions().spliterator(), false)
                .filter(seen::add).map(this::getDocument).filter(Objects::nonNull);
        return matchDocumentsFromStream(plan.complete() ? MATCHES_ALL : query, documents, numberToSkip, limit, batchSize,
                plan.ordered() ? null : deriveComparator(orderBy), fieldSelector);
    }
}
