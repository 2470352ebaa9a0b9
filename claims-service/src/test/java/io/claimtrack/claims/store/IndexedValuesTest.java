package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An update is taken to leave an index alone only when it certainly does; and a sorted index writes only the entries
 * an update changed.
 */
class IndexedValuesTest {

    private static final Instant DAY = Instant.parse("2025-03-01T00:00:00Z");

    @Test
    void onlyEqualTopLevelValuesOfSimpleKindsCountAsUnchanged() {
        Document claim = new Document("_id", "c1").append("speakerId", "sp1").append("lastSeen", DAY)
                .append("tokens", new ArrayList<>(List.of("grain", "talks"))).append("count", 2);
        Document counted = claim.cloneDeeply().append("count", 3);
        assertTrue(IndexedValues.unchanged(List.of("speakerId", "lastSeen", "_id"), claim, counted));
        assertTrue(IndexedValues.unchanged(List.of("tokens", "lastSeen"), claim, counted));
        assertFalse(IndexedValues.unchanged(List.of("count", "_id"), claim, counted));
        // a number of another type, one word more, a field gone or set to null: the keys are compared
        assertFalse(IndexedValues.unchanged(List.of("count"), claim, claim.cloneDeeply().append("count", 2L)));
        Document moreWords = claim.cloneDeeply();
        moreWords.put("tokens", List.of("grain", "talks", "corridor"));
        assertFalse(IndexedValues.unchanged(List.of("tokens"), claim, moreWords));
        Document noSpeaker = claim.cloneDeeply();
        noSpeaker.remove("speakerId");
        assertFalse(IndexedValues.unchanged(List.of("speakerId"), claim, noSpeaker));
        assertFalse(IndexedValues.unchanged(List.of("speakerId"), noSpeaker, claim.cloneDeeply().append("speakerId", null)));
        // a subdocument's field order matters to MongoDB, not to equals; a dotted path is not a top-level field
        Document outlet = claim.cloneDeeply().append("outlet", new Document("key", "tass").append("name", "TASS"));
        Document reordered = claim.cloneDeeply().append("outlet", new Document("name", "TASS").append("key", "tass"));
        assertFalse(IndexedValues.unchanged(List.of("outlet"), outlet, reordered));
        assertFalse(IndexedValues.unchanged(List.of("outlet.key"), outlet, outlet.cloneDeeply()));
    }

    @Test
    void aSortedIndexWritesOnlyTheEntriesAnUpdateChanged() {
        MVStore memory = MVStore.open(null);
        try {
            MVMap<String, Object> map = memory.openMap("words");
            SortedIndex words = new SortedIndex(map, "words", List.of(new IndexKey("tokens", true),
                    new IndexKey("lastSeen", false), new IndexKey("_id", false)), false);
            Document claim = new Document("_id", "c1").append("tokens", List.of("grain", "talks", "useful"))
                    .append("lastSeen", DAY).append("count", 1);
            words.add(claim, "c1", null);
            memory.commit();
            var root = map.getRootPage();
            // the count is not in this index: nothing written
            words.updateInPlace(claim, claim.cloneDeeply().append("count", 2), "c1", null);
            assertSame(root, map.getRootPage());
            // one word more: its entry added, the others as they were
            Document more = claim.cloneDeeply().append("tokens", List.of("grain", "talks", "useful", "corridor"));
            words.updateInPlace(claim, more, "c1", null);
            Document later = more.cloneDeeply().append("lastSeen", DAY.plusSeconds(60));
            words.updateInPlace(more, later, "c1", null);
            SortedIndex rebuilt = new SortedIndex(memory.openMap("rebuilt"), "rebuilt", words.getKeys(), false);
            rebuilt.add(later, "c1", null);
            assertEquals(List.copyOf(memory.<String, Object>openMap("rebuilt").keySet()), List.copyOf(map.keySet()));
            assertEquals(4, map.size());
        } finally {
            memory.close();
        }
    }
}
