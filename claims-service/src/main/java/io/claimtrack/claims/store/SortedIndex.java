package io.claimtrack.claims.store;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index of the embedded store, which mongo-java-server otherwise ignores: one entry per
 * document (per array element for an array field) in an MVMap of the same file, so it is committed with
 * the data it indexes. The key is a string whose order is MongoDB's order of the values (see
 * {@link #component}), followed by the document's position, so a range of keys is the documents with
 * equal leading fields, in the order of the fields after them. {@link QueryPlan} reads it; it never
 * answers a query itself ({@link #canHandle} is false), so the unique indexes keep their own paths.
 */
final class SortedIndex extends Index<Object> {

    /** Ends every component: lower than any character of an encoded value. */
    static final char END = '\u0000';
    // MongoDB's order across the types stored here: null < numbers < strings < booleans < dates
    private static final char NULL = 'a';
    private static final char NUMBER = 'b';
    private static final char STRING = 'c';
    private static final char OTHER = 'd';
    private static final char BOOLEAN = 'h';
    private static final char DATE = 'i';

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    /** The value of an entry whose position is a string, which ends its key. */
    static final String AT_KEY_END = "";

    private final MVMap<String, Object> map;
    private final IndexKeyValues keyValues;

    SortedIndex(MVMap<String, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
        this.keyValues = new IndexKeyValues(keys());
    }

    @Override
    public Set<KeyValue> getKeyValues(Document document) {
        return keyValues.of(document, super::getKeyValues);
    }

    List<String> fields() {
        return keys();
    }

    /**
     * The encoded value followed by {@link #END}, or null for a value whose order this index does not
     * know (objects, arrays, ids of other types): a query on such a value is not planned on the index.
     */
    static String component(Object value) {
        String encoded;
        if (value == null || value instanceof Missing) {
            encoded = String.valueOf(NULL);
        } else if (value instanceof Number number) {
            encoded = NUMBER + sortable(number.doubleValue());
        } else if (value instanceof String string) {
            encoded = STRING + string.replace("\u0001", "\u0001\u0002").replace("\u0000", "\u0001\u0001");
        } else if (value instanceof Boolean bool) {
            encoded = BOOLEAN + (bool ? "1" : "0");
        } else if (value instanceof Instant instant) {
            encoded = DATE + sortable(instant.toEpochMilli());
        } else if (value instanceof Date date) {
            encoded = DATE + sortable(date.getTime());
        } else {
            return null;
        }
        return encoded + END;
    }

    /** The first key after every value of the type of {@code value} at this place: a range's open end. */
    static String afterType(Object value) {
        String encoded = component(value);
        return encoded == null ? null : String.valueOf((char) (encoded.charAt(0) + 1));
    }

    private static String sortable(double value) {
        long bits = Double.doubleToLongBits(value == -0.0 ? 0.0 : value);
        return sortable(bits < 0 ? ~bits : bits ^ Long.MIN_VALUE);
    }

    /**
     * 16 lower-case hex digits, what {@code String.format("%016x")} writes, at a fraction of its cost: every date
     * and count of every entry a write adds or looks up goes through here.
     */
    static String sortable(long value) {
        long bits = value ^ Long.MIN_VALUE;
        byte[] digits = new byte[16];
        for (int i = 15; i >= 0; i--) {
            digits[i] = HEX[(int) (bits & 0xf)];
            bits >>>= 4;
        }
        return new String(digits, StandardCharsets.ISO_8859_1);
    }

    /** Keys from {@code from} (inclusive) to {@code to} (exclusive), in order or reversed, as positions. */
    Iterable<Object> positions(String from, String to, boolean reverse) {
        return () -> new Iterator<>() {
            private final String start = reverse ? map.lowerKey(to) : from;
            private final Cursor<String, Object> cursor = start == null ? null : map.cursor(start, null, reverse);
            private Object next = advance();

            private Object advance() {
                if (cursor == null || !cursor.hasNext()) {
                    return null;
                }
                String key = cursor.next();
                boolean inside = reverse ? key.compareTo(from) >= 0 : key.compareTo(to) < 0;
                return inside ? position(key, cursor.getValue()) : null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Object next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Object current = next;
                next = advance();
                return current;
            }
        };
    }

    /**
     * The position of an entry: a string position is the key's last component, and its value is then
     * {@link #AT_KEY_END} (store format 4), where format 3 repeated it (about a quarter of an entry's bytes).
     */
    static Object position(String key, Object value) {
        if (!AT_KEY_END.equals(value)) {
            return value;
        }
        int start = key.lastIndexOf(END, key.length() - 2) + 1;
        StringBuilder position = new StringBuilder(key.length() - start);
        // the component is STRING, the escaped string, END (see component)
        for (int i = start + 1; i < key.length() - 1; i++) {
            char c = key.charAt(i);
            if (c == '\u0001') {
                c = key.charAt(++i) == '\u0001' ? '\u0000' : '\u0001';
            }
            position.append(c);
        }
        return position.toString();
    }

    /** Entries between two keys; for choosing the smaller of two candidate ranges. */
    long count(String from, String to) {
        return rank(to) - rank(from);
    }

    private long rank(String key) {
        long index = map.getKeyIndex(key);
        return index < 0 ? -index - 1 : index;
    }

    long size() {
        return map.sizeAsLong();
    }

    private String entry(KeyValue values, Object position) {
        StringBuilder key = new StringBuilder();
        for (Object value : values) {
            String encoded = component(value);
            key.append(encoded != null ? encoded : OTHER + String.valueOf(value) + END);
        }
        return key.append(component(position)).toString();
    }

    @Override
    public Object getPosition(Document document) {
        // positions come from the _id index; this one only ever adds candidates
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        for (KeyValue values : getKeyValues(document)) {
            map.put(entry(values, position), value(position));
        }
    }

    private static Object value(Object position) {
        return position instanceof String ? AT_KEY_END : Missing.ofNullable(position);
    }

    private Set<String> entries(Document document, Object position) {
        Set<String> entries = new LinkedHashSet<>();
        for (KeyValue values : getKeyValues(document)) {
            entries.add(entry(values, position));
        }
        return entries;
    }

    @Override
    public Object remove(Document document) {
        Object position = document.get("_id");
        for (KeyValue values : getKeyValues(document)) {
            map.remove(entry(values, position));
        }
        // the collection checks every index names the same position (the _id index's)
        return Missing.ofNullable(position);
    }

    @Override
    public boolean canHandle(Document query) {
        return false;
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("read through QueryPlan");
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: nothing to refuse
    }

    /**
     * Only the entries the update changed are removed and added: each write to the map rewrites its page at the next
     * commit, and an entry removed and put back (a multikey index's other words) is a write for nothing.
     */
    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        if (IndexedValues.unchanged(keys(), oldDocument, newDocument)) {
            return;
        }
        Set<String> before = entries(oldDocument, position);
        Set<String> after = entries(newDocument, position);
        for (String entry : before) {
            if (!after.contains(entry)) {
                map.remove(entry);
            }
        }
        for (String entry : after) {
            if (!before.contains(entry)) {
                map.put(entry, value(position));
            }
        }
    }

    @Override
    public void drop() {
        map.clear();
    }
}
