package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.BulkWriteUpsert;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.ClaimKey;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.store.EmbeddedStoreLifecycle;

/**
 * Turns statements into claims. The same (or nearly the same) text from the same speaker is one claim.
 * Every lookup is by key: a claim owns its exact-text key and its MinHash band keys ({@link MinHash}),
 * and a statement joins the claim of an exact key, else the most similar claim found through its band
 * keys at or above the threshold, else starts a claim. Decisions and the creation of claims are made
 * one document at a time under one lock, so concurrent documents see each other's claims exactly as
 * if they had come one after the other, and claims are created in the order of their {@code seq}.
 */
@ApplicationScoped
public class ClaimService {

    @ConfigProperty(name = "claims.near-duplicate.threshold", defaultValue = "0.7")
    double nearDuplicateThreshold;

    /**
     * This process is the only one that reads and writes the store: the embedded store, or a MongoDB an operator
     * says so of. The sequence is then reserved in the store a block at a time and handed out from here, and the
     * feed's horizon is the last number handed out, not the store's counter, which runs ahead of what is stored.
     */
    @ConfigProperty(name = "claims.store.single-writer", defaultValue = "false")
    boolean singleWriterConfigured;

    @Inject
    EmbeddedStoreLifecycle store;

    boolean singleWriter;

    /** Numbers a single writer reserves at once: one counter write per thousand claims, not one per document. */
    static final int SEQUENCE_BLOCK = 1000;

    private final ReentrantLock lock = new ReentrantLock();
    private final ClaimKeyReads keyReads = new ClaimKeyReads();

    /** A single writer's last number handed out and last reserved in the store (-1: not read yet); guarded by lock. */
    private long handedOut = -1;
    private long reserved = -1;

    @PostConstruct
    void decideWriters() {
        singleWriter = singleWriterConfigured || store.embedded();
    }

    /**
     * What one statement says; {@code role} is the speaker's role in this mention. A claim it creates is
     * created counting {@code appearanceId} (seen at {@code seenAt}) when given, else with no appearance.
     */
    public record Said(Speaker speaker, String role, String text, String type, String appearanceId, Instant seenAt) {

        public Said(Speaker speaker, String role, String text, String type) {
            this(speaker, role, text, type, null, null);
        }
    }

    /** The claim id of each statement, in order; creates the claims that do not exist yet. */
    public List<String> resolve(List<Said> statements) {
        return resolve(statements, null, new HashSet<>());
    }

    /**
     * {@link #resolve(List)}, adding to {@code createdWith} the appearance of each claim this call created counting
     * it: that appearance is counted, so its writer need not read the claim to find out. Such a claim is created
     * flagged as appeared in {@code outlet} (the outlet of the appearances, or null), so that its writer need not
     * flag it with a second write of every new claim ({@link SourceCounts#flag}); the writer counts the flag.
     */
    public List<String> resolve(List<Said> statements, String outlet, Set<String> createdWith) {
        StoreRound after = new StoreRound(Claim.mongoDatabase());
        List<String> ids = resolve(statements, outlet, createdWith, after, null);
        after.send();
        return ids;
    }

    /**
     * Queues in {@code round} the read of the claim keys of statements ({@code texts}) said by {@code speakerIds}, the
     * speakers their mentions most likely resolve to, for {@link #resolve(List, String, Set, StoreRound, ClaimKeyReads.Ahead)}.
     * Only a single writer on a store that takes rounds reads ahead (null otherwise): it knows whether keys were
     * written since (it wrote them), and the read costs no round trip of its own.
     */
    ClaimKeyReads.Ahead readAhead(List<String> speakerIds, List<String> texts, StoreRound round) {
        if (texts.isEmpty() || !readsAhead(round)) {
            return null;
        }
        return keyReads.ahead(speakerIds, texts.stream().map(ClaimService::normalise).toList(), round);
    }

    /** Whether {@link #readAhead} reads anything with {@code round}: only a single writer on a store that takes rounds. */
    boolean readsAhead(StoreRound round) {
        return singleWriter && round.together();
    }

