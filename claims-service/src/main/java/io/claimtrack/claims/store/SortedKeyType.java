package io.claimtrack.claims.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;

/**
 * The keys of a {@link SortedIndex}, written a page at a time (store format 4). A page's keys are in order, so
 * neighbours share long prefixes (the same word, date or speaker, the id's prefix), and a key whose last indexed
 * field is {@code _id} ends with that id twice (the field, then the position that keeps keys unique). Each key is
 * written as the length it shares with the key before it and the characters after, without the repeated last
 * component: a word-index entry of about 80 characters takes about 25 bytes. The sorted indexes were about two
 * thirds of what a commit writes, and a single post's commit rewrites every page it touched.
 * <p>
 * The keys in memory, their order and the pages' splits are unchanged: only their bytes in the file are. A page
 * written before (each key by {@link AsciiFastObjectType}, format 3) starts with one of H2's type tags, all
 * below {@link #PAGE}, and is read as it was; it is written in this form the next time it changes.
 */
final class SortedKeyType extends AsciiFastObjectType {

    /** Starts a page written in this form; H2's tags end at 119. */
    static final byte PAGE = 127;
    private static final int DOUBLED = 1;
    private static final int ASCII = 2;
    private static final int FLAGS = 2;

    /** The pages written last, whose entries a page written again copies; null: every entry encoded. */
    private final WrittenEntries written;

    SortedKeyType() {
        this(WrittenEntries.PAGES);
    }

    SortedKeyType(WrittenEntries written) {
        super(true);
        this.written = written;
    }

    @Override
    public void encodeKeys(WriteBuffer buffer, Object[] keys, int length) {
        if (length == 0 || !strings(keys, length)) {
            super.encodeKeys(buffer, keys, length);
            return;
        }
        buffer.put(PAGE);
        int start = buffer.position();
        WrittenEntries.Walk last = new WrittenEntries.Walk(written == null ? null : written.find(keys, length));
        int[] ends = new int[length];
        String previousKey = "";
        // the previous key's bytes while it is ASCII (every key the service makes but words with other letters), and
        // null once it is not or its entry was copied: the length shared with it is then counted on the strings
        byte[] previous = new byte[0];
        for (int i = 0; i < length; i++) {
            String key = (String) keys[i];
            int copied = last.entry(keys, i);
            if (copied >= 0) {
                last.last().copy(buffer, copied);
                previous = null;
            } else {
                previous = encode(buffer, previousKey, previous, key);
            }
            previousKey = key;
            ends[i] = buffer.position() - start;
        }
        if (written != null) {
            byte[] bytes = new byte[buffer.position() - start];
            buffer.getBuffer().get(start, bytes);
            written.remember(keys, length, ends, bytes);
        }
    }

    /**
     * Writes the entry of {@code key} after {@code previousKey} ({@code previous}: its bytes, or null to compare the
     * strings); returns the key's bytes when it is ASCII, else null. An ASCII key shares the same length with an ASCII
     * key before it whether bytes or characters are compared.
     */
    private static byte[] encode(WriteBuffer buffer, String previousKey, byte[] previous, String key) {
        byte[] bytes = asciiBytes(key);
        if (bytes == null) {
            int shared = shared(previousKey, key);
            int rest = key.length() - shared;
            buffer.putVarInt(rest << FLAGS).putVarInt(shared).putStringData(key.substring(shared), rest);
            return null;
        }
        int stored = withoutRepeat(bytes);
        int shared = Math.min(stored, previous != null ? shared(previous, bytes) : shared(previousKey, key));
        int rest = stored - shared;
        buffer.putVarInt(rest << FLAGS | ASCII | (stored < bytes.length ? DOUBLED : 0)).putVarInt(shared)
                .put(bytes, shared, rest);
        return bytes;
    }

    @Override
    public void read(ByteBuffer buffer, Object storage, int length) {
        if (length == 0 || buffer.get(buffer.position()) != PAGE) {
            super.read(buffer, storage, length);
            return;
        }
        buffer.get();
        Object[] keys = (Object[]) storage;
        String previousKey = "";
        // the previous key's bytes while it is ASCII, and the next key assembled
        byte[] previous = new byte[256];
        byte[] next = new byte[256];
        boolean previousAscii = true;
        for (int i = 0; i < length; i++) {
            int header = DataUtils.readVarInt(buffer);
            int shared = DataUtils.readVarInt(buffer);
            int rest = header >>> FLAGS;
            if ((header & ASCII) == 0) {
                keys[i] = previousKey = previousKey.substring(0, shared).concat(DataUtils.readString(buffer, rest));
                previousAscii = false;
                continue;
            }
            int stored = shared + rest;
            if (next.length < 2 * stored) {
                next = Arrays.copyOf(next, 2 * stored);
            }
            if (previousAscii) {
                System.arraycopy(previous, 0, next, 0, shared);
            } else {
                // shared with this ASCII key, so ASCII
                for (int c = 0; c < shared; c++) {
                    next[c] = (byte) previousKey.charAt(c);
                }
            }
            buffer.get(next, shared, rest);
            int size = stored;
            if ((header & DOUBLED) != 0) {
                int last = lastComponent(next, stored);
                System.arraycopy(next, last, next, stored, stored - last);
                size += stored - last;
            }
            keys[i] = previousKey = new String(next, 0, size, StandardCharsets.ISO_8859_1);
            byte[] swap = previous;
            previous = next;
            next = swap;
            previousAscii = true;
        }
    }

    private static boolean strings(Object[] keys, int length) {
        for (int i = 0; i < length; i++) {
            if (!(keys[i] instanceof String)) {
                return false;
            }
        }
        return true;
    }

    private static int shared(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static int shared(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        int mismatch = Arrays.mismatch(a, 0, n, b, 0, n);
        return mismatch < 0 ? n : mismatch;
    }

    /** Where the last component of an encoded key of {@code length} bytes starts: after the END before its own. */
    private static int lastComponent(byte[] key, int length) {
        int i = length - 2;
        while (i >= 0 && key[i] != SortedIndex.END) {
            i--;
        }
        return i + 1;
    }

    /**
     * The length of {@code key} without its last component when the component before it is the same (a key
     * ending in {@code _id} and the position); else the key's length.
     */
    private static int withoutRepeat(byte[] key) {
        int length = key.length;
        if (length < 2 || key[length - 1] != SortedIndex.END) {
            return length;
        }
        int last = lastComponent(key, length);
        int size = length - last;
        int before = last - size;
        boolean repeated = before >= 0 && (before == 0 || key[before - 1] == SortedIndex.END)
                && Arrays.equals(key, before, last, key, last, length);
        return repeated ? last : length;
    }
}
