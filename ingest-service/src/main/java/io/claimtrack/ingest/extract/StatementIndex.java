package io.claimtrack.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The statements found so far, by where their content starts: one small list per stretch of
 * {@link Windows#INDEX_BUCKET_CHARS} characters, each kept in start order (ties in the order added). A range is
 * read by array index; a tree map's range views cost two tree searches and a view object per overlap check, and
 * every candidate statement makes one.
 */
final class StatementIndex {

    private final List<Attribution>[] buckets;

    @SuppressWarnings("unchecked")
    StatementIndex(int textLength) {
        this.buckets = new List[textLength / Windows.INDEX_BUCKET_CHARS + 1];
    }

    void add(Attribution a) {
        int b = bucket(a.contentStart);
        List<Attribution> list = buckets[b];
        if (list == null) {
            list = new ArrayList<>(4);
            buckets[b] = list;
        }
        int i = list.size();
        while (i > 0 && list.get(i - 1).contentStart > a.contentStart) {
            i--;
        }
        list.add(i, a);
    }

    /** Every statement whose content starts in {@code [from, to)}, in start order, until {@code stop} says so. */
    boolean anyStarting(int from, int to, Predicate<Attribution> stop) {
        if (from >= to) {
            return false;
        }
        int last = bucket(to - 1);
        for (int b = bucket(from); b <= last; b++) {
            List<Attribution> list = buckets[b];
            if (list == null) {
                continue;
            }
            for (int i = 0; i < list.size(); i++) {
                Attribution a = list.get(i);
                if (a.contentStart >= from && a.contentStart < to && stop.test(a)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Each statement whose content starts in {@code [from, to)}, in start order. */
    void forEachStarting(int from, int to, Consumer<Attribution> action) {
        anyStarting(from, to, a -> {
            action.accept(a);
            return false;
        });
    }

    /** Drops the statements starting in {@code [from, to)} that {@code gone} accepts. */
    void removeStarting(int from, int to, Predicate<Attribution> gone) {
        if (from >= to) {
            return;
        }
        int last = bucket(to - 1);
        for (int b = bucket(from); b <= last; b++) {
            if (buckets[b] != null) {
                buckets[b].removeIf(a -> a.contentStart >= from && a.contentStart < to && gone.test(a));
            }
        }
    }

    private int bucket(int offset) {
        return Math.max(0, Math.min(buckets.length - 1, offset / Windows.INDEX_BUCKET_CHARS));
    }
}
