package io.claimtrack.claims.store;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Map;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * The documents of the embedded store as BSON, the bytes of mongo-java-server's own encoder ({@link PageBsonEncoder})
 * and read as its decoder reads them ({@link PageBsonDecoder}; the documents arrived as BSON over the wire, so every value
 * they hold has a BSON form). H2's default
 * type wrote each document with Java serialisation: a class description per document and a new
 * ObjectOutputStream per value, rewritten for every document of every page at each commit, which was
 * most of the store's CPU. A page's documents are encoded into one buffer and decoded from one view.
 */
final class BsonDocumentType extends BasicDataType<Document> {

    static final BsonDocumentType INSTANCE = new BsonDocumentType();

    private BsonDocumentType() {
    }

    @Override
    public int getMemory(Document document) {
        return 24 + estimate(document);
    }

    /** Roughly the heap a value holds; H2 only sizes its cache and unsaved-memory budget with it. */
    private static int estimate(Object value) {
        if (value instanceof String string) {
            return 40 + string.length();
        }
        if (value instanceof Map<?, ?> map) {
            int size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 32 + estimate(entry.getKey()) + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> collection) {
            int size = 40;
            for (Object element : collection) {
                size += 8 + estimate(element);
            }
            return size;
        }
        return 24;
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        write(buffer, new Document[] { document }, 1);
    }

    @Override
    public void write(WriteBuffer buffer, Object storage, int length) {
        Document[] documents = cast(storage);
        PageBsonEncoder.write(buffer, documents, length);
    }

    @Override
    public Document read(ByteBuffer buffer) {
        Document[] one = new Document[1];
        read(buffer, one, 1);
        return one[0];
    }

    @Override
    public void read(ByteBuffer buffer, Object storage, int length) {
        Document[] documents = cast(storage);
        if (buffer.hasArray()) {
            PageBsonDecoder.read(buffer, documents, length);
            return;
        }
        ByteBuf in = Unpooled.wrappedBuffer(buffer.slice());
        for (int i = 0; i < length; i++) {
            documents[i] = BsonDecoder.decodeBson(in);
        }
        buffer.position(buffer.position() + in.readerIndex());
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
