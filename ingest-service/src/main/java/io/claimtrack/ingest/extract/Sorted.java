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
}
