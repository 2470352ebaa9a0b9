package io.claimtrack.claims.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;

/**
 * An index's key values for a document, the set mongo-java-server's {@code Index.getKeyValues} gives, without its
 * work per call: for each of a collection's indexes at every insert and update it split every key's path with a
 * regular expression and gathered the values through a map and streams (8 % of claims-service's samples at 4
 * callers, claims README "Session 28"). Every key this service declares is a top-level field, whose value is the
 * field's, normalised as the library normalises it (absent is null; a number is a double unless a long that a double
 * cannot hold). An array (one key value per element) or an object in a keyed field, and a key that is a path, are
 * left to the library.
 */
final class IndexKeyValues {

    private static final Object LIBRARY = new Object();

    /** The keys' fields, or null when a key is a path. */
    private final String[] fields;

    IndexKeyValues(List<String> keys) {
        boolean topLevel = keys.stream().noneMatch(key -> key.indexOf('.') >= 0 || key.equals("$"));
        this.fields = topLevel ? keys.toArray(String[]::new) : null;
    }

    Set<KeyValue> of(Document document, Function<Document, Set<KeyValue>> library) {
        if (fields == null) {
            return library.apply(document);
        }
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            Object value = normalised(document.getOrMissing(fields[i]));
            if (value == LIBRARY) {
                return library.apply(document);
            }
            values[i] = value;
        }
        return Set.of(new KeyValue(values));
    }

    private static Object normalised(Object value) {
        if (value == null || value instanceof Missing) {
            return null;
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return LIBRARY;
        }
        if (value instanceof Long number && number != (long) number.doubleValue()) {
            return number;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            // -0.0 is 0.0, as in the library
            return d == 0 ? 0.0 : d;
        }
        return value;
    }
}
