package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * A page's keys written again unchanged take the bytes of the last time, without being encoded again; keys that changed
 * in any way, or the same keys written by another type, are encoded as if nothing had been written before.
 */
class WrittenKeysTest {

    /** Counts the pages it encodes. */
    private static final class Counting implements WrittenKeys.Encoder {
        int pages;

        @Override
        public void encodeKeys(WriteBuffer buffer, Object[] keys, int length) {
            pages++;
            new AsciiFastObjectType().encodeKeys(buffer, keys, length);
        }
    }

    private static Object[] ids(int n) {
        Object[] ids = new Object[n];
        for (int i = 0; i < n; i++) {
            ids[i] = "cl_" + Integer.toHexString(0x1000000 + i * 7919) + "abcdef012345678901";
        }
        return ids;
    }

    @Test
    void aPageWrittenAgainWithTheSameKeysIsNotEncodedAgain() {
        WrittenKeys written = new WrittenKeys(64);
        Counting encoder = new Counting();
        Object[] keys = ids(48);
        byte[] first = bytes(written, encoder, keys, 48);
        byte[] second = bytes(written, encoder, keys, 48);
        assertEquals(1, encoder.pages);
        assertArrayEquals(first, second);
        assertArrayEquals(plain(keys, 48), second);
    }

    @Test
    void keysThatChangedAreEncodedAgain() {
        WrittenKeys written = new WrittenKeys(64);
        Counting encoder = new Counting();
        Object[] keys = ids(48);
        bytes(written, encoder, keys, 48);
        // the same array, a key replaced in place by an equal string and then by another one
        keys[5] = new String((String) keys[5]);
        assertArrayEquals(plain(keys, 48), bytes(written, encoder, keys, 48));
        keys[5] = "cl_other";
        assertArrayEquals(plain(keys, 48), bytes(written, encoder, keys, 48));
        // fewer keys of the same array (a page's storage may be longer than its keys)
        assertArrayEquals(plain(keys, 40), bytes(written, encoder, keys, 40));
        assertEquals(4, encoder.pages);
    }

    @Test
    void theSameKeysWrittenByAnotherTypeTakeThatTypesBytes() {
        WrittenKeys written = new WrittenKeys(64);
        Object[] keys = { "a" + SortedIndex.END + "cl_1" + SortedIndex.END, "a" + SortedIndex.END + "cl_2" + SortedIndex.END };
        byte[] sorted = bytes(written, new SortedKeyType(), keys, 2);
        byte[] plain = bytes(written, new Counting(), keys, 2);
        assertArrayEquals(plain(keys, 2), plain);
        assertEquals(SortedKeyType.PAGE, sorted[0]);
    }

    @Test
    void theStoresKeyTypesWriteWhatTheyWroteBeforeAndReadItBack() {
        Object[] ids = ids(48);
        AsciiFastObjectType idType = new AsciiFastObjectType(true);
        assertArrayEquals(plain(ids, 48), written(idType, ids));
        assertArrayEquals(plain(ids, 48), written(idType, ids));
        KeyValue[] seqs = new KeyValue[48];
        for (int i = 0; i < seqs.length; i++) {
            seqs[i] = new KeyValue(List.of((long) i * 1000));
        }
        byte[] first = written(KeyValueType.INSTANCE, seqs);
        assertArrayEquals(first, written(KeyValueType.INSTANCE, seqs));
        KeyValue[] read = new KeyValue[48];
        KeyValueType.INSTANCE.read(ByteBuffer.wrap(first), read, 48);
        assertEquals(Arrays.asList(seqs), Arrays.asList(read));
    }

    private static byte[] bytes(WrittenKeys written, WrittenKeys.Encoder encoder, Object[] keys, int length) {
        WriteBuffer buffer = new WriteBuffer();
        buffer.put((byte) 42);
        written.write(buffer, keys, length, encoder);
        return tail(buffer);
    }

    private static byte[] written(org.h2.mvstore.type.DataType<?> type, Object[] keys) {
        WriteBuffer buffer = new WriteBuffer();
        buffer.put((byte) 42);
        type.write(buffer, keys, keys.length);
        return tail(buffer);
    }

    private static byte[] plain(Object[] keys, int length) {
        WriteBuffer buffer = new WriteBuffer();
        buffer.put((byte) 42);
        new AsciiFastObjectType().encodeKeys(buffer, keys, length);
        return tail(buffer);
    }

    /** What was written after the byte that stands for a page's header. */
    private static byte[] tail(WriteBuffer buffer) {
        ByteBuffer out = buffer.getBuffer();
        out.flip();
        out.get();
        byte[] bytes = new byte[out.remaining()];
        out.get(bytes);
        return bytes;
    }
}
