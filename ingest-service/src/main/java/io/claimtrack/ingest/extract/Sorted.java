package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.function.ToIntFunction;

/** Binary search over annotation lists kept in text order. */
final class Sorted {

    private Sorted() {
    }

    /** Index of the first element whose key is at least {@code value}; {@code list.size()} if none. */
    static <T> int firstAtLeast(List<T> list, ToIntFunction<T> key, int value) {
        int lo = 0;
        int hi = list.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (key.applyAsInt(list.get(mid)) < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The keys of a list that only grows, copied into an array as it grows, so a search reads one array of ints
     * instead of one record per step; the document's hundreds of thousands of searches were mostly cache misses.
     */
    static final class Index<T> {

        private final List<T> list;
        private final ToIntFunction<T> key;
        private int[] keys = new int[0];
        private int size;

        Index(List<T> list, ToIntFunction<T> key) {
            this.list = list;
            this.key = key;
        }

        /** As {@link Sorted#firstAtLeast} over the list. */
        int firstAtLeast(int value) {
            if (size != list.size()) {
                catchUp();
            }
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (keys[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private void catchUp() {
            int from = size < list.size() ? size : 0;
            if (keys.length < list.size()) {
                keys = java.util.Arrays.copyOf(keys, Math.max(list.size(), 2 * keys.length));
            }
            for (int i = from; i < list.size(); i++) {
                keys[i] = key.applyAsInt(list.get(i));
            }
            size = list.size();
        }
    }
}
