package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.memory.index.MemoryUniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/** An index's key values are the library's for every kind of value; only arrays, objects and paths ask the library. */
class IndexKeyValuesTest {

    private static final List<List<IndexKey>> KEYS = List.of(
            List.of(new IndexKey("_id", true)),
            List.of(new IndexKey("speakerId", true), new IndexKey("lastSeen", false), new IndexKey("seq", false)),
            List.of(new IndexKey("tokens", true), new IndexKey("lastSeen", false)),
            List.of(new IndexKey("span.start", true)),
            List.of(new IndexKey("missing", true), new IndexKey("alsoMissing", true)));

    private static final List<Object> VALUES = List.of("sp1", "", 0, -0.0, 0.0, 7, 7L, 7.5, Double.NaN,
            Long.MAX_VALUE, (1L << 53) + 1, Integer.MIN_VALUE, 2.5f, true, false, Instant.parse("2025-03-01T00:00:00Z"),
            new Date(0), new ObjectId(), new ArrayList<>(List.of("grain", "talks")), new ArrayList<>(),
            new Document("start", 3).append("end", 9));

    @Test
    void everyDocumentGetsTheLibrarysKeyValues() {
        int checked = 0;
        for (List<IndexKey> keys : KEYS) {
            Index<?> library = new MemoryUniqueIndex("library", keys, false);
            IndexKeyValues ours = new IndexKeyValues(library.getKeys().stream().map(IndexKey::getKey).toList());
            for (Object a : VALUES) {
                for (Object b : VALUES) {
                    Document document = new Document("_id", a).append("speakerId", b).append("lastSeen", a)
                            .append("seq", b).append("tokens", b).append("span", a).append("nothing", null);
                    Object expected = result(() -> library.getKeyValues(document));
                    Object actual = result(() -> keyValues(ours, library, document, new AtomicInteger()));
                    assertEquals(expected, actual, keys + " of " + document);
                    checked++;
                }
            }
        }
        assertEquals(KEYS.size() * VALUES.size() * VALUES.size(), checked);
    }

    @Test
    void onlyArraysObjectsAndPathsAskTheLibrary() {
        Index<?> bySpeaker = new MemoryUniqueIndex("bySpeaker", KEYS.get(1), false);
        IndexKeyValues bySpeakerValues = new IndexKeyValues(List.of("speakerId", "lastSeen", "seq"));
        AtomicInteger asked = new AtomicInteger();
        keyValues(bySpeakerValues, bySpeaker, new Document("speakerId", "sp1").append("seq", 4L), asked);
        keyValues(bySpeakerValues, bySpeaker, new Document("speakerId", null).append("lastSeen", new Date(0)), asked);
        assertEquals(0, asked.get());
        keyValues(bySpeakerValues, bySpeaker, new Document("speakerId", new ArrayList<>(List.of("a", "b"))), asked);
        keyValues(bySpeakerValues, bySpeaker, new Document("speakerId", new Document("name", "a")), asked);
        assertEquals(2, asked.get());
        Index<?> byStart = new MemoryUniqueIndex("byStart", KEYS.get(3), false);
        keyValues(new IndexKeyValues(List.of("span.start")), byStart, new Document("span", new Document("start", 3)),
                asked);
        assertEquals(3, asked.get());
    }

    /** The key values, or the class of what was thrown (two arrays in one compound key). */
    private static Object result(Supplier<Set<KeyValue>> keyValues) {
        try {
            return keyValues.get();
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static Set<KeyValue> keyValues(IndexKeyValues ours, Index<?> library, Document document,
            AtomicInteger asked) {
        return ours.of(document, d -> {
            asked.incrementAndGet();
            return library.getKeyValues(d);
        });
    }
}
