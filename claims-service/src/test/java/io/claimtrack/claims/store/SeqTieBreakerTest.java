package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;

import io.claimtrack.claims.config.IndexSetup;

/**
 * The claims indexes of the listings break ties by {@code seq}: the claims one commit creates, which share a day and
 * most of their words, are adjacent entries under each word (one page rewritten, where the hashed {@code _id} put each
 * on a page of its own), and a store declared with the {@code _id} tie-breaker gets the new indexes built from its
 * claims and the old ones dropped.
 */
class SeqTieBreakerTest {

    private static final Instant DAY = Instant.parse("2025-09-14T00:00:00Z");
    private static final String WORDS = "claims.claims._index_tokens_1_lastSeen_-1_seq_-1";

    @TempDir
    Path dir;

    @Test
    void aCommitsNewClaimsAreAdjacentUnderTheirWordsAndOldIndexesAreReplaced() {
        DurableH2Backend backend = new DurableH2Backend(dir.resolve("ties.mv.db").toString(), false);
        MongoServer server = new MongoServer(backend);
        Random random = new Random(11);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoDatabase database = client.getDatabase("claims");
            MongoCollection<Document> claims = database.getCollection("claims");
            // a store declared before: ties broken by the hashed id
            claims.createIndex(Indexes.compoundIndex(Indexes.ascending("tokens"), Indexes.descending("lastSeen", "_id")));
            for (int seq = 1; seq <= 300; seq++) {
                claims.insertOne(claim(random, seq));
            }
            backend.flush();

            IndexSetup.declare(database);
            Set<String> names = new HashSet<>();
            claims.listIndexes().forEach(index -> names.add(index.getString("name")));
            assertTrue(names.contains("tokens_1_lastSeen_-1_seq_-1"), names::toString);
            assertFalse(names.stream().anyMatch(name -> name.endsWith("__id_-1")), names::toString);
            MVMap<String, Object> words = backend.getMvStore().openMap(WORDS);
            String orchard = SortedIndex.component("orchard");
            assertEquals(300, keysUnder(words, orchard).size(), "built from the claims already stored");
            IndexSetup.declare(database);
            assertEquals(300, keysUnder(words, orchard).size(), "declaring again changes nothing");

            List<String> created = new ArrayList<>();
            for (int seq = 301; seq <= 320; seq++) {
                Document claim = claim(random, seq);
                claims.insertOne(claim);
                created.add(claim.getString("_id"));
            }
            backend.flush();
            List<String> under = keysUnder(words, orchard);
            assertEquals(320, under.size());
            // the twenty new entries are the last twenty keys under the word, in the order they were created
            for (int i = 0; i < created.size(); i++) {
                String key = under.get(300 + i);
                assertTrue(key.endsWith(SortedIndex.component(created.get(i))), key);
            }
        } finally {
            server.shutdownNow();
        }
    }

    /** A claim of the day with a hashed-looking id, the word every claim has and one of a few others. */
    private static Document claim(Random random, int seq) {
        String id = "clm_" + Long.toHexString(random.nextLong());
        return new Document("_id", id).append("seq", (long) seq).append("speakerId", "spk_orchard")
                .append("tokens", List.of("orchard", "row" + random.nextInt(7))).append("type", "direct")
                .append("appearanceCount", 1).append("lastSeen", Date.from(DAY));
    }

    private static List<String> keysUnder(MVMap<String, Object> index, String prefix) {
        List<String> keys = new ArrayList<>();
        index.keyIterator(prefix).forEachRemaining(key -> {
            if (key.startsWith(prefix)) {
                keys.add(key);
            }
        });
        return keys;
    }
}
