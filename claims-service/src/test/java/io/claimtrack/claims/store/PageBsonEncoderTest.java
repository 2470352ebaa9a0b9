package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import de.bwaldvogel.mongo.bson.Decimal128;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;

/** Byte for byte what mongo-java-server's encoder writes, for a page of documents of every kind: no format change. */
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
        ByteBuffer written = buffer.getBuffer();
        written.flip();
        byte[] bytes = Arrays.copyOfRange(written.array(), written.arrayOffset(), written.arrayOffset() + written.limit());
        byte[] theirs = new byte[expected.readableBytes()];
        expected.readBytes(theirs);
        assertArrayEquals(theirs, bytes);
        Document[] read = new Document[page.length];
        BsonDocumentType.INSTANCE.read(ByteBuffer.wrap(bytes), read, read.length);
        // read back as mongo-java-server reads its own bytes
        Document[] readTheirs = new Document[page.length];
        BsonDocumentType.INSTANCE.read(ByteBuffer.wrap(theirs), readTheirs, readTheirs.length);
        assertEquals(Arrays.asList(readTheirs), Arrays.asList(read));
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
