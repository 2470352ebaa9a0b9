package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/**
 * Byte for byte what H2's ObjectDataType writes, for every kind of string and other values: no format change; and
 * the same order, so that every B-tree written before is searched as it was sorted.
 */
class AsciiFastObjectTypeTest {

    private static final List<Object> VALUES = List.of("", "a", "cl_0123456789abcdef", "x".repeat(15), "y".repeat(16),
            "z".repeat(300), "csp_1\u0000i8000018c\u0000ccl_2\u0000", "\u0001\u007f", "café", "\u00ff", "\u0080",
            "да сказал", "😀 ok", "\uffff", "\ud83d", "?\udc00?", "url|https://a.example/x?id=1", "A", "a\u0000",
            "cl_0123456789abcdee", "doc_0f", "doc_f0", 42L, 7, -7, 2.5, Boolean.TRUE, new java.util.UUID(1, 2));

    @Test
    void writesTheBytesH2Writes() {
        for (Object value : VALUES) {
            assertArrayEquals(bytes(new ObjectDataType(), value), bytes(new AsciiFastObjectType(), value),
                    String.valueOf(value));
            ByteBuffer written = ByteBuffer.wrap(bytes(new AsciiFastObjectType(), value));
            assertEquals(value, new ObjectDataType().read(written));
        }
    }

    @Test
    void ordersEveryPairAsH2Does() {
        ObjectDataType h2 = new ObjectDataType();
        AsciiFastObjectType fast = new AsciiFastObjectType();
        for (Object a : VALUES) {
            for (Object b : VALUES) {
                assertEquals(Integer.signum(h2.compare(a, b)), Integer.signum(fast.compare(a, b)), a + " against " + b);
            }
        }
    }

    private static byte[] bytes(ObjectDataType type, Object value) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, new Object[] { value }, 1);
        ByteBuffer out = buffer.getBuffer();
        out.flip();
        return Arrays.copyOfRange(out.array(), out.arrayOffset(), out.arrayOffset() + out.limit());
    }
}
