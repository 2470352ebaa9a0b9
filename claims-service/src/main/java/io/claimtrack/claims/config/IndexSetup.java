package io.claimtrack.claims.config;

import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.store.EmbeddedStoreLifecycle;
import io.quarkus.runtime.StartupEvent;

/**
 * Declares an index for every query path (createIndex is a no-op when it exists). A real MongoDB
 * uses all of them; the embedded store keeps only the unique ones.
 */
@ApplicationScoped
public class IndexSetup {

    void create(@Observes @Priority(EmbeddedStoreLifecycle.STARTUP_PRIORITY + 1) StartupEvent event) {
        declare(StoredDocument.mongoDatabase());
    }

    /** Also used by the load tool, so a real MongoDB it fills has the same indexes. */
    public static void declare(MongoDatabase database) {
        MongoCollection<Document> documents = database.getCollection("documents");
        // revisions: latest document at a URL
        documents.createIndex(Indexes.compoundIndex(Indexes.ascending("url"), Indexes.descending("ingestedAt")));
        // GET /documents?source=&from=&to=, newest first; /sources document counts
        documents.createIndex(Indexes.compoundIndex(Indexes.ascending("sourceKey", "state"),
                Indexes.descending("publishedAt", "_id")));
        documents.createIndex(Indexes.compoundIndex(Indexes.ascending("state"), Indexes.descending("publishedAt", "_id")));

        MongoCollection<Document> speakers = database.getCollection("speakers");
        // name or alias lookups, GET /speakers?q= and ?speaker= on claims
        speakers.createIndex(Indexes.ascending("aliasKeys"));
        // GET /speakers?q= words, listed by name
        speakers.createIndex(Indexes.ascending("nameTokens", "nameKey", "_id"));
        speakers.createIndex(Indexes.ascending("nameKey", "_id"));
        // surname-only mentions looking for a full name, and the reverse
        speakers.createIndex(Indexes.ascending("surnameKey", "kind"));
        speakers.createIndex(Indexes.ascending("nameKey", "kind"));

        MongoCollection<Document> claims = database.getCollection("claims");
        // the feed: insertion order
        claims.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true).sparse(true));
        // Listings order ties by seq, newest claim first: a day's new claims share lastSeen (and a count of 1), and
        // under the hashed _id each one landed on a page of its own in every index below (ClaimQueries.Sort)
        // ?speaker= (timeline), newest first or most repeated first
        claims.createIndex(Indexes.compoundIndex(Indexes.ascending("speakerId"), Indexes.descending("lastSeen", "seq")));
        claims.createIndex(Indexes.compoundIndex(Indexes.ascending("speakerId"),
                Indexes.descending("appearanceCount", "seq")));
        // ?speaker= newest created first (sort=created, the order a client pages through while documents land)
        claims.createIndex(Indexes.compoundIndex(Indexes.ascending("speakerId"), Indexes.descending("seq")));
        // ?q= words (multikey), newest first: the rarest word's claims are read in date order up to the page
        claims.createIndex(Indexes.compoundIndex(Indexes.ascending("tokens"), Indexes.descending("lastSeen", "seq")));
        claims.createIndex(Indexes.compoundIndex(Indexes.ascending("type"), Indexes.descending("lastSeen", "seq")));
        // unfiltered listing, both sorts
        claims.createIndex(Indexes.descending("lastSeen", "seq"));
        claims.createIndex(Indexes.descending("appearanceCount", "seq"));
        dropIfPresent(claims, "tokens_1", "speakerId_1_lastSeen_-1__id_-1", "speakerId_1_appearanceCount_-1__id_-1",
                "tokens_1_lastSeen_-1__id_-1", "type_1_lastSeen_-1__id_-1", "lastSeen_-1__id_-1",
                "appearanceCount_-1__id_-1");

        MongoCollection<Document> appearances = database.getCollection("appearances");
        // a claim's appearances, earliest first; counts rebuilt in recovery
        appearances.createIndex(Indexes.ascending("claimId", "seenAt", "_id"));
        // ?source=&from=&to= (and without source): newest first, read up to the page; _id orders ties for the cursor
        appearances.createIndex(Indexes.compoundIndex(Indexes.ascending("sourceKey"), Indexes.descending("seenAt", "_id")));
        dropIfPresent(appearances, "sourceKey_1_seenAt_-1");
        appearances.createIndex(Indexes.descending("seenAt", "_id"));
        dropIfPresent(appearances, "seenAt_-1");
        // ?document=; a speaker's appearances (its days counted again after a crash, a split)
        appearances.createIndex(Indexes.ascending("documentId"));
        appearances.createIndex(Indexes.ascending("speakerId", "seenAt"));
        MongoCollection<Document> corrections = database.getCollection("corrections");
        // the feed and the audit list, in the order they were made
        corrections.createIndex(Indexes.ascending("seq"), new IndexOptions().unique(true).sparse(true));
        // a document's corrections (reads of it, revisions, ?document=); ?speaker=
        corrections.createIndex(Indexes.ascending("documentIds"));
        corrections.createIndex(Indexes.ascending("speakerIds"));
        // GET /speakers/{id}/stats: the speaker's days (and those of the speakers merged into it)
        database.getCollection("speaker_days").createIndex(Indexes.ascending("speakerId", "day"));
        // claim_keys, sources, counters, pending_ingests and pending_corrections are read by _id only
    }

    /**
     * Indexes those above replaced; they would only cost writes. Dropped after their replacements exist, so a
     * query always has one, and each drop is idempotent (a crash between drops is finished at the next start).
     */
    private static void dropIfPresent(MongoCollection<Document> collection, String... names) {
        Set<String> replaced = Set.of(names);
        for (Document index : collection.listIndexes()) {
            String name = index.getString("name");
            if (replaced.contains(name)) {
                collection.dropIndex(name);
            }
        }
    }
}