    /**
     * {@link #resolve(List, String, Set)}, leaving its last write (the speakers' claim counts) in {@code after} for the
     * caller to send with its next command: a count is an increment nobody reads on the write path. {@code ahead}:
     * the keys read ahead ({@link #readAhead}), or null.
     */
    List<String> resolve(List<Said> statements, String outlet, Set<String> createdWith, StoreRound after,
            ClaimKeyReads.Ahead ahead) {
        if (statements.isEmpty()) {
            return List.of();
        }
        List<String> normTexts = statements.stream().map(s -> normalise(s.text())).toList();
        // computed once per statement, for the read and the decision: the bands were 4% of a batch's CPU (JFR)
        List<List<String>> keysOf = new ArrayList<>(statements.size());
        Set<String> allKeys = new LinkedHashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            keysOf.add(ClaimKeyReads.keys(statements.get(i).speaker().id, normTexts.get(i), ahead));
            allKeys.addAll(keysOf.get(i));
        }
        lock.lock();
        try {
            Map<String, ClaimKey> known = keyReads.read(allKeys, ahead);
            List<String> ids = new ArrayList<>(statements.size());
            Map<String, Claim> created = new LinkedHashMap<>();
            List<ClaimKey> newKeys = new ArrayList<>();
            for (int i = 0; i < statements.size(); i++) {
                Said said = statements.get(i);
                String normText = normTexts.get(i);
                List<String> keys = keysOf.get(i);
                String claimId = decide(keys, normText, known);
                if (claimId == null) {
                    claimId = newClaimId(said, normText);
                    created.putIfAbsent(claimId, newClaim(claimId, said, normText));
                }
                for (String key : keys) {
                    // the first claim to use a key owns it; an exact key always leads to its own text's claim
                    if (!known.containsKey(key)) {
                        ClaimKey owned = new ClaimKey();
                        owned.id = key;
                        owned.claimId = claimId;
                        owned.normText = normText;
                        known.put(key, owned);
                        newKeys.add(owned);
                    }
                }
                ids.add(claimId);
            }
            // the claims, then their keys, in one round trip: a key is written after the claim it names (an error of
            // the claims' ordered write ends the round before it); a key another writer (another pod, or a replay)
            // inserted first stays theirs
            StoreRound round = new StoreRound(Claim.mongoDatabase());
            StoreRound.Reply<Map<String, Integer>> counted = insertClaims(created.values(), outlet, createdWith, round);
            StoreRound.Reply<Set<Integer>> keys = Bulk.insertNew(round, ClaimKey.<ClaimKey>mongoCollection(), newKeys);
            try {
                round.send();
            } finally {
                if (!newKeys.isEmpty()) {
                    keyReads.written();
                }
            }
            AppearanceService.incrementSpeakers(counted.get(), after);
            keys.get();
            return ids;
        } finally {
            lock.unlock();
        }
    }

    /** The claim an exact key names, else the most similar candidate at the threshold (ties: smaller id). */
    private String decide(List<String> keys, String normText, Map<String, ClaimKey> known) {
        ClaimKey exact = known.get(keys.get(0));
        if (exact != null) {
            return exact.claimId;
        }
        String best = null;
        double bestScore = -1;
        Set<String> compared = new HashSet<>();
        Shingles shingles = null;
        for (String key : keys.subList(1, keys.size())) {
            ClaimKey candidate = known.get(key);
            // a similar claim owns several of the bands: compared once
            if (candidate == null || !compared.add(candidate.claimId)) {
                continue;
            }
            if (shingles == null) {
                shingles = Shingles.of(normText);
            }
            double score = shingles.similarity(Shingles.of(candidate.normText));
            if (score >= nearDuplicateThreshold && (score > bestScore
                    || score == bestScore && candidate.claimId.compareTo(best) < 0)) {
                best = candidate.claimId;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Gives a write that appears in the feed (a correction) the next sequence number and runs it under the
     * lock that creates claims, so the feed never shows a later seq before an earlier one is stored.
     */
    public void sequenced(java.util.function.LongConsumer write) {
        lock.lock();
        try {
            write.accept(nextSequence(1));
        } finally {
            lock.unlock();
        }
    }

    /** The highest seq handed out, all of whose writes are stored (taken under the lock that writes them). */
    public long horizon() {
        lock.lock();
        try {
            if (!singleWriter) {
                return storedCounter();
            }
            if (reserved < 0) {
                // what an earlier process reserved and did not store by its end is never stored
                reserved = storedCounter();
                handedOut = reserved;
            }
            return handedOut;
        } finally {
            lock.unlock();
        }
    }

    /** The exact-text key first, then the band keys, all scoped to the speaker (the load tool writes the same). */
    public static List<String> keys(String speakerId, String normText) {
        return ClaimKeyReads.keys(speakerId, normText, null);
    }

    /**
     * A new claim's id: a prefix from its document, then the hash of its speaker and text. A document's new claims
     * are then adjacent in the claims' map (keyed by id), so storing them rewrites one of its pages at the commit,
     * where the hash alone put each one on a page of its own, anywhere in the map (read back from the file and
     * rewritten whole: a page holds about a dozen claims). The same document finished again (a resend, recovery
     * after a crash) makes the same ids, so its claims are never made twice. A claim made without a document (a
     * correction's new speaker) keeps the hash alone.
     */
    static String newClaimId(Said said, String normText) {
        String natural = said.speaker().id + "|" + normText;
        String appearance = said.appearanceId();
        if (appearance == null) {
            return Text.id("cl_", natural);
        }
        String document = appearance.substring(0, appearance.lastIndexOf(':'));
        return "cl_" + Text.sha256(document).substring(0, 12) + Text.sha256(natural).substring(0, 12);
    }

    public static String normalise(String text) {
        String normText = Text.normalise(text);
        return normText.isEmpty() ? text.trim() : normText;
    }

    private static Claim newClaim(String id, Said said, String normText) {
        Claim claim = new Claim();
        claim.id = id;
        claim.speakerId = said.speaker().id;
        claim.speakerName = said.speaker().name;
        claim.speakerKind = said.speaker().kind;
        claim.role = said.role();
        claim.text = said.text().trim();
        claim.normText = normText;
        claim.tokens = Text.tokens(said.text());
        claim.type = said.type();
        if (said.appearanceId() != null) {
            claim.appearanceCount = 1;
            claim.firstAppearance = said.appearanceId();
            claim.firstSeen = said.seenAt();
            claim.lastSeen = said.seenAt();
        }
        return claim;
    }

    /**
     * Upserts the new claims with consecutive sequence numbers, in order (a reader never sees a later
     * one without the earlier). A replay finds them present and changes nothing. A claim created with its
     * first appearance is written with that count (one write, not an insert and then an update of every
     * index entry of its words and dates) and counts for its speaker at once; the appearance itself is
     * not counted again ({@link AppearanceService#add}). A crash before the appearance is written leaves
     * the document pending, and its recovery rebuilds the counts from the appearances. Such a claim is also written
     * with its outlet's flag, last, where the flag's update of a stored claim puts it.
     */
    /** Queues the new claims' write; its reply gives, per speaker, the claims it created counting an appearance. */
    private StoreRound.Reply<Map<String, Integer>> insertClaims(Collection<Claim> claims, String outlet,
            Set<String> createdWith, StoreRound round) {
        if (claims.isEmpty()) {
            return Map::of;
        }
        long last = nextSequence(claims.size());
        long seq = last - claims.size();
        Instant now = Instant.now();
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Claim claim : claims) {
            seq++;
            List<Bson> fields = new ArrayList<>(List.of(
                    Updates.setOnInsert("seq", seq),
                    Updates.setOnInsert("speakerId", claim.speakerId),
                    Updates.setOnInsert("speakerName", claim.speakerName),
                    Updates.setOnInsert("speakerKind", claim.speakerKind),
                    Updates.setOnInsert("role", claim.role),
                    Updates.setOnInsert("text", claim.text),
                    Updates.setOnInsert("normText", claim.normText),
                    Updates.setOnInsert("tokens", claim.tokens),
                    Updates.setOnInsert("type", claim.type),
                    Updates.setOnInsert("appearanceCount", claim.appearanceCount),
                    Updates.setOnInsert("firstAppearance", claim.firstAppearance),
                    Updates.setOnInsert("firstSeen", claim.firstSeen),
                    Updates.setOnInsert("lastSeen", claim.lastSeen),
                    Updates.setOnInsert("createdAt", now)));
            if (outlet != null && claim.appearanceCount > 0) {
                fields.add(Updates.setOnInsert("sourceKeys", List.of(outlet)));
            }
            writes.add(new UpdateOneModel<>(eq("_id", claim.id), Updates.combine(fields), new UpdateOptions().upsert(true)));
        }
        List<Claim> ordered = List.copyOf(claims);
        StoreRound.Reply<BulkWriteResult> written = round.bulkWrite(Claim.mongoCollection().withDocumentClass(
                Document.class), writes, true);
        return () -> {
            Map<String, Integer> counted = new HashMap<>();
            for (BulkWriteUpsert upsert : written.get().getUpserts()) {
                Claim created = ordered.get(upsert.getIndex());
                if (created.appearanceCount > 0) {
                    counted.merge(created.speakerId, 1, Integer::sum);
                    createdWith.add(created.firstAppearance);
                }
            }
            return counted;
        };
    }

    /** Hands out {@code n} consecutive sequence numbers (under the lock); returns the last. */
    private long nextSequence(int n) {
        if (!singleWriter) {
            return reserve(n);
        }
        if (reserved < 0 || handedOut + n > reserved) {
            // the rest of a block too small for n is left unused: the feed passes over numbers never stored
            int block = Math.max(n, SEQUENCE_BLOCK);
            reserved = reserve(block);
            handedOut = reserved - block;
        }
        handedOut += n;
        return handedOut;
    }

    /** Reserves {@code n} sequence numbers in the store; returns the last. */
    private static long reserve(int n) {
        Document counter = Claim.mongoDatabase().getCollection("counters").findOneAndUpdate(eq("_id", "claims"),
                Updates.inc("value", (long) n),
                new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
        return ((Number) counter.get("value")).longValue();
    }

    static long storedCounter() {
        Document counter = Claim.mongoDatabase().getCollection("counters").find(eq("_id", "claims")).first();
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }
}
