package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.or;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.model.SpeakerMention;

/**
 * Finds or creates the speaker behind a mention. Names are matched after normalisation; a bare
 * surname is merged into the one person with that surname and a full name, never an ambiguous one,
 * and split back out (with the reason) when a second such person appears ({@link SurnameMerges});
 * anonymous and merely descriptive speakers stay confined to their document.
 */
@ApplicationScoped
public class SpeakerService {

    public static final String ANONYMOUS = "anonymous";
    static final String PERSON = "person";
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "one", "two", "three", "four", "five",
            "some", "several", "many", "other", "another", "unnamed", "anonymous");

    /** A document's mention of a speaker, and the day it was seen (the date of its statement). */
    public record Mentioned(SpeakerMention mention, String seen) {
    }

    public Speaker resolve(SpeakerMention mention, String documentId, String seen) {
        return resolve(List.of(new Mentioned(mention, seen)), documentId).get(0);
    }

    /**
     * The speaker each mention of a document is recorded for: the speaker of the name itself, never the one
     * it was merged into, so that a merge moves nothing and undoing it gives every claim back. Reads by key
     * in batches ({@link SpeakerReads}): the names and surnames of all mentions and their speakers first; then,
     * after the document's own speaker writes, if they added lookup keys, the surname keys of all its people and
     * their speakers, read again for every check below (a merge changes no full name): of two racing writers
     * that could make a surname ambiguous (each adds keys), one sees the other.
     */
    public List<Speaker> resolve(List<Mentioned> mentions, String documentId) {
        return resolveAll(List.of(mentions), List.of(documentId), new StoreRound(Speaker.mongoDatabase())).get(0);
    }

    /**
     * {@link #resolve(List, String)} for several documents, one after another, sharing their reads: the names
     * of all their mentions are read at once, and what one document's resolution wrote is seen by the next.
     * Their anonymous speakers read nothing (no lookup keys, and their ids name their document, so no other
     * document reads them either): they are planned first and written in one write sent with the names' read, no
     * round trip of their own, still before any claim names them; the documents stay pending until all of their
     * writes are made. {@code before}: writes to send first, with the first read.
     */
    public List<List<Speaker>> resolveAll(List<List<Mentioned>> mentions, List<String> documentIds, StoreRound before) {
        SpeakerReads reads = new SpeakerReads();
        SpeakerWrites anonymous = new SpeakerWrites();
        for (int i = 0; i < mentions.size(); i++) {
            for (Mentioned m : mentions.get(i)) {
                if (anonymous(m.mention())) {
                    resolve(m.mention(), documentIds.get(i), m.seen(), reads, anonymous);
                }
            }
        }
        Runnable readBack = anonymous.queue(before, reads);
        List<SpeakerMention> named = mentions.stream().flatMap(List::stream).map(Mentioned::mention)
                .filter(m -> !anonymous(m)).toList();
        // the writes the caller queued go with the first read; with it the speakers of the names themselves (and of
        // a person's surname alone), whom their keys name once they are known
        reads.read(named.stream().flatMap(m -> LookupKeys.ofMention(Text.normalise(name(m)), m.mention(),
                PERSON.equals(kind(m))).stream()).toList(), named.stream().flatMap(m -> likelyIds(m).stream()).toList(),
                before);
        before.send();
        // one found existing (a resend or a recovery) is read back, as the write left it
        readBack.run();
        List<List<Speaker>> resolved = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            resolved.add(resolve(mentions.get(i), documentIds.get(i), reads, anonymous));
        }
        return resolved;
    }

    /** {@code anonymous}: the documents' anonymous speakers, planned and written already. */
    private List<Speaker> resolve(List<Mentioned> mentions, String documentId, SpeakerReads reads,
            SpeakerWrites anonymous) {
        SpeakerWrites writes = new SpeakerWrites();
        List<Speaker> resolved = new ArrayList<>();
        for (Mentioned m : mentions) {
            resolved.add(anonymous(m.mention()) ? anonymous.planned(likelyId(m.mention(), documentId))
                    : resolve(m.mention(), documentId, m.seen(), reads, writes));
        }
        writes.flush(reads);
        resolved.replaceAll(writes::written);
        Map<String, String> people = new LinkedHashMap<>();
        resolved.stream().filter(s -> PERSON.equals(s.kind)).forEach(s -> people.put(s.id, s.surnameKey));
        if (!people.isEmpty()) {
            Set<String> keys = new LinkedHashSet<>();
            people.values().forEach(surname -> keys.addAll(List.of(LookupKeys.surname(surname), LookupKeys.bare(surname))));
            reads.reread(keys);
            people.keySet().forEach(id -> SurnameMerges.check(reads.speaker(id), reads));
        }
        return resolved;
    }

    private Speaker resolve(SpeakerMention mention, String documentId, String seen, SpeakerReads reads,
            SpeakerWrites writes) {
        String kind = kind(mention);
        String name = name(mention);
        String key = Text.normalise(name);
        if (anonymous(mention)) {
            // "a source", "the diplomat", "lawmaker": nobody in particular, so nobody across documents
            String anonymousKey = anonymousKey(key);
            String id = anonymousId(documentId, anonymousKey);
            return upsert(writes.planned(id), id, name, anonymousKey, ANONYMOUS, documentId, mention, seen, reads,
                    writes);
        }
        Speaker known = findByAlias(key, kind, reads);
        return known != null
                ? upsert(known, known.id, known.name, known.nameKey, known.kind, null, mention, seen, reads, writes)
                : upsert(null, id(kind, key), name, key, kind, null, mention, seen, reads, writes);
    }

    /** The id of the speaker created for a (normalised) name. */
    private static String id(String kind, String key) {
        return Text.id("sp_", kind + "|" + key);
    }

    private static String anonymousKey(String key) {
        return key.isEmpty() ? "unnamed source" : key;
    }

    private static String anonymousId(String documentId, String anonymousKey) {
        return Text.id("sp_", "anonymous|" + documentId + "|" + anonymousKey);
    }

    /** The speaker a mention in the document most likely resolves to: a document's own, or the one of the name. */
    static String likelyId(SpeakerMention mention, String documentId) {
        String key = Text.normalise(name(mention));
        return anonymous(mention) ? anonymousId(documentId, anonymousKey(key)) : id(kind(mention), key);
    }

    /** The speakers a named mention most likely resolves to or checks: its name's, and a person's surname's alone. */
    private static List<String> likelyIds(SpeakerMention mention) {
        String key = Text.normalise(name(mention));
        String kind = kind(mention);
        return PERSON.equals(kind) ? List.of(id(kind, key), id(kind, Text.lastToken(key))) : List.of(id(kind, key));
    }

    private static String kind(SpeakerMention mention) {
        return mention.kind() == null ? PERSON : mention.kind();
    }

    private static String name(SpeakerMention mention) {
        return firstNonBlank(mention.name(), mention.mention(), "unnamed source");
    }

    private static boolean anonymous(SpeakerMention mention) {
        String name = name(mention);
        return ANONYMOUS.equals(kind(mention)) || Text.normalise(name).isEmpty() || descriptive(name);
    }

    /**
     * A name with no capitalised word once a leading article or number is dropped ("a source", "the
     * diplomat", "two officials", "lawmaker", "media") describes someone without naming them.
     */
    static boolean descriptive(String name) {
        String[] words = name.trim().split("\\s+");
        for (String word : words) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0)) && !DETERMINERS.contains(
                    word.toLowerCase(java.util.Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records the roles of a document's appearances; a speaker's current role is the one of the latest
     * date (of one date, the last given). Per speaker only that one can win, so one write per speaker, queued in
     * {@code round}.
     */
    void noteRoles(List<Appearance> appearances, StoreRound round) {
        Map<String, Appearance> latest = new LinkedHashMap<>();
        for (Appearance a : appearances) {
            if (a.role != null && !a.role.isBlank() && a.date != null) {
                latest.merge(a.speakerId, a, (kept, next) -> next.date.compareTo(kept.date) >= 0 ? next : kept);
            }
        }
        List<WriteModel<Speaker>> updates = new ArrayList<>();
        latest.forEach((speakerId, a) -> updates.add(new UpdateOneModel<>(and(eq("_id", speakerId),
                or(eq("roleSeen", null), Filters.lte("roleSeen", a.date))),
                Updates.combine(Updates.set("role", a.role.trim()), Updates.set("roleSeen", a.date)))));
        round.write(Speaker.<Speaker>mongoCollection(), updates, true);
    }

    /**
     * Ids of the speakers a query names, each with the speakers merged into it: an id, a name or alias,
     * a name with words in front of it ("President Vladimir Putin"), or a surname alone that only one full
     * name has.
     */
    public List<String> idsMatching(String query) {
        Set<Speaker> found = new LinkedHashSet<>();
        SpeakerReads reads = new SpeakerReads();
        Speaker byId = Speaker.findById(query);
        if (byId != null) {
            found.add(canonical(byId));
        }
        String[] words = Text.normalise(query).split(" ");
        // words in front of a name are dropped one by one, down to two words: "Olga Petrov" never becomes "Petrov"
        for (int from = 0; found.isEmpty() && from < Math.max(1, words.length - 1) && !words[from].isEmpty(); from++) {
            String key = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
            reads.named(LookupKeys.alias(key)).forEach(s -> found.add(canonical(s)));
        }
        if (found.isEmpty() && words.length == 1 && !words[0].isEmpty()) {
            List<Speaker> full = SurnameMerges.fullNamesWithSurname(words[0], reads);
            if (full.size() == 1) {
                found.add(full.get(0));
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        for (Speaker speaker : found) {
            ids.addAll(withMerged(speaker));
        }
        return List.copyOf(ids);
    }

    /** The speaker's id and the ids of the speakers merged into it (merges that hold). */
    public static List<String> withMerged(Speaker speaker) {
        List<String> ids = new ArrayList<>();
        ids.add(speaker.id);
        speaker.merges.stream().filter(m -> m.undone == null && m.speakerId != null).forEach(m -> ids.add(m.speakerId));
        return ids;
    }

    /** The speaker it was merged into, following merges to the last (a merge into a missing speaker stops there). */
    public Speaker canonical(Speaker speaker) {
        return canonical(List.of(speaker)).get(speaker.id);
    }

    /**
     * {@link #canonical(Speaker)} of each speaker, by its id: one find a merge hop for all of them, none for a
     * speaker already read.
     */
    public Map<String, Speaker> canonical(Collection<Speaker> found) {
        Map<String, Speaker> read = new HashMap<>();
        Map<String, Speaker> current = new HashMap<>();
        found.forEach(s -> {
            read.put(s.id, s);
            current.put(s.id, s);
        });
        // bounded: a merge chain longer than a handful would mean a cycle
        for (int hops = 0; hops < 8; hops++) {
            Set<String> unread = new HashSet<>();
            current.values().stream().map(s -> s.mergedInto).filter(id -> id != null && !read.containsKey(id))
                    .forEach(unread::add);
            if (!unread.isEmpty()) {
                // a missing speaker is read as null: its merges stop there
                unread.forEach(id -> read.put(id, null));
                Speaker.<Speaker>mongoCollection().find(Filters.in("_id", unread)).forEach(s -> read.put(s.id, s));
            }
            boolean moved = false;
            for (Map.Entry<String, Speaker> chain : current.entrySet()) {
                Speaker next = chain.getValue().mergedInto == null ? null : read.get(chain.getValue().mergedInto);
                if (next != null) {
                    chain.setValue(next);
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        return current;
    }

    private static Speaker findByAlias(String key, String kind, SpeakerReads reads) {
        List<Speaker> matches = reads.named(LookupKeys.alias(key));
        matches.removeIf(s -> !kind.equals(s.kind));
        return matches.stream().filter(s -> key.equals(s.nameKey)).findFirst()
                .or(() -> matches.stream().findFirst())
                .orElse(null);
    }

    /**
     * Adds what the mention says (aliases, name words, role) to the speaker, creating it; {@code known}
     * is the speaker as read (or as the document's earlier mentions leave it), which is returned unwritten when
     * the mention adds nothing: every lookup key of its names was written before the names themselves. The write
     * is planned in {@code writes}, made with the document's others. An anonymous speaker gets no lookup keys: it
     * is never looked up by name, and a key of "a source" would collect the speakers of every document.
     */
    private static Speaker upsert(Speaker known, String id, String name, String key, String kind, String documentId,
            SpeakerMention mention, String seen, SpeakerReads reads, SpeakerWrites writes) {
        List<String> aliases = new ArrayList<>();
        List<String> aliasKeys = new ArrayList<>();
        if (mention.name() != null && !Text.normalise(mention.name()).isEmpty()) {
            aliases.add(mention.name().trim());
            aliasKeys.add(Text.normalise(mention.name()));
        }
        if (mention.mention() != null && mentionNamesSpeaker(mention.mention(), key)) {
            aliases.add(mention.mention().trim());
            aliasKeys.add(Text.normalise(mention.mention()));
        }
        aliasKeys.add(key);
        List<String> nameTokens = Text.tokens(String.join(" ", aliases) + " " + name);
        String role = mention.role() == null || mention.role().isBlank() ? null : mention.role().trim();
        if (known != null && known.aliases.containsAll(aliases) && known.aliasKeys.containsAll(aliasKeys)
                && known.nameTokens.containsAll(nameTokens)
                && (role == null || known.roles.stream().anyMatch(r -> role.equals(r.role) && Objects.equals(seen, r.seen)))) {
            return known;
        }
        Speaker.RoleSeen seenAs = null;
        if (role != null) {
            seenAs = new Speaker.RoleSeen();
            seenAs.role = role;
            seenAs.seen = seen;
        }
        Speaker created = new Speaker();
        created.id = id;
        created.name = name;
        created.nameKey = key;
        created.surnameKey = Text.lastToken(key);
        created.kind = kind;
        created.documentId = documentId;
        // as the store keeps it: to the millisecond
        created.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        // the lookup keys first: a speaker is found by them from the moment it exists
        List<String> keys = new ArrayList<>();
        if (!ANONYMOUS.equals(kind)) {
            aliasKeys.forEach(alias -> keys.add(LookupKeys.alias(alias)));
        }
        if (PERSON.equals(kind)) {
            keys.add(key.contains(" ") ? LookupKeys.surname(Text.lastToken(key)) : LookupKeys.bare(key));
        }
        writes.keys(reads.adding(keys, id), id);
        Speaker written = writes.upsert(known, created, aliases, aliasKeys, nameTokens, seenAs);
        reads.put(written);
        return written;
    }

    // "Kremlin spokesman Dmitry Peskov" is an alias of Peskov; "Kremlin aide" alone names nobody.
    private static boolean mentionNamesSpeaker(String mention, String key) {
        return Text.normalise(mention).contains(Text.lastToken(key));
    }

    static List<Document> roleDocuments(List<Speaker.RoleSeen> roles) {
        return roles.stream().map(r -> new Document("role", r.role).append("seen", r.seen)).toList();
    }

    static Document mergeDocument(Speaker.Merge merge) {
        return new Document("speakerId", merge.speakerId).append("name", merge.name)
                .append("reason", merge.reason).append("at", merge.at).append("correction", merge.correction);
    }

    static Speaker.Merge merge(String speakerId, String name, String reason) {
        Speaker.Merge merge = new Speaker.Merge();
        merge.speakerId = speakerId;
        merge.name = name;
        merge.reason = reason;
        merge.at = Instant.now();
        return merge;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        throw new IllegalArgumentException("no fallback");
    }
}
