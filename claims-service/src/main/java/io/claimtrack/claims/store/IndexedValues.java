package io.claimtrack.claims.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import de.bwaldvogel.mongo.bson.Document;

/**
 * Whether an update left an index's fields as they were, told from the fields themselves: mongo-java-server works
 * out both documents' index keys for every index at every update (a set of normalised values per document, per array
 * element for an array), 4-5 % of a single post's CPU, though most updates (counts, roles, states) leave most
 * indexes' fields alone. Only a yes is certain: top-level fields, both present or both absent, with equal values of
 * the kinds whose equality is MongoDB's (strings, numbers of one type, booleans, dates, and lists of those); anything
 * else (a dotted path, a subdocument, whose field order matters to MongoDB and not to {@code equals}) says no, and the
 * keys are compared as before.
 */
final class IndexedValues {

    private IndexedValues() {
    }

    static boolean unchanged(List<String> fields, Document before, Document after) {
        for (String field : fields) {
            if (field.indexOf('.') >= 0 || before.containsKey(field) != after.containsKey(field)
                    || !same(before.get(field), after.get(field))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a instanceof Map<?, ?> || b instanceof Map<?, ?>) {
            return false;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
