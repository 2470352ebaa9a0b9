package io.claimtrack.claims.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Keys of the unique indexes ({@code _id}, {@code seq}): each value as a BSON type byte and value. H2's
 * default type knew no order for a {@link KeyValue}, so it compared two keys by Java-serialising both,
 * at every step of every B-tree search: a third of the store's CPU. Compared here in MongoDB's order of
 * values (strings, the usual ids, directly).
 */
final class KeyValueType extends BasicDataType<KeyValue> implements WrittenKeys.Encoder {

    static final KeyValueType INSTANCE = new KeyValueType();
    private static final ValueComparator ORDER = ValueComparator.asc();

    private KeyValueType() {
    }

    @Override
    public int compare(KeyValue a, KeyValue b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            int c = x instanceof String s && y instanceof String t ? s.compareTo(t) : ORDER.compare(x, y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    @Override
    public int getMemory(KeyValue key) {
        int size = 48;
        for (Object value : key) {
            size += value instanceof String s ? 40 + s.length() : 32;
        }
        return size;
    }

    /** A page's keys: written again from {@link WrittenKeys} when they did not change. */
    @Override
    public void write(WriteBuffer buffer, Object storage, int length) {
        WrittenKeys.PAGES.write(buffer, storage, length, this);
    }

    @Override
    public void encodeKeys(WriteBuffer buffer, Object[] keys, int length) {
        super.write(buffer, keys, length);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        ByteBuf out = Unpooled.buffer(64);
        try {
            out.writeByte(key.size());
            for (Object value : key) {
                byte type = BsonEncoder.determineType(value);
                out.writeByte(type);
                BsonEncoder.encodeValue(type, value, out);
            }
            buffer.put(out.array(), out.arrayOffset() + out.readerIndex(), out.readableBytes());
        } finally {
            out.release();
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        ByteBuf in = Unpooled.wrappedBuffer(buffer.slice());
        int size = in.readUnsignedByte();
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(BsonDecoder.decodeValue(in.readByte(), in));
        }
        buffer.position(buffer.position() + in.readerIndex());
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
