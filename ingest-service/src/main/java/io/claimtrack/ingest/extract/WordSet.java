package io.claimtrack.ingest.extract;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Word lists as immutable hash sets. Every token is looked up in several lists; a {@code Set.of} set finds its
 * slot by a division (11-16% of the extraction's time on the adversarial inputs), a hash set by a mask.
 */
final class WordSet extends AbstractSet<String> {

    /** The words, kept for their iteration order, which is a hash set's as before. */
    private final Set<String> words;
    /**
     * The words again in an open-addressed table at most a quarter full, with each slot's hash beside it: nearly every
     * lookup misses, and a miss is answered from the two arrays, without the hash set's node and key it would read
     * (the set lookups were 18 % of a warm PolNeAR train pass).
     */
    private final String[] slots;
    private final int[] hashes;

    private WordSet(Set<String> words) {
        this.words = Collections.unmodifiableSet(words);
        int size = Integer.highestOneBit(Math.max(1, words.size()) * 4 - 1) << 1;
        slots = new String[size];
        hashes = new int[size];
        for (String w : words) {
            int h = w.hashCode();
            int i = slot(h);
            while (slots[i] != null) {
                i = (i + 1) & (size - 1);
            }
            slots[i] = w;
            hashes[i] = h;
        }
    }

    private int slot(int hash) {
        return (hash ^ hash >>> 16) & (slots.length - 1);
    }

    @Override
    public boolean contains(Object o) {
        if (!(o instanceof String s)) {
            return false;
        }
        int h = s.hashCode();
        for (int i = slot(h); slots[i] != null; i = (i + 1) & (slots.length - 1)) {
            if (hashes[i] == h && slots[i].equals(s)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Iterator<String> iterator() {
        return words.iterator();
    }

    @Override
    public int size() {
        return words.size();
    }

    /** The words given, each once: a word listed twice is an error, as with {@code Set.of}. */
    static Set<String> of(String... words) {
        Set<String> set = new HashSet<>(words.length * 2);
        for (String w : words) {
            if (!set.add(w)) {
                throw new IllegalArgumentException("duplicate word: " + w);
            }
        }
        return new WordSet(set);
    }

    static Set<String> copyOf(Collection<String> words) {
        return new WordSet(new HashSet<>(words));
    }

    /** A stage's own word list made of shared word classes and words of its own. */
    static Set<String> union(List<Set<String>> classes, String... more) {
        Set<String> all = new HashSet<>(Arrays.asList(more));
        classes.forEach(all::addAll);
        return copyOf(all);
    }

    /** A stage's own word list: a shared word class but the words the stage must not take. */
    static Set<String> without(Set<String> words, String... less) {
        Set<String> all = new HashSet<>(words);
        Arrays.asList(less).forEach(all::remove);
        return copyOf(all);
    }
}
