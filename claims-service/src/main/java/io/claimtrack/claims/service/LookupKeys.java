package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.claimtrack.claims.domain.StoredDocument;

/**
 * Keys the write path looks things up by, each a document read by {@code _id}: the embedded store
 * keeps no secondary index, so a query on any other field would scan its collection on every ingest.
 * {@code alias|<name>}: the speakers answering to a normalised name; {@code surname|<surname>}:
 * the people with a full name ending in it; {@code bare|<surname>}: the speaker of the surname alone;
 * {@code url|<url>}: the latest document at the URL. Written before the thing they point at is
 * relied on, and only ever added to, so a replay or a crash leaves them complete.
 */
final class LookupKeys {

    private static final String COLLECTION = "lookup_keys";

    private LookupKeys() {
    }

    static void add(String key, String id) {
        add(List.of(key), id);
    }

    /** Adds the id under every key, in one round trip. */
    static void add(List<String> keys, String id) {
        add(Map.of(id, keys));
    }

    /** Adds each id under each of its keys, all in one round trip. */
    static void add(Map<String, List<String>> keysById) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        keysById.forEach((id, keys) -> keys.forEach(key -> writes.add(new UpdateOneModel<>(eq("_id", key),
                Updates.addToSet("ids", id), new UpdateOptions().upsert(true)))));
        if (!writes.isEmpty()) {
            collection().bulkWrite(writes);
        }
    }

    static void set(String key, String id) {
        set(Map.of(key, id));
    }

    /** Each key names only its id from now on, in one round trip. */
    static void set(Map<String, String> idByKey) {
        StoreRound round = new StoreRound(StoredDocument.mongoDatabase());
        set(idByKey, round);
        round.send();
    }

    /** {@link #set(Map)} as one write of {@code round}. */
    static void set(Map<String, String> idByKey, StoreRound round) {
        round.write(collection(), idByKey.entrySet().stream().<WriteModel<Document>>map(e -> new UpdateOneModel<>(
                eq("_id", e.getKey()), Updates.set("ids", List.of(e.getValue())), new UpdateOptions().upsert(true)))
                .toList(), true);
    }

    /** The ids under the key, read in {@code round}: none when {@code key} is null. */
    static StoreRound.Reply<List<String>> ids(String key, StoreRound round) {
        if (key == null) {
            return () -> List.of();
        }
        StoreRound.Reply<List<Document>> found = round.find(collection(), eq("_id", key), 1);
        return () -> found.get().isEmpty() ? List.of() : found.get().get(0).getList("ids", String.class);
    }

    /** The ids under each of the keys that exists, in one round trip. */
    static Map<String, List<String>> ids(Collection<String> keys) {
        StoreRound round = new StoreRound(StoredDocument.mongoDatabase());
        StoreRound.Reply<Map<String, List<String>>> found = ids(keys, round);
        round.send();
        return found.get();
    }

    /** {@link #ids(Collection)} read in {@code round}. */
    static StoreRound.Reply<Map<String, List<String>>> ids(Collection<String> keys, StoreRound round) {
        if (keys.isEmpty()) {
            return HashMap::new;
        }
        // a key is one document: all of them fit the round's one batch
        StoreRound.Reply<List<Document>> read = round.find(collection(), in("_id", keys), keys.size());
        return () -> {
            Map<String, List<String>> found = new HashMap<>();
            read.get().forEach(d -> found.put(d.getString("_id"), d.getList("ids", String.class)));
            return found;
        };
    }

    /**
     * What resolving a mention of the (normalised) name reads, or may write again: its alias key, the alias key of
     * the mention's words ("engineer Greta Holm"), and a person's surname keys.
     */
    static List<String> ofMention(String name, String mention, boolean person) {
        List<String> keys = new ArrayList<>(List.of(alias(name)));
        if (mention != null && !Text.normalise(mention).isEmpty()) {
            keys.add(alias(Text.normalise(mention)));
        }
        if (person) {
            keys.add(surname(Text.lastToken(name)));
            keys.add(bare(Text.lastToken(name)));
        }
        return keys;
    }

    static String alias(String aliasKey) {
        return "alias|" + aliasKey;
    }

    static String surname(String surname) {
        return "surname|" + surname;
    }

    static String bare(String surname) {
        return "bare|" + surname;
    }

    static String url(String url) {
        return "url|" + url;
    }

    private static MongoCollection<Document> collection() {
        return StoredDocument.mongoDatabase().getCollection(COLLECTION);
    }
}
