package io.claimtrack.claims.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Writes a page's documents as BSON: the bytes mongo-java-server's {@link BsonEncoder} writes (so no format
 * change), without its detours. That encoder goes through a Netty buffer (bounds and reference-count checks on
 * every byte), looks every field up again by its name and turns each array into a document of its own first;
 * a single post's commit re-encodes every document on every page it touched, about a tenth of claims-service's
 * CPU (JFR, session 10). Here a page is encoded into a buffer the thread keeps, then copied into the page once.
 * The values the service stores (strings, numbers, booleans, dates, ids, arrays, subdocuments, null) are
 * written here; a document holding any other kind of value is written whole by mongo-java-server's encoder.
 */
final class PageBsonEncoder {

    /** Array indexes as element names, for arrays of up to this many elements without a conversion. */
    private static final byte[][] INDEXES = new byte[64][];

    static {
        for (int i = 0; i < INDEXES.length; i++) {
            INDEXES[i] = String.valueOf(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** A value this encoder leaves to mongo-java-server's. */
    private static final class Unhandled extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unhandled() {
            super(null, null, false, false);
        }
    }

    private static final Unhandled UNHANDLED = new Unhandled();

    /** This thread's encoder: its buffer grows to the largest page it wrote and is kept (up to a megabyte) for the next. */
    private static final ThreadLocal<PageBsonEncoder> ENCODERS = ThreadLocal.withInitial(PageBsonEncoder::new);

    private static final int INITIAL_BYTES = 16 * 1024;
    private static final int KEPT_BYTES = 1024 * 1024;

    private byte[] bytes = new byte[INITIAL_BYTES];
    private int position;

    private PageBsonEncoder() {
    }

    /** Writes the documents into the page's buffer. */
    static void write(WriteBuffer out, Document[] documents, int length) {
        PageBsonEncoder encoder = ENCODERS.get();
        encoder.position = 0;
        for (int i = 0; i < length; i++) {
            encoder.write(documents[i]);
        }
        out.put(encoder.bytes, 0, encoder.position);
        encoder.shrink();
    }

    /** The document's length as BSON. */
    static int size(Document document) {
        PageBsonEncoder encoder = ENCODERS.get();
        encoder.position = 0;
        encoder.write(document);
        int size = encoder.position;
        encoder.shrink();
        return size;
    }

    private void shrink() {
        if (bytes.length > KEPT_BYTES) {
            // a page of large documents (a long text) is rare: its buffer is not kept
            bytes = new byte[INITIAL_BYTES];
        }
    }

    private void write(Document document) {
        int start = position;
        try {
            document(document);
        } catch (Unhandled e) {
            position = start;
            ByteBuf theirs = Unpooled.buffer(256);
            try {
                BsonEncoder.encodeDocument(document, theirs);
                int length = theirs.readableBytes();
                room(length);
                theirs.readBytes(bytes, position, length);
                position += length;
            } finally {
                theirs.release();
            }
        }
    }

    private void document(Map<?, ?> document) {
        int start = position;
        position += 4;
        for (Map.Entry<?, ?> field : document.entrySet()) {
            element(((String) field.getKey()).getBytes(StandardCharsets.UTF_8), field.getValue());
        }
        end(start);
    }

    private void array(Collection<?> values) {
        int start = position;
        position += 4;
        int i = 0;
        for (Object value : values) {
            element(i < INDEXES.length ? INDEXES[i] : String.valueOf(i).getBytes(StandardCharsets.US_ASCII), value);
            i++;
        }
        end(start);
    }

    /** The terminating byte, then the length of the whole document at its start. */
    private void end(int start) {
        room(1);
        bytes[position++] = BsonConstants.TERMINATING_BYTE;
        putInt(start, position - start);
    }

    /** In the order of {@link BsonEncoder#determineType}, which decides a value's type by the first class it is. */
    private void element(byte[] name, Object value) {
        if (value == null) {
            name(BsonConstants.TYPE_NULL, name);
        } else if (value instanceof Map<?, ?> map) {
            name(BsonConstants.TYPE_EMBEDDED_DOCUMENT, name);
            document(map);
        } else if (value instanceof ObjectId id) {
            byte[] raw = id.toByteArray();
            if (raw.length != BsonConstants.LENGTH_OBJECTID) {
                throw UNHANDLED;
            }
            name(BsonConstants.TYPE_OBJECT_ID, name);
            put(raw);
        } else if (value instanceof Integer number) {
            name(BsonConstants.TYPE_INT32, name);
            room(4);
            putInt(position, number);
            position += 4;
        } else if (value instanceof Long number) {
            name(BsonConstants.TYPE_INT64, name);
            putLong(number);
        } else if (value instanceof Double number) {
            name(BsonConstants.TYPE_DOUBLE, name);
            putLong(Double.doubleToRawLongBits(number));
        } else if (value instanceof String string) {
            name(BsonConstants.TYPE_UTF8_STRING, name);
            byte[] raw = string.getBytes(StandardCharsets.UTF_8);
            room(raw.length + 5);
            putInt(position, raw.length + 1);
            position += 4;
            System.arraycopy(raw, 0, bytes, position, raw.length);
            position += raw.length;
            bytes[position++] = BsonConstants.STRING_TERMINATION;
        } else if (value instanceof Boolean bool) {
            name(BsonConstants.TYPE_BOOLEAN, name);
            room(1);
            bytes[position++] = bool ? BsonConstants.BOOLEAN_VALUE_TRUE : BsonConstants.BOOLEAN_VALUE_FALSE;
        } else if (value instanceof Collection<?> values) {
            name(BsonConstants.TYPE_ARRAY, name);
            array(values);
        } else if (value instanceof Instant instant) {
            name(BsonConstants.TYPE_UTC_DATETIME, name);
            putLong(instant.toEpochMilli());
        } else {
            // Decimal128, binary data, UUIDs, timestamps, regular expressions, min and max keys, code
            throw UNHANDLED;
        }
    }

    private void name(byte type, byte[] name) {
        room(name.length + 2);
        bytes[position++] = type;
        System.arraycopy(name, 0, bytes, position, name.length);
        position += name.length;
        bytes[position++] = BsonConstants.STRING_TERMINATION;
    }

    private void put(byte[] raw) {
        room(raw.length);
        System.arraycopy(raw, 0, bytes, position, raw.length);
        position += raw.length;
    }

    /** Little-endian, as all of BSON. */
    private void putInt(int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >>> 8);
        bytes[at + 2] = (byte) (value >>> 16);
        bytes[at + 3] = (byte) (value >>> 24);
    }

    private void putLong(long value) {
        room(8);
        putInt(position, (int) value);
        putInt(position + 4, (int) (value >>> 32));
        position += 8;
    }

    /** Makes room for {@code n} more bytes (a document's length is written into the four it skipped). */
    private void room(int n) {
        if (position + n + 4 > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, position + n + 4));
        }
    }
}
