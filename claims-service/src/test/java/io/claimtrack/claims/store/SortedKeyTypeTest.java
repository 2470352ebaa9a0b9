package io.claimtrack.claims.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;

/**
 * A sorted index's page of keys reads back as it was written, whatever the keys hold; a page written in format 3
 * (each key by H2's type) is read as it was; and a page of word-index keys takes a fraction of format 3's bytes.
 */
class SortedKeyTypeTest {

    // a lone surrogate (JSON may carry one) has no UTF-8 form: the encoder writes '?' for it, as many bytes as chars
    private static final String[] WORDS = { "the", "grain", "corridor", "café", "да", "prices", "a\u0000b", "x\u0001y",
            "ab\ud83d", "\udc00cd" };

    @Test
    void pagesReadBackAsWritten() {
        Random random = new Random(7);
        for (int page = 0; page < 50; page++) {
            List<String> keys = new ArrayList<>();
            int size = 1 + random.nextInt(60);
            for (int i = 0; i < size; i++) {
                keys.add(randomKey(random));
            }
            keys.add("");
            keys.add(String.valueOf(SortedIndex.END));
            keys.add("ab" + SortedIndex.END + "b" + SortedIndex.END);
            keys.add("b" + SortedIndex.END + "b" + SortedIndex.END);
            keys.add("no end");
            Object[] sorted = keys.stream().distinct().sorted().toArray();
            assertArrayEquals(sorted, readBack(new SortedKeyType(), sorted));
        }
    }

    @Test
    void aPageHoldingAKeyOtherThanAStringIsWrittenAsH2WritesIt() {
        Object[] keys = { "a", 3L, "b" };
        assertArrayEquals(bytes(new ObjectDataType(), keys), bytes(new SortedKeyType(), keys));
        assertArrayEquals(keys, readBack(new SortedKeyType(), keys));
    }

    @Test
    void aFormat3PageIsReadAsItWasWritten() {
        Object[] keys = wordIndexPage(new Random(3), 48);
        ByteBuffer format3 = ByteBuffer.wrap(bytes(new AsciiFastObjectType(), keys));
        Object[] read = new Object[keys.length];
        new SortedKeyType().read(format3, read, read.length);
        assertArrayEquals(keys, read);
        assertEquals(0, format3.remaining());
    }

    @Test
    void aWordIndexPageTakesLessThanAThirdOfItsFormat3Bytes() {
        Object[] keys = wordIndexPage(new Random(5), 48);
        int before = bytes(new AsciiFastObjectType(), keys).length;
        int after = bytes(new SortedKeyType(), keys).length;
        assertTrue(after * 3 < before, after + " bytes against " + before);
    }

    @Test
    void aStringPositionIsReadFromTheEndOfItsKey() {
        for (String id : List.of("cl_0123456789abcdef", "", "a\u0000b", "x\u0001y\u0001\u0001", "näme")) {
            String key = SortedIndex.component("grain") + SortedIndex.component(id) + SortedIndex.component(id);
            assertEquals(id, SortedIndex.position(key, SortedIndex.AT_KEY_END));
            // format 3 kept the position as the value
            assertEquals("as stored", SortedIndex.position(key, "as stored"));
        }
        assertEquals(42L, SortedIndex.position(SortedIndex.component(1) + SortedIndex.component(42L), 42L));
    }

    @Test
    void numbersAndDatesAreWrittenAsSixteenHexDigitsInTheirOrder() {
        Random random = new Random(11);
        List<Long> values = new ArrayList<>(List.of(0L, 1L, -1L, 15L, 16L, Long.MIN_VALUE, Long.MAX_VALUE));
        for (int i = 0; i < 1000; i++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long value : values) {
            assertEquals(String.format("%016x", value ^ Long.MIN_VALUE), SortedIndex.sortable(value));
        }
        values.sort(null);
        for (int i = 1; i < values.size(); i++) {
            assertTrue(SortedIndex.sortable(values.get(i - 1)).compareTo(SortedIndex.sortable(values.get(i))) <= 0);
        }
    }

