package io.claimtrack.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Each statement's place in the document's list, found when first asked: a rule that looks at the statements just
 * before or after one ("the counterpart" after "Lund said") finds it without a scan.
 */
final class StatementPlaces {

    private final AnnotatedDocument doc;
    private Map<Attribution, Integer> index;

    StatementPlaces(AnnotatedDocument doc) {
        this.doc = doc;
    }

    /** The place of {@code a} in the document's statements; -1 if they do not hold it. */
    int of(Attribution a) {
        if (index == null) {
            index = new IdentityHashMap<>();
            for (int i = 0; i < doc.attributions.size(); i++) {
                index.put(doc.attributions.get(i), i);
            }
        }
        return index.getOrDefault(a, -1);
    }
}
