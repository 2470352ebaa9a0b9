package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.bson.conversions.Bson;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Speaker;

/**
 * One document's speaker writes, made together: resolving its mentions one after another plans each upsert and
 * what it leaves (mirrored in {@link SpeakerReads}, so a later mention sees it), then {@link #flush} writes every
 * lookup key in one round trip and every speaker in the next. The keys still come first: a speaker is found by
 * them from the moment it exists. A speaker is not read back (it was one {@code findAndModify} per speaker
 * created or changed, anonymous ones in every document): what an upsert leaves is the speaker as read plus what
 * it adds, or, for a new one, what it inserts. Only a speaker the document meant to create but found existing
 * (a resend or recovery of the document, a concurrent writer of the same name) is read back, in one more round
 * trip. The anonymous speakers of the documents resolved together are written apart, with no keys, in the round of
 * the names' read ({@link #queue}, {@link SpeakerService#resolveAll}).
 */
final class SpeakerWrites {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final Map<String, Set<String>> keys = new LinkedHashMap<>();
    private final List<UpdateOneModel<Speaker>> updates = new ArrayList<>();
    /** Positions in {@link #updates} meant to insert their speaker, with its id. */
    private final Map<Integer, String> creating = new HashMap<>();
    private final Map<String, Speaker> after = new HashMap<>();

    /** What this document's writes so far leave of the speaker; null when it writes none. */
    Speaker planned(String id) {
        return after.get(id);
    }

    /** The lookup keys go under the id before any speaker is written. */
    void keys(List<String> keys, String id) {
        if (!keys.isEmpty()) {
            this.keys.computeIfAbsent(id, k -> new LinkedHashSet<>()).addAll(keys);
        }
    }

    /**
     * Plans the upsert of {@code created}'s id: inserted with {@code created}'s name, kind and document, the names,
     * name words and role added to what is there. {@code before} is the speaker as read or as planned, null when
     * none is known (it is then created). Returns what the write leaves.
     */
    Speaker upsert(Speaker before, Speaker created, List<String> aliases, List<String> aliasKeys,
            List<String> nameTokens, Speaker.RoleSeen role) {
        List<Bson> update = new ArrayList<>(List.of(
                Updates.setOnInsert("name", created.name),
                Updates.setOnInsert("nameKey", created.nameKey),
                Updates.setOnInsert("surnameKey", created.surnameKey),
                Updates.setOnInsert("kind", created.kind),
                Updates.setOnInsert("documentId", created.documentId),
                Updates.setOnInsert("createdAt", created.createdAt),
                Updates.addEachToSet("aliases", aliases),
                Updates.addEachToSet("aliasKeys", aliasKeys),
                Updates.addEachToSet("nameTokens", nameTokens)));
        if (role != null) {
            update.add(Updates.addToSet("roles", SpeakerService.roleDocuments(List.of(role)).get(0)));
        }
        if (before == null) {
            creating.put(updates.size(), created.id);
        }
        updates.add(new UpdateOneModel<>(eq("_id", created.id), Updates.combine(update), UPSERT));
        Speaker left = copy(before == null ? created : before);
        addEach(left.aliases, aliases);
        addEach(left.aliasKeys, aliasKeys);
        addEach(left.nameTokens, nameTokens);
        if (role != null && left.roles.stream().noneMatch(r -> role.role.equals(r.role) && Objects.equals(role.seen, r.seen))) {
            left.roles.add(role);
        }
        after.put(created.id, left);
        return left;
    }

    /** Writes the planned keys, then the speakers (one round trip each), and reads back those found existing. */
    void flush(SpeakerReads reads) {
        Map<String, List<String>> keyLists = new LinkedHashMap<>();
        keys.forEach((id, held) -> keyLists.put(id, List.copyOf(held)));
        LookupKeys.add(keyLists);
        if (!updates.isEmpty()) {
            readBack(Speaker.<Speaker>mongoCollection().bulkWrite(updates), reads);
        }
    }

    /**
     * Queues the planned speakers' write in {@code round}, for speakers that need no lookup keys (anonymous ones):
     * it costs no round trip of its own. Returns what reads back those found existing, to run once {@code round} is
     * sent; a write error is thrown by the sending, as by {@link #flush}.
     */
    Runnable queue(StoreRound round, SpeakerReads reads) {
        if (!keys.isEmpty()) {
            throw new IllegalStateException("Speakers with lookup keys are written after them: flush");
        }
        StoreRound.Reply<BulkWriteResult> written = round.write(Speaker.<Speaker>mongoCollection(), updates, true);
        return () -> readBack(written.get(), reads);
    }

    private void readBack(BulkWriteResult result, SpeakerReads reads) {
        Set<Integer> inserted = new HashSet<>();
        result.getUpserts().stream().map(BulkWriteUpsert::getIndex).forEach(inserted::add);
        List<String> existed = creating.entrySet().stream().filter(e -> !inserted.contains(e.getKey()))
                .map(Map.Entry::getValue).distinct().toList();
        if (!existed.isEmpty()) {
            Speaker.<Speaker>mongoCollection().find(in("_id", existed)).forEach(speaker -> {
                after.put(speaker.id, speaker);
                reads.put(speaker);
            });
        }
    }

    /** The speaker as this document's writes left it (after {@link #flush}). */
    Speaker written(Speaker speaker) {
        return after.getOrDefault(speaker.id, speaker);
    }

    // addEachToSet: each value once, in the order first given
    private static void addEach(List<String> set, List<String> values) {
        values.stream().filter(v -> !set.contains(v)).forEach(set::add);
    }

    private static Speaker copy(Speaker s) {
        Speaker c = new Speaker();
        c.id = s.id;
        c.name = s.name;
        c.nameKey = s.nameKey;
        c.surnameKey = s.surnameKey;
        c.kind = s.kind;
        c.aliases = new ArrayList<>(s.aliases);
        c.aliasKeys = new ArrayList<>(s.aliasKeys);
        c.nameTokens = new ArrayList<>(s.nameTokens);
        c.roles = new ArrayList<>(s.roles);
        c.role = s.role;
        c.roleSeen = s.roleSeen;
        c.claimCount = s.claimCount;
        c.mergedInto = s.mergedInto;
        c.merges = new ArrayList<>(s.merges);
        c.keptApart = new ArrayList<>(s.keptApart);
        c.documentId = s.documentId;
        c.createdAt = s.createdAt;
        return c;
    }
}
