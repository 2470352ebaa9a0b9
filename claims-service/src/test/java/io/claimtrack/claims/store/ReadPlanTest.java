package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.mongodb.MongoClientSettings;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import io.claimtrack.claims.service.AppearanceListing;
import io.claimtrack.claims.service.ClaimQueries;
import io.claimtrack.claims.service.Cursor;
import io.claimtrack.claims.service.SpeakerTimeline;

/**
 * The queries of the paged reads, as the API builds them, planned on the embedded store's indexes: a
 * page after a cursor starts reading at the cursor (not at the first page, skipping every page before
 * it), a source's appearances are read newest first from its own range of the index, and a speaker's
 * timeline reads only its speakers' days.
 */
class ReadPlanTest {

    private static final Instant DAY0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final ClaimQueries.Filter NONE = new ClaimQueries.Filter(null, null, null, null, null, null, null);

    private final MVStore memory = MVStore.open(null);

    @AfterEach
    void close() {
        memory.close();
    }

    @Test
    void theTenthPageOfClaimsStartsReadingAtItsCursor() {
        List<SortedIndex> indexes = List.of(index("date", "lastSeen", "seq"), index("count", "appearanceCount", "seq"));
        for (int i = 0; i < 300; i++) {
            Document claim = new Document("_id", String.format("c%03d", i)).append("seq", (long) i)
                    .append("lastSeen", DAY0.plusSeconds(i)).append("appearanceCount", 1 + i);
            indexes.forEach(index -> index.add(claim, claim.get("_id"), null));
        }
        // newest first: nine pages of 20 seen, the cursor is the 180th newest claim (c120, seq 120)
        Cursor afterNine = new Cursor(DAY0.plusSeconds(120).toString(), "120");
        QueryPlan byDate = plan(ClaimQueries.query(null, null, NONE, ClaimQueries.Sort.date, afterNine),
                "lastSeen", "seq", indexes);
        assertTrue(byDate.ordered());
        // the cursor's own entry is where reading starts (the bound is inclusive; the match drops it)
        assertEquals(List.of("c120", "c119", "c118"), first(byDate, 3));

        Cursor byCount = new Cursor("121", "120");
        QueryPlan mostRepeated = plan(ClaimQueries.query(null, null, NONE, ClaimQueries.Sort.appearances, byCount),
                "appearanceCount", "seq", indexes);
        assertTrue(mostRepeated.ordered());
        assertEquals(List.of("c120", "c119"), first(mostRepeated, 2));
    }

    @Test
    void aSourcesAppearancesAreReadNewestFirstFromItsRangeStartingAtThePosition() {
        List<SortedIndex> indexes = List.of(index("bySource", "sourceKey", "seenAt", "_id"),
                index("byDate", "seenAt", "_id"), index("byClaim", "claimId", "seenAt", "_id"));
        for (int i = 0; i < 400; i++) {
            Document appearance = new Document("_id", String.format("a%03d", i))
                    .append("sourceKey", i % 4 == 0 ? "tass" : "afp").append("claimId", "c" + i / 2)
                    .append("seenAt", DAY0.plusSeconds(3600L * i + 60));
            indexes.forEach(index -> index.add(appearance, appearance.get("_id"), null));
        }
        // the window ends with 10 January (hour 240 on is outside): the newest TASS appearance in it is a236
        ClaimQueries.Filter window = new ClaimQueries.Filter(null, "TASS", "2025-01-02", "2025-01-10", null, null, null);
        QueryPlan firstPage = plan(AppearanceListing.walk(window, null, null), "seenAt", "_id", indexes);
        assertTrue(firstPage.ordered());
        assertEquals(List.of("a236", "a232", "a228"), first(firstPage, 3));

        QueryPlan later = plan(AppearanceListing.walk(window, DAY0.plusSeconds(3600L * 100 + 60), "a100"), "seenAt",
                "_id", indexes);
        assertTrue(later.ordered());
        assertEquals(List.of("a100", "a096", "a092"), first(later, 3));

        ClaimQueries.Filter anyOutlet = new ClaimQueries.Filter(null, null, "2025-01-02", "2025-01-10", null, null, null);
        QueryPlan dates = plan(AppearanceListing.walk(anyOutlet, DAY0.plusSeconds(3600L * 100 + 60), "a100"), "seenAt",
                "_id", indexes);
        assertTrue(dates.ordered());
        assertEquals(List.of("a100", "a099", "a098"), first(dates, 3));
    }

    @Test
    void aSpeakersTimelineReadsOnlyTheDaysOfItsSpeakers() {
        List<SortedIndex> indexes = List.of(index("days", "speakerId", "day"));
        for (String speaker : List.of("s1", "s2", "s3")) {
            for (int d = 0; d < 50; d++) {
                String day = DAY0.plusSeconds(86_400L * d).toString().substring(0, 10);
                Document days = new Document("_id", speaker + "|" + day).append("speakerId", speaker).append("day", day);
                indexes.forEach(index -> index.add(days, days.get("_id"), null));
            }
        }
        BsonDocument rendered = SpeakerTimeline.query(List.of("s1", "s3"))
                .toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
        List<Object> read = first(QueryPlan.choose((Document) value(rendered), null, indexes, 0), 1000);
        assertEquals(100, read.size());
        assertTrue(read.stream().noneMatch(id -> id.toString().startsWith("s2|")));
    }

    private SortedIndex index(String name, String... fields) {
        // an index's entries are kept in ascending order whatever its declared directions; reads go either way
        List<IndexKey> keys = java.util.Arrays.stream(fields).map(field -> new IndexKey(field, true)).toList();
        return new SortedIndex(memory.openMap(name), name, keys, false);
    }

    private static QueryPlan plan(Bson query, String sortField, String tie, List<SortedIndex> indexes) {
        BsonDocument rendered = query.toBsonDocument(BsonDocument.class, MongoClientSettings.getDefaultCodecRegistry());
        return QueryPlan.choose((Document) value(rendered), new Document(sortField, -1).append(tie, -1), indexes, 21);
    }

    /** The query as mongo-java-server decodes it from the wire. */
    private static Object value(BsonValue value) {
        if (value.isDocument()) {
            Document document = new Document();
            value.asDocument().forEach((key, v) -> document.append(key, value(v)));
            return document;
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            for (BsonValue v : (BsonArray) value) {
                list.add(value(v));
            }
            return list;
        }
        if (value.isDateTime()) {
            return Instant.ofEpochMilli(value.asDateTime().getValue());
        }
        if (value.isString()) {
            return value.asString().getValue();
        }
        if (value.isInt32()) {
            return value.asInt32().getValue();
        }
        if (value.isInt64()) {
            return value.asInt64().getValue();
        }
        if (value.isBoolean()) {
            return value.asBoolean().getValue();
        }
        if (value.isNull()) {
            return null;
        }
        throw new IllegalArgumentException("not used by these queries: " + value);
    }

    private static List<Object> first(QueryPlan plan, int n) {
        List<Object> positions = new ArrayList<>();
        Iterator<Object> it = plan.positions().iterator();
        while (positions.size() < n && it.hasNext()) {
            positions.add(it.next());
        }
        return positions;
    }
}
