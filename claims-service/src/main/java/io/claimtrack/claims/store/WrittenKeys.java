package io.claimtrack.claims.store;

import java.nio.ByteBuffer;

import org.h2.mvstore.WriteBuffer;

/**
 * The bytes a page's keys were last written as, written again when the page is written with the same keys. A commit
 * rewrites every page on the path from each changed leaf to its map's root, and an inner page whose child changed keeps
 * its keys: H2 copies the page and shares its key array until a key is added or removed (a child's split). Encoding
 * those keys again at every commit (reading each key's characters from wherever it lies in the heap) was about a
 * tenth of claims-service's CPU per single post (session 21).
 * <p>
 * Found by the key array's identity, and used only when every key is the same object as when the bytes were made, so
 * a page whose keys changed never gets another page's bytes, whatever H2 does with its arrays (the keys themselves,
 * strings and {@code KeyValue}s of numbers and strings, never change). A fixed number of slots, each holding the last
 * page that hashed to it; pages whose keys take more than {@link #MAX_BYTES} are encoded every time.
 */
final class WrittenKeys {

    /** A key type, which writes a page's keys when their bytes are not at hand. */
    interface Encoder {
        void encodeKeys(WriteBuffer buffer, Object[] keys, int length);
    }

    /** An inner page of 48 keys takes 1-2 KB (ids; sorted-index keys by their shared prefixes). */
    static final int MAX_BYTES = 4 * 1024;
    /** At most 4,096 slots and a 64th of the heap: about 18 MB at worst, 5-8 MB as pages are. */
    private static final int MAX_SLOTS = 4096;

    static final WrittenKeys PAGES = new WrittenKeys(slotsFor(Runtime.getRuntime().maxMemory()));

    /** Immutable, so a slot read while another thread replaces it is one whole entry or the other. */
    private record Entry(Class<?> type, Object[] keys, byte[] bytes) {
    }

    private final Entry[] slots;

    WrittenKeys(int slots) {
        this.slots = new Entry[slots];
    }

    static int slotsFor(long maxHeap) {
        long fits = maxHeap / 64 / (MAX_BYTES + 48 * 8);
        return (int) Math.max(64, Math.min(MAX_SLOTS, Long.highestOneBit(fits)));
    }

    /**
     * Writes the first {@code length} keys of {@code storage}: the bytes {@code encoder}'s type wrote for them last time,
     * or {@code encoder}'s.
     */
    void write(WriteBuffer buffer, Object storage, int length, Encoder encoder) {
        Object[] keys = (Object[]) storage;
        int slot = System.identityHashCode(keys) & (slots.length - 1);
        Entry entry = slots[slot];
        if (entry != null && entry.type == encoder.getClass() && same(entry.keys, keys, length)) {
            buffer.put(entry.bytes);
            return;
        }
        int start = buffer.position();
        encoder.encodeKeys(buffer, keys, length);
        int size = buffer.position() - start;
        if (size <= MAX_BYTES) {
            byte[] bytes = new byte[size];
            ByteBuffer written = buffer.getBuffer();
            written.get(start, bytes);
            Object[] snapshot = new Object[length];
            System.arraycopy(keys, 0, snapshot, 0, length);
            slots[slot] = new Entry(encoder.getClass(), snapshot, bytes);
        }
    }

    private static boolean same(Object[] remembered, Object[] keys, int length) {
        if (remembered.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (remembered[i] != keys[i]) {
                return false;
            }
        }
        return true;
    }
}
