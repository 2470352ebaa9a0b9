package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import io.claimtrack.claims.domain.ClaimKey;

/**
 * The claim keys of statements, and the read of those the store holds, by which {@link ClaimService} decides claims
 * under its lock. A single writer may make the read ahead of the lock, with a document's first round trip, for the
 * speakers its mentions most likely resolve to ({@link #ahead}): the claim keys' read was a round trip of its own
 * in every post. It counts the key writes it makes, so under the lock it knows whether one was made since the read
 * was sent, and then reads again, as it reads the keys of a speaker it did not guess.
 */
final class ClaimKeyReads {

    /** Claim keys read ahead; {@code suffixes}: each text's keys without their speaker, computed once. */
    record Ahead(long writesBefore, Map<String, List<String>> suffixes, Set<String> keys,
            StoreRound.Reply<List<ClaimKey>> read) {
    }

    /** Writes of claim keys this process made: under a single writer, every write there is. */
    private final AtomicLong writes = new AtomicLong();

    /** Queues in {@code round} the read of the keys of each (normalised) text said by its speaker. */
    Ahead ahead(List<String> speakerIds, List<String> normTexts, StoreRound round) {
        // taken before the read is sent: a write counted later may not be in what it reads
        long before = writes.get();
        Map<String, List<String>> suffixes = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        for (int i = 0; i < speakerIds.size(); i++) {
            keys.addAll(scoped(speakerIds.get(i), suffixes.computeIfAbsent(normTexts.get(i), ClaimKeyReads::suffixes)));
        }
        return new Ahead(before, suffixes, keys, round.find(ClaimKey.<ClaimKey>mongoCollection(), in("_id", keys),
                keys.size()));
    }

    /** The statement's keys, from what {@code ahead} computed of its text where it did (null: none read ahead). */
    static List<String> keys(String speakerId, String normText, Ahead ahead) {
        List<String> known = ahead == null ? null : ahead.suffixes().get(normText);
        return scoped(speakerId, known != null ? known : suffixes(normText));
    }

    /**
     * What the store holds of the keys (under the lock that decides claims): what was read ahead, if no key was
     * written since, and the rest read now.
     */
    Map<String, ClaimKey> read(Set<String> keys, Ahead ahead) {
        Map<String, ClaimKey> known = new HashMap<>();
        Set<String> unread = keys;
        if (ahead != null && ahead.writesBefore() == writes.get()) {
            ahead.read().get().forEach(k -> known.put(k.id, k));
            unread = new LinkedHashSet<>(keys);
            unread.removeAll(ahead.keys());
        }
        if (!unread.isEmpty()) {
            ClaimKey.<ClaimKey>mongoCollection().find(in("_id", unread)).forEach(k -> known.put(k.id, k));
        }
        return known;
    }

    /** A write of claim keys was sent (made or not): a read sent before it no longer tells what the store holds. */
    void written() {
        writes.incrementAndGet();
    }

    /** The exact-text key's suffix first, then the band keys. */
    static List<String> suffixes(String normText) {
        List<String> suffixes = new ArrayList<>();
        suffixes.add("x:" + Text.sha256(normText).substring(0, 24));
        suffixes.addAll(MinHash.bandKeys(normText));
        return suffixes;
    }

    static List<String> scoped(String speakerId, List<String> suffixes) {
        List<String> keys = new ArrayList<>(suffixes.size());
        suffixes.forEach(suffix -> keys.add(speakerId + "|" + suffix));
        return keys;
    }
}