    @Test
    void aPageWrittenAgainWithKeysAddedAndRemovedHasTheBytesOfThePageWrittenAnew() {
        Random random = new Random(13);
        SortedKeyType remembering = new SortedKeyType(new WrittenEntries(64));
        SortedKeyType anew = new SortedKeyType(null);
        for (int run = 0; run < 40; run++) {
            List<String> keys = new ArrayList<>(List.of(wordIndexPage(random, 1 + random.nextInt(48))).stream()
                    .map(String.class::cast).toList());
            for (int write = 0; write < 30; write++) {
                Object[] page = keys.stream().distinct().sorted().toArray();
                byte[] written = bytes(remembering, page);
                assertArrayEquals(bytes(anew, page), written);
                assertArrayEquals(page, readBack(remembering, page));
                keys = new ArrayList<>(List.of(page).stream().map(String.class::cast).toList());
                change(random, keys);
            }
        }
    }

    @Test
    void aPageIsFoundAgainByItsFirstKeyOrItsLastOne() {
        WrittenEntries written = new WrittenEntries(64);
        Object[] page = wordIndexPage(new Random(17), 20);
        bytes(new SortedKeyType(written), page);
        Object[] keyAddedFirst = new Object[21];
        keyAddedFirst[0] = "a";
        System.arraycopy(page, 0, keyAddedFirst, 1, 20);
        Object[] keyAddedLast = Arrays.copyOf(page, 21);
        keyAddedLast[20] = "z";
        Object[] bothEndsEqualButNotTheSame = Arrays.copyOf(page, 20);
        bothEndsEqualButNotTheSame[0] = new String((String) page[0]);
        bothEndsEqualButNotTheSame[19] = new String((String) page[19]);
        assertArrayEquals(page, written.find(keyAddedFirst, 21).keys());
        assertArrayEquals(page, written.find(keyAddedLast, 21).keys());
        assertNull(written.find(bothEndsEqualButNotTheSame, 20));
    }

    /** Keys added (ASCII or not, first, last, anywhere), removed, or replaced by an equal string or another one. */
    private static void change(Random random, List<String> keys) {
        int changes = 1 + random.nextInt(3);
        for (int c = 0; c < changes; c++) {
            int at = keys.isEmpty() ? 0 : random.nextInt(keys.size());
            switch (random.nextInt(6)) {
                case 0 -> keys.add(randomKey(random));
                case 1 -> keys.add(wordIndexPage(random, 1)[0].toString());
                case 2 -> keys.add(random.nextBoolean() ? "" : "\uffff" + randomKey(random));
                case 3 -> {
                    if (keys.size() > 1) {
                        keys.remove(at);
                    }
                }
                case 4 -> {
                    if (!keys.isEmpty()) {
                        keys.set(at, new String(keys.get(at)));
                    }
                }
                default -> {
                    if (!keys.isEmpty()) {
                        keys.set(at, keys.get(at) + WORDS[random.nextInt(WORDS.length)]);
                    }
                }
            }
        }
    }

    /** Keys of the word index {tokens, lastSeen, _id}: one word, a few days, ids at random. */
    private static Object[] wordIndexPage(Random random, int size) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("cl_%024x", random.nextLong() & Long.MAX_VALUE);
            keys.add(SortedIndex.component("corridor") + SortedIndex.component(1_700_000_000_000L + random.nextInt(3))
                    + SortedIndex.component(id) + SortedIndex.component(id));
        }
        return keys.stream().sorted().toArray();
    }

    private static String randomKey(Random random) {
        StringBuilder key = new StringBuilder();
        int fields = random.nextInt(4);
        for (int f = 0; f < fields; f++) {
            Object value = switch (random.nextInt(4)) {
                case 0 -> WORDS[random.nextInt(WORDS.length)];
                case 1 -> (long) random.nextInt(5);
                case 2 -> random.nextBoolean();
                default -> "sp_" + random.nextInt(30);
            };
            key.append(SortedIndex.component(value));
        }
        String id = random.nextInt(5) == 0 ? WORDS[random.nextInt(WORDS.length)] : "cl_" + random.nextInt(1000);
        if (random.nextBoolean()) {
            key.append(SortedIndex.component(id));
        }
        return key.append(SortedIndex.component(id)).toString();
    }

    private static Object[] readBack(ObjectDataType type, Object[] keys) {
        ByteBuffer written = ByteBuffer.wrap(bytes(type, keys));
        Object[] read = new Object[keys.length];
        type.read(written, read, read.length);
        assertEquals(0, written.remaining());
        return read;
    }

    private static byte[] bytes(ObjectDataType type, Object[] keys) {
        WriteBuffer buffer = new WriteBuffer();
        type.write(buffer, keys, keys.length);
        ByteBuffer out = buffer.getBuffer();
        out.flip();
        return Arrays.copyOfRange(out.array(), out.arrayOffset(), out.arrayOffset() + out.limit());
    }
}
