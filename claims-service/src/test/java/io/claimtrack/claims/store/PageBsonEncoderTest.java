package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.BsonJavaScript;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.BsonTimestamp;
import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.MaxKey;
import de.bwaldvogel.mongo.bson.MinKey;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/**
 * Byte for byte what mongo-java-server's encoder writes, for a page of documents of every kind: no format change; and
 * read back into what its decoder makes of the same bytes.
 */
class PageBsonEncoderTest {

    private final Random random = new Random(12);

    @Test
    void writesAPageOfDocumentsAsMongoJavaServersEncoderDoes() {
        for (int round = 0; round < 300; round++) {
            Document[] page = new Document[1 + random.nextInt(20)];
            for (int i = 0; i < page.length; i++) {
                page[i] = document(0);
            }
            assertPage(page);
        }
    }

    @Test
    void aDocumentHoldingAValueOnlyMongoJavaServerEncodesIsWrittenByIt() {
        Document claim = new Document("_id", "cl_1").append("tokens", List.of("kremlin", "aide"));
        Document deep = new Document("_id", "cl_2").append("statements", List.of(new Document("content", "said")
                .append("at", new Document("exact", new Decimal128(3, 0)))));
        Document binary = new Document("_id", new UUID(7, 8)).append("n", 1);
        // before and after documents the fast path writes: what it began of the other one is taken back
        assertPage(claim, deep, binary, claim);
    }

