package io.claimtrack.claims.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Reads a page's documents from BSON into what mongo-java-server's {@link BsonDecoder} makes of the same bytes (the
 * same classes, values and field order), straight from the page's array. That decoder reads through a Netty buffer
 * (reference-count and bounds checks on every byte: {@code isAccessible} alone was 5.5 % of a single post's CPU in
 * session 12's JFR), decodes every field name with a charset decoder, and reads each array into a document of its
 * own first; pages are decoded whenever the cache lost them (a find or an index entry reaching a page that is not
 * cached, compaction moving live pages), 9 % of the samples. Field names repeat on every document, so each is
 * decoded once and shared. The values the service stores (strings, numbers, booleans, dates, ids, arrays,
 * subdocuments, null) are read here; any other kind is read by mongo-java-server's decoder from the same position.
 */
final class PageBsonDecoder {

    /** Decoded field names by a hash of their bytes; a slot taken by another name is replaced. */
    private static final Name[] NAMES = new Name[1024];

    private record Name(byte[] bytes, String name) {
    }

    private final byte[] bytes;
    private final int limit;
    private int position;

    private PageBsonDecoder(byte[] bytes, int position, int limit) {
        this.bytes = bytes;
        this.position = position;
        this.limit = limit;
    }

    /** Reads {@code length} documents from the buffer's position, which must be backed by an array; moves past them. */
    static void read(ByteBuffer buffer, Document[] documents, int length) {
        PageBsonDecoder decoder = new PageBsonDecoder(buffer.array(), buffer.arrayOffset() + buffer.position(),
                buffer.arrayOffset() + buffer.limit());
        for (int i = 0; i < length; i++) {
            documents[i] = decoder.document();
        }
        buffer.position(decoder.position - buffer.arrayOffset());
    }

    private Document document() {
        return (Document) container(false);
    }

    /** A document, or an array: its elements in order (their names are the indexes). */
    private Object container(boolean array) {
        int length = intAt(position);
        int end = position + length;
        if (length < 5 || end > limit) {
            throw new IllegalArgumentException("BSON document of " + length + " bytes at " + position + ", " + (limit
                    - position) + " left");
        }
        position += 4;
        Document document = array ? null : new Document();
        List<Object> values = array ? new ArrayList<>() : null;
        while (position < end) {
            byte type = bytes[position++];
            if (type == BsonConstants.TERMINATING_BYTE) {
                return array ? values : document;
            }
            if (array) {
                skipName();
                values.add(value(type));
            } else {
                String name = name();
                document.put(name, value(type));
            }
        }
        throw new IllegalArgumentException("BSON document without its terminating byte, " + length + " bytes");
    }

    private Object value(byte type) {
        switch (type) {
            case BsonConstants.TYPE_UTF8_STRING:
                return string();
            case BsonConstants.TYPE_EMBEDDED_DOCUMENT:
                return document();
            case BsonConstants.TYPE_ARRAY:
                return container(true);
            case BsonConstants.TYPE_INT32: {
                int value = intAt(position);
                position += 4;
                return value;
            }
            case BsonConstants.TYPE_INT64:
                return longValue();
            case BsonConstants.TYPE_DOUBLE:
                return Double.longBitsToDouble(longValue());
            case BsonConstants.TYPE_UTC_DATETIME:
                return Instant.ofEpochMilli(longValue());
            case BsonConstants.TYPE_BOOLEAN:
                return booleanValue();
            case BsonConstants.TYPE_NULL:
            case BsonConstants.TYPE_UNDEFINED:
                return null;
            case BsonConstants.TYPE_OBJECT_ID: {
                need(BsonConstants.LENGTH_OBJECTID);
                ObjectId id = new ObjectId(Arrays.copyOfRange(bytes, position, position + BsonConstants.LENGTH_OBJECTID));
                position += BsonConstants.LENGTH_OBJECTID;
                return id;
            }
            default:
                return theirs(type);
        }
    }

    /** Binary data, Decimal128, timestamps, regular expressions, min and max keys, code: mongo-java-server's decoder. */
    private Object theirs(byte type) {
        ByteBuf in = Unpooled.wrappedBuffer(bytes, position, limit - position);
        Object value = BsonDecoder.decodeValue(type, in);
        position += in.readerIndex();
        return value;
    }

    private String string() {
        int length = intAt(position);
        position += 4;
        if (length < 1) {
            throw new IllegalArgumentException("BSON string of length " + length);
        }
        need(length);
        String value = new String(bytes, position, length - 1, StandardCharsets.UTF_8);
        position += length;
        if (bytes[position - 1] != BsonConstants.STRING_TERMINATION) {
            throw new IllegalArgumentException("Unexpected trailing byte: " + bytes[position - 1]);
        }
        return value;
    }

    private Boolean booleanValue() {
        need(1);
        byte value = bytes[position++];
        if (value == BsonConstants.BOOLEAN_VALUE_TRUE) {
            return Boolean.TRUE;
        }
        if (value == BsonConstants.BOOLEAN_VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("Illegal boolean value:" + value);
    }

    private String name() {
        int start = position;
        int hash = 0;
        while (position < limit && bytes[position] != BsonConstants.STRING_TERMINATION) {
            hash = 31 * hash + bytes[position++];
        }
        need(1);
        int end = position++;
        int slot = (hash ^ hash >>> 10) & (NAMES.length - 1);
        Name known = NAMES[slot];
        if (known != null && Arrays.equals(known.bytes, 0, known.bytes.length, bytes, start, end)) {
            return known.name;
        }
        String name = new String(bytes, start, end - start, StandardCharsets.UTF_8);
        NAMES[slot] = new Name(Arrays.copyOfRange(bytes, start, end), name);
        return name;
    }

    private void skipName() {
        while (position < limit && bytes[position] != BsonConstants.STRING_TERMINATION) {
            position++;
        }
        need(1);
        position++;
    }

    private long longValue() {
        need(8);
        long value = (intAt(position) & 0xFFFFFFFFL) | (long) intAt(position + 4) << 32;
        position += 8;
        return value;
    }

    /** Little-endian, as all of BSON. */
    private int intAt(int at) {
        if (at + 4 > limit) {
            throw new IllegalArgumentException("BSON ends inside a number at " + at);
        }
        return bytes[at] & 0xFF | (bytes[at + 1] & 0xFF) << 8 | (bytes[at + 2] & 0xFF) << 16 | bytes[at + 3] << 24;
    }

    private void need(int n) {
        if (position + n > limit) {
            throw new IllegalArgumentException("BSON ends " + (position + n - limit) + " bytes early");
        }
    }
}
