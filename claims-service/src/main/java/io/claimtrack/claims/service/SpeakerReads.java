package io.claimtrack.claims.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.model.Filters;

import io.claimtrack.claims.domain.Speaker;

/**
 * What resolving one document's speakers reads: lookup keys and the speakers they name, read by
 * {@code _id} in batches and kept while the document is resolved, so its mentions cost a few round trips
 * in all instead of several each. The resolution's own writes are mirrored here ({@link #added},
 * {@link #put}) or drop what they made stale ({@link #forget}), so a later mention sees them.
 */
final class SpeakerReads {

    private final Map<String, List<String>> ids = new HashMap<>();
    private final Map<String, Speaker> speakers = new HashMap<>();
    /** Lookup keys were added since the last {@link #reread}. */
    private boolean keysAdded;

    /** Reads the keys not read yet and the speakers they name that are not held yet: two round trips at most. */
    void read(Collection<String> keys) {
        read(keys, List.of(), new StoreRound(Speaker.mongoDatabase()));
    }

    /**
     * {@link #read(Collection)}, the keys' read sent with what {@code round} holds; {@code likely}: ids of speakers the
     * keys probably name, read with them where that costs no round trip of its own (the speakers a known name's keys
     * name were a round trip of their own after the keys' read).
     */
    void read(Collection<String> keys, Collection<String> likely, StoreRound round) {
        Set<String> missing = new LinkedHashSet<>(keys);
        missing.removeAll(ids.keySet());
        Set<String> guessed = new LinkedHashSet<>(likely);
        guessed.removeAll(speakers.keySet());
        fetch(missing, guessed, round);
        speakers(named(keys));
    }

    /**
     * Reads the keys and every speaker they name again, if lookup keys were added since the last reread: what other
     * writers changed since is seen. Without keys added nothing written here can have raced another writer's keys,
     * and the keys are only read where not read yet.
     */
    void reread(Collection<String> keys) {
        if (!keysAdded) {
            read(keys);
            return;
        }
        keysAdded = false;
        fetch(keys, Set.of(), new StoreRound(Speaker.mongoDatabase()));
        Set<String> named = named(keys);
        named.forEach(speakers::remove);
        speakers(named);
    }

    private void fetch(Collection<String> keys, Set<String> likely, StoreRound round) {
        if (!keys.isEmpty()) {
            StoreRound.Reply<Map<String, List<String>>> read = LookupKeys.ids(keys, round);
            StoreRound.Reply<List<Speaker>> guessed = likely.isEmpty() || !round.together() ? List::of
                    : round.find(Speaker.<Speaker>mongoCollection(), Filters.in("_id", likely), likely.size());
            round.send();
            Map<String, List<String>> found = read.get();
            keys.forEach(key -> ids.put(key, new ArrayList<>(found.getOrDefault(key, List.of()))));
            guessed.get().forEach(this::put);
        }
    }

    private Set<String> named(Collection<String> keys) {
        Set<String> named = new LinkedHashSet<>();
        keys.forEach(key -> named.addAll(ids.get(key)));
        return named;
    }

    /** The speakers under a key, as a list the caller may change. */
    List<Speaker> named(String key) {
        read(List.of(key));
        return speakers(ids.get(key));
    }

    /** Held speakers by id, reading those not held in one round trip; unknown ids are left out. */
    List<Speaker> speakers(Collection<String> wanted) {
        List<String> missing = wanted.stream().filter(id -> !speakers.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            Speaker.<Speaker>mongoCollection().find(Filters.in("_id", missing)).forEach(this::put);
        }
        List<Speaker> found = new ArrayList<>();
        wanted.forEach(id -> {
            Speaker speaker = speakers.get(id);
            if (speaker != null) {
                found.add(speaker);
            }
        });
        return found;
    }

    Speaker speaker(String id) {
        List<Speaker> found = speakers(List.of(id));
        return found.isEmpty() ? null : found.get(0);
    }

    /**
     * The id is to be added under the keys ({@link LookupKeys#add}): returns those not known to name it yet, which
     * now do here. A key read naming it is stored so (keys are only added to) and need not be written again.
     */
    List<String> adding(Collection<String> keys, String id) {
        List<String> unheld = new ArrayList<>();
        for (String key : keys) {
            List<String> held = ids.get(key);
            if (held == null || !held.contains(id)) {
                unheld.add(key);
                if (held != null) {
                    held.add(id);
                }
            }
        }
        keysAdded |= !unheld.isEmpty();
        return unheld;
    }

    void put(Speaker speaker) {
        speakers.put(speaker.id, speaker);
    }

    /** The speaker was written in a way not mirrored here: read it again when next needed. */
    void forget(String speakerId) {
        speakers.remove(speakerId);
    }
}
