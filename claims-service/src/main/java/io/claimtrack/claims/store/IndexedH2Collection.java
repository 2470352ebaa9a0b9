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

/** An H2 collection that reads through {@link QueryPlan} (ids and sorted indexes) before it scans. */
final class IndexedH2Collection extends H2Collection {

    private static final Document MATCHES_ALL = new Document();

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
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