    @Test
    void writesArraysOfEveryLengthAndNamesOfEveryAlphabet() {
        List<Object> mixed = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            mixed.add(i % 3 == 0 ? "w" + i : i);
        }
        assertPage(new Document("tokens", mixed).append("set", new LinkedHashSet<>(List.of("b", "a")))
                .append("names", List.of("Lavrov", "Лавров")).append("empty", List.of())
                .append("поле", "значение").append("emoji 😀", "ok 😀").append("nothing", null)
                .append("sub", new Document()));
    }

    private void assertPage(Document... page) {
        WriteBuffer buffer = new WriteBuffer();
        BsonDocumentType.INSTANCE.write(buffer, page, page.length);
        ByteBuf expected = Unpooled.buffer();
        for (Document document : page) {
            BsonEncoder.encodeDocument(document, expected);
        }
        byte[] bytes = written(buffer);
        byte[] theirs = new byte[expected.readableBytes()];
        expected.readBytes(theirs);
        assertArrayEquals(theirs, bytes);
        assertReadAsTheirs(bytes, page.length);
    }

    @Test
    void readsValuesOnlyMongoJavaServerDecodesFromTheSamePosition() {
        Document rare = new Document("_id", "cl_1").append("exact", new Decimal128(3, 0)).append("uuid", new UUID(7, 8))
                .append("at", new BsonTimestamp(42L))
                .append("pattern", new BsonRegularExpression("^grain", "i")).append("low", MinKey.getInstance())
                .append("high", MaxKey.getInstance()).append("code", new BsonJavaScript("x"))
                .append("after", List.of("still", "read", 3));
        Document claim = new Document("_id", "cl_2").append("tokens", List.of("kremlin", "aide"));
        ByteBuf page = Unpooled.buffer();
        for (Document document : List.of(claim, rare, claim)) {
            BsonEncoder.encodeDocument(document, page);
        }
        byte[] bytes = new byte[page.readableBytes()];
        page.readBytes(bytes);
        assertReadAsTheirs(bytes, 3);
    }

    @Test
    void namesAreSharedAndNeverConfused() {
        // more names than the cache has slots, some differing in one byte, so slots are taken over
        Document wide = new Document();
        for (int i = 0; i < 3000; i++) {
            wide.append("f" + i, i);
        }
        wide.append("claimId", "a").append("claimIe", "b").append("clаimId", "cyrillic a").append("", "empty name");
        WriteBuffer buffer = new WriteBuffer();
        BsonDocumentType.INSTANCE.write(buffer, new Document[] { wide, wide }, 2);
        byte[] bytes = written(buffer);
        assertReadAsTheirs(bytes, 2);
        Document[] read = new Document[2];
        BsonDocumentType.INSTANCE.read(ByteBuffer.wrap(bytes), read, 2);
        assertSame(read[0].keySet().iterator().next(), read[1].keySet().iterator().next());
    }

    @Test
    void aPageThatEndsEarlyIsRefused() {
        WriteBuffer buffer = new WriteBuffer();
        Document claim = new Document("_id", "cl_1").append("text", "talks were useful").append("n", 1L);
        BsonDocumentType.INSTANCE.write(buffer, new Document[] { claim }, 1);
        byte[] bytes = written(buffer);
        for (int cut = 1; cut < bytes.length; cut++) {
            ByteBuffer shorter = ByteBuffer.wrap(bytes, 0, cut);
            assertThrows(RuntimeException.class, () -> BsonDocumentType.INSTANCE.read(shorter, new Document[1], 1));
        }
        // a terminating byte missing where the length says the document ends
        byte[] broken = bytes.clone();
        broken[broken.length - 1] = 1;
        assertThrows(IllegalArgumentException.class,
                () -> BsonDocumentType.INSTANCE.read(ByteBuffer.wrap(broken), new Document[1], 1));
    }

    /**
     * Read through {@link BsonDocumentType} from a slice of a larger array (as a page lies in a chunk), and from a
     * buffer without an array: the same documents, of the same classes, as mongo-java-server's decoder reads, and the
     * buffer left just after them.
     */
    private void assertReadAsTheirs(byte[] bytes, int count) {
        ByteBuf in = Unpooled.wrappedBuffer(bytes);
        List<Document> theirs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            theirs.add(BsonDecoder.decodeBson(in));
        }
        byte[] framed = new byte[bytes.length + 10];
        System.arraycopy(bytes, 0, framed, 3, bytes.length);
        ByteBuffer slice = ByteBuffer.wrap(framed, 3, bytes.length + 4).slice();
        slice.position(0);
        Document[] read = new Document[count];
        BsonDocumentType.INSTANCE.read(slice, read, count);
        assertEquals(bytes.length, slice.position());
        assertSameValues(theirs, new ArrayList<>(Arrays.asList(read)));
        ByteBuffer direct = ByteBuffer.allocateDirect(bytes.length);
        direct.put(bytes).flip();
        Document[] readDirect = new Document[count];
        BsonDocumentType.INSTANCE.read(direct, readDirect, count);
        assertSameValues(theirs, new ArrayList<>(Arrays.asList(readDirect)));
    }

    private static void assertSameValues(Object expected, Object actual) {
        if (expected == null || actual == null) {
            assertSame(expected, actual);
            return;
        }
        assertEquals(expected.getClass(), actual.getClass());
        if (expected instanceof Map<?, ?> map) {
            assertEquals(new ArrayList<>(map.keySet()), new ArrayList<>(((Map<?, ?>) actual).keySet()));
            for (Object name : map.keySet()) {
                assertSameValues(map.get(name), ((Map<?, ?>) actual).get(name));
            }
        } else if (expected instanceof List<?> list) {
            assertEquals(list.size(), ((List<?>) actual).size());
            for (int i = 0; i < list.size(); i++) {
                assertSameValues(list.get(i), ((List<?>) actual).get(i));
            }
        } else if (expected instanceof BsonRegularExpression || expected instanceof BsonJavaScript) {
            // no equals of their own
            assertEquals(expected.toString(), actual.toString());
        } else {
            assertEquals(expected, actual);
        }
    }

    private static byte[] written(WriteBuffer buffer) {
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        return Arrays.copyOfRange(written.array(), written.arrayOffset(), written.arrayOffset() + written.limit());
    }

    private Document document(int depth) {
        Document document = new Document();
        int fields = random.nextInt(depth == 0 ? 12 : 5);
        for (int i = 0; i < fields; i++) {
            document.put(name(), value(depth));
        }
        return document;
    }

    private Object value(int depth) {
        switch (random.nextInt(depth < 2 ? 12 : 10)) {
            case 0:
                return null;
            case 1:
                return random.nextInt();
            case 2:
                return random.nextLong();
            case 3:
                return random.nextDouble() * 1e6 - 5e5;
            case 4:
                return random.nextBoolean();
            case 5:
                return Instant.ofEpochMilli(random.nextLong() % 4_000_000_000_000L);
            case 6:
                return new ObjectId();
            case 7:
            case 8:
            case 9:
                return text();
            case 10: {
                List<Object> values = new ArrayList<>();
                int n = random.nextInt(random.nextBoolean() ? 5 : 80);
                for (int i = 0; i < n; i++) {
                    values.add(random.nextBoolean() ? text() : value(depth + 1));
                }
                return values;
            }
            default:
                return document(depth + 1);
        }
    }

    private String name() {
        String[] names = { "_id", "claimId", "normText", "seq", "tokens", "speakerId", "lastSeen", "имя", "a.b", "x" };
        return names[random.nextInt(names.length)] + random.nextInt(3);
    }

    private String text() {
        String[] words = { "the", "minister", "said", "Kremlin's", "café", "сказал", "😀", "", "ccl_0\u0000", "\u00ff" };
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(30);
        for (int i = 0; i < n; i++) {
            text.append(words[random.nextInt(words.length)]).append(' ');
        }
        return text.toString();
    }
}
