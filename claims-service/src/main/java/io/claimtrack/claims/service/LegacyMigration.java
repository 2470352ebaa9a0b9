package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.bson.Document;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.store.EmbeddedStoreLifecycle;
import io.quarkus.runtime.StartupEvent;

/**
 * Brings a store written before appearances had their own collection up to the current model, once:
 * documents become complete with their outlet key, each claim's embedded appearances move to the
 * appearances collection, claims get a sequence number, counts are rebuilt, and the lookup keys of
 * speakers and URLs are written (schema 4); then the speakers' days are counted (schema 5). Every step
 * is keyed or counts from scratch, so a crash during it is finished by the next start; each schema
 * version is written when its steps are done.
 */
@ApplicationScoped
public class LegacyMigration {

    /** The model version a store is brought up to; the load tool writes stores of it directly. */
    public static final int SCHEMA = 5;
    private static final Logger LOG = Logger.getLogger(LegacyMigration.class);

    @Inject
    SourceService sources;

    @Inject
    AppearanceService appearances;

    @Inject
    ClaimService claimService;

    void migrate(@Observes @Priority(EmbeddedStoreLifecycle.STARTUP_PRIORITY + 2) StartupEvent event) {
        migrate();
    }

    public void migrate() {
        MongoCollection<Document> meta = StoredDocument.mongoDatabase().getCollection("counters");
        Document schema = meta.find(eq("_id", "schema")).first();
        int version = schema == null ? 0 : schema.getInteger("value", 0);
        if (version >= SCHEMA) {
            return;
        }
        if (version < 4) {
            migrateToFour(meta);
        }
        // schema 5: the speakers' days, kept on write from now on
        long started = System.nanoTime();
        SpeakerTimeline.rebuildAll();
        meta.updateOne(eq("_id", "schema"), Updates.set("value", SCHEMA), new UpdateOptions().upsert(true));
        LOG.infof("Counted the speakers' days for schema %d in %d ms", SCHEMA, (System.nanoTime() - started) / 1_000_000);
    }

    private void migrateToFour(MongoCollection<Document> meta) {
        MongoCollection<Document> documents = StoredDocument.mongoDatabase().getCollection("documents");
        int migratedDocuments = 0;
        for (Document doc : documents.find(exists("state", false)).projection(new Document("source", 1))
                .into(new ArrayList<>())) {
            documents.updateOne(eq("_id", doc.get("_id")), Updates.combine(
                    Updates.set("state", StoredDocument.COMPLETE),
                    Updates.set("sourceKey", sources.record(doc.getString("source")))));
            migratedDocuments++;
        }
        MongoCollection<Document> claims = StoredDocument.mongoDatabase().getCollection("claims");
        Set<String> touched = new HashSet<>();
        for (Document claim : claims.find(exists("appearances", true)).into(new ArrayList<>())) {
            List<Document> moved = new ArrayList<>();
            for (Document a : claim.getList("appearances", Document.class)) {
                Document appearance = new Document(a);
                appearance.put("_id", appearance.remove("key"));
                appearance.put("claimId", claim.getString("_id"));
                appearance.put("speakerId", claim.getString("speakerId"));
                appearance.put("sourceKey", SourceService.key(a.getString("source")));
                appearance.putIfAbsent("role", claim.getString("role"));
                appearance.putIfAbsent("region", "main");
                moved.add(appearance);
            }
            Bulk.insertNew(StoredDocument.mongoDatabase(), StoredDocument.mongoDatabase().getCollection("appearances"), moved);
            if (claim.get("seq") == null) {
                claimService.sequenced(seq -> claims.updateOne(eq("_id", claim.getString("_id")),
                        Updates.combine(Updates.unset("appearances"), Updates.set("seq", seq))));
            } else {
                claims.updateOne(eq("_id", claim.getString("_id")), Updates.unset("appearances"));
            }
            touched.add(claim.getString("_id"));
        }
        // the speakers' days are counted from scratch below
        appearances.recount(touched, new SpeakerTimeline.Changes());
        // schema 3: the write path's lookup keys, for speakers and documents written before them
        // an anonymous speaker gets none, as on the write path: a key of "a source" would collect every document's
        for (Document speaker : StoredDocument.mongoDatabase().getCollection("speakers")
                .find(ne("kind", SpeakerService.ANONYMOUS))) {
            String nameKey = speaker.getString("nameKey");
            List<String> keys = new ArrayList<>(speaker.getList("aliasKeys", String.class, List.of()).stream()
                    .map(LookupKeys::alias).toList());
            if ("person".equals(speaker.getString("kind")) && nameKey != null) {
                keys.add(nameKey.contains(" ") ? LookupKeys.surname(Text.lastToken(nameKey)) : LookupKeys.bare(nameKey));
            }
            LookupKeys.add(keys, speaker.getString("_id"));
        }
        for (Document doc : documents.find(and(eq("state", StoredDocument.COMPLETE), ne("url", null)))
                .projection(new Document("url", 1)).sort(Sorts.ascending("ingestedAt"))) {
            LookupKeys.set(LookupKeys.url(doc.getString("url")), doc.getString("_id"));
        }
        // schema 4: the outlets' counts and the claims' outlet flags, kept on write from now on
        SourceCounts.rebuildAll();
        meta.updateOne(eq("_id", "schema"), Updates.set("value", 4), new UpdateOptions().upsert(true));
        if (migratedDocuments > 0 || !touched.isEmpty()) {
            LOG.infof("Migrated %d document(s) and %d claim(s) to schema 4", migratedDocuments, touched.size());
        }
    }
}
