package io.claimtrack.claims.store;

import java.nio.charset.StandardCharsets;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;

/**
 * H2's type for the ids, index keys and positions of the embedded store, writing exactly the bytes
 * {@link ObjectDataType} writes, faster: a string of ASCII characters (every id and sorted-index key the
 * service makes) is copied as one byte array, where H2 puts it into the page buffer one character at a
 * time (a tenth of claims-service's CPU at commit), and comparing two strings as H2 does, without first
 * working out each one's type. Other strings and values are H2's own.
 */
class AsciiFastObjectType extends ObjectDataType implements WrittenKeys.Encoder {

    /** H2's tags for a string: its length in the tag up to 15 characters, else a tag and a varint. */
    private static final int TAG_STRING_0_15 = 88;
    private static final int TYPE_STRING = 11;

    /** A map's keys: a page's keys are written again from {@link WrittenKeys} when they did not change. */
    private final boolean keys;

    /** For values. */
    AsciiFastObjectType() {
        this(false);
    }

    AsciiFastObjectType(boolean keys) {
        this.keys = keys;
    }

    /**
     * H2 orders two strings by {@link String#compareTo}; it first looks both types up and picks the type that
     * compares them, which was about 6 % of claims-service's CPU on single posts (every B-tree search of a
     * document map or a sorted index compares strings).
     */
    @Override
    public int compare(Object a, Object b) {
        if (a instanceof String first && b instanceof String second) {
            return first.compareTo(second);
        }
        return super.compare(a, b);
    }

    /**
     * The string's bytes when every character is ASCII (one byte in H2's encoding too), else null. Not "as many
     * UTF-8 bytes as characters": the encoder writes a lone surrogate as one '?', and H2 keeps it.
     */
    static byte[] asciiBytes(String string) {
        for (int i = 0; i < string.length(); i++) {
            if (string.charAt(i) >= 0x80) {
                return null;
            }
        }
        return string.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void write(WriteBuffer buffer, Object storage, int length) {
        if (keys) {
            WrittenKeys.PAGES.write(buffer, storage, length, this);
        } else {
            encodeKeys(buffer, (Object[]) storage, length);
        }
    }

    /** A page's keys (or values), each as H2 writes it. */
    @Override
    public void encodeKeys(WriteBuffer buffer, Object[] keys, int length) {
        super.write(buffer, keys, length);
    }

    @Override
    public void write(WriteBuffer buffer, Object value) {
        if (!(value instanceof String string)) {
            super.write(buffer, value);
            return;
        }
        byte[] bytes = asciiBytes(string);
        if (bytes == null) {
            super.write(buffer, value);
            return;
        }
        if (bytes.length <= 15) {
            buffer.put((byte) (TAG_STRING_0_15 + bytes.length));
        } else {
            buffer.put((byte) TYPE_STRING).putVarInt(bytes.length);
        }
        buffer.put(bytes);
    }
}
