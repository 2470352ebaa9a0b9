package io.claimtrack.claims.store;

import org.h2.mvstore.WriteBuffer;

/**
 * The bytes a sorted index's page of keys was last written as, entry by entry ({@link SortedKeyType}), so that a page
 * written again with keys added or removed copies the entry of every key that still follows the same key, and
 * encodes only the others. A commit rewrites every leaf it touched, and a leaf is touched to add one or two keys to
 * its 25-48: each key encoded again (its characters checked, copied and compared with the key before) was about
 * 7 % of claims-service's CPU per single post (claims README, "Session 35"). An entry is the key's bytes after the
 * length it shares with the key before it, so it depends on that key and on itself alone, and it is copied only when
 * both are the same objects as when it was written (keys are strings and never change).
 * <p>
 * A page is found by its first key or by its last one (a descending index adds its newest keys first, an ascending
 * one last): a fixed number of slots, each holding the last page that hashed to it. Pages larger than
 * {@link #MAX_BYTES} are encoded every time.
 */
final class WrittenEntries {

    /** A sorted index's page of 48 keys takes 0.5-3 KB. */
    static final int MAX_BYTES = 4 * 1024;
    /** At most 8,192 slots (two for each page) and a 64th of the heap. */
    private static final int MAX_SLOTS = 8192;

    static final WrittenEntries PAGES = new WrittenEntries(slotsFor(Runtime.getRuntime().maxMemory()));

    /**
     * A page as written: its keys, where each key's entry ends in {@code bytes}. Immutable, so a slot read while
     * another thread replaces it is one whole page or the other.
     */
    record Page(Object[] keys, int[] ends, byte[] bytes) {

        /** Appends the bytes of entry {@code index}. */
        void copy(WriteBuffer buffer, int index) {
            int start = index == 0 ? 0 : ends[index - 1];
            buffer.put(bytes, start, ends[index] - start);
        }
    }

    private final Page[] slots;

    WrittenEntries(int slots) {
        this.slots = new Page[slots];
    }

    static int slotsFor(long maxHeap) {
        long fits = maxHeap / 64 / (MAX_BYTES + 48 * 12) * 2;
        return (int) Math.max(64, Math.min(MAX_SLOTS, Long.highestOneBit(fits)));
    }

    /** The page last written that began or ended with the same key as {@code keys}, or null. */
    Page find(Object[] keys, int length) {
        Page first = slots[slot(keys[0])];
        if (first != null && first.keys[0] == keys[0]) {
            return first;
        }
        Page last = slots[slot(keys[length - 1])];
        if (last != null && last.keys[last.keys.length - 1] == keys[length - 1]) {
            return last;
        }
        return null;
    }

    /** Remembers a page written: its first {@code length} keys, where each one's entry ends, and the entries' bytes. */
    void remember(Object[] keys, int length, int[] ends, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            return;
        }
        Object[] snapshot = new Object[length];
        System.arraycopy(keys, 0, snapshot, 0, length);
        Page page = new Page(snapshot, ends, bytes);
        slots[slot(snapshot[0])] = page;
        slots[slot(snapshot[length - 1])] = page;
    }

    private int slot(Object key) {
        return System.identityHashCode(key) & (slots.length - 1);
    }

    /**
     * Walks a page last written alongside the keys of the page written now, both in the keys' order: for each key, the
     * entry of the last page that can be copied for it, or -1.
     */
    static final class Walk {

        /** Keys removed in a row that the walk still finds its way past. */
        private static final int LOOK_AHEAD = 4;

        private final Page last;
        private int next;

        Walk(Page last) {
            this.last = last;
        }

        Page last() {
            return last;
        }

        /**
         * {@code keys[index]}'s entry in the last page when it followed the same key there ({@code index} rising). Keys
         * removed since are skipped when the key is found a few entries ahead, by identity alone: comparing strings
         * would read them, which copying their entries saves.
         */
        int entry(Object[] keys, int index) {
            if (last == null) {
                return -1;
            }
            Object[] before = last.keys;
            Object key = keys[index];
            for (int ahead = next; ahead < Math.min(before.length, next + LOOK_AHEAD); ahead++) {
                if (before[ahead] == key) {
                    next = ahead + 1;
                    boolean samePrevious = index == 0 ? ahead == 0 : ahead > 0 && before[ahead - 1] == keys[index - 1];
                    return samePrevious ? ahead : -1;
                }
            }
            // added since (or more than LOOK_AHEAD in a row removed before it)
            return -1;
        }
    }
}
