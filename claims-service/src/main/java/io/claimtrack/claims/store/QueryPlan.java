package io.claimtrack.claims.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import de.bwaldvogel.mongo.bson.Document;

/**
 * How the embedded store reads a query instead of scanning the collection: by {@code _id} when the
 * query names ids (also alongside other conditions, which mongo-java-server's own _id lookup refuses),
 * else through the {@link SortedIndex} that reads the fewest entries. An index range is either the
 * documents with the query's values in the index's leading fields (eq, {@code $in}, one word of
 * {@code $all}, then a range of {@code $gt}/{@code $lt} on the next field), or the whole index when
 * its order is the query's sort. When the range comes in the sort order, reading stops at the limit.
 * Every document read is still matched against the whole query, so a plan only chooses what is read,
 * never what is returned; except for a query of ids alone ({@code complete}), which every document read
 * by its id matches.
 */
record QueryPlan(Iterable<Object> positions, boolean ordered, boolean complete) {

    private static final String ID = "_id";

    /** One field's conditions that an index can narrow: equal values, or a range. */
    private record Condition(List<Object> equal, boolean all, Object low, Object high) {
    }

    private record Range(String from, String to) {
    }

    /** A candidate: ranges of one index, and how many entries they hold. */
    private record Candidate(SortedIndex index, List<Range> ranges, long entries, boolean ordered, boolean reverse) {
    }

    /** Null when nothing beats a scan (no usable condition, no index in the sort's order, a $natural sort). */
    static QueryPlan choose(Document query, Document orderBy, List<SortedIndex> indexes, int wanted) {
        if (orderBy != null && orderBy.containsKey("$natural")) {
            return null;
        }
        Map<String, Condition> conditions = new LinkedHashMap<>();
        collect(query, conditions);
        Condition id = conditions.get(ID);
        if (id != null && id.equal() != null && !id.all()
                && id.equal().stream().allMatch(String.class::isInstance)) {
            return new QueryPlan(new TreeSet<>(id.equal()), false, idsAlone(query));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (SortedIndex index : indexes) {
            Candidate candidate = candidate(index, conditions, orderBy);
            if (candidate != null) {
                candidates.add(candidate);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        // the most selective range estimates how many documents match; an ordered walk reads about
        // wanted * entries / matches entries before it has enough
        long matches = Math.max(1, candidates.stream().mapToLong(Candidate::entries).min().getAsLong());
        Candidate best = null;
        double bestCost = Double.MAX_VALUE;
        for (Candidate c : candidates) {
            double cost = c.ordered() && wanted > 0 ? Math.min(c.entries(), (double) wanted * c.entries() / matches)
                    : c.entries();
            if (cost < bestCost || best != null && cost == bestCost && c.ordered() && !best.ordered()) {
                best = c;
                bestCost = cost;
            }
        }
        Candidate chosen = best;
        if (!chosen.ordered() && chosen.entries() >= chosen.index().size()) {
            return null;
        }
        if (chosen.ranges().size() == 1) {
            Range range = chosen.ranges().get(0);
            return new QueryPlan(chosen.index().positions(range.from(), range.to(), chosen.reverse()), chosen.ordered(),
                    false);
        }
        List<Object> positions = new ArrayList<>();
        for (Range range : chosen.ranges()) {
            chosen.index().positions(range.from(), range.to(), false).forEach(positions::add);
        }
        return new QueryPlan(positions, chosen.ordered(), false);
    }

    /**
     * Whether the query is nothing but string ids ({@code _id: "a"}, {@code $eq} or {@code $in}): a document found
     * under one of them in the document map, which is keyed by the id itself ({@link IdIndex}), matches it. Matching
     * it again compared each document with every id of the list (the claim keys' {@code $in} of a document's 110 keys:
     * 4 % of a single post's CPU).
     */
    private static boolean idsAlone(Document query) {
        if (query.size() != 1) {
            return false;
        }
        Object value = query.get(ID);
        if (value instanceof String) {
            return true;
        }
        if (!(value instanceof Document operators) || operators.size() != 1) {
            return false;
        }
        return operators.get("$eq") instanceof String || operators.get("$in") instanceof Collection<?> list
                && !list.isEmpty() && list.stream().allMatch(String.class::isInstance);
    }

    private static Candidate candidate(SortedIndex index, Map<String, Condition> conditions, Document orderBy) {
        List<String> fields = index.fields();
        List<String> prefixes = List.of("");
        int used = 0;
        boolean rangeUsed = false;
        while (used < fields.size() && !rangeUsed) {
            Condition condition = conditions.get(fields.get(used));
            if (condition == null) {
                break;
            }
            if (condition.equal() != null) {
                List<Object> values = condition.all()
                        ? Collections.singletonList(rarest(index, prefixes.get(0), condition.equal()))
                        : condition.equal();
                if (values.size() > 1 && prefixes.size() > 1) {
                    break;
                }
                List<String> extended = new ArrayList<>();
                for (String prefix : prefixes) {
                    for (Object value : values) {
                        extended.add(prefix + SortedIndex.component(value));
                    }
                }
                prefixes = extended;
            } else {
                rangeUsed = true;
            }
            used++;
        }
        List<Range> ranges = new ArrayList<>();
        for (String prefix : prefixes) {
            ranges.add(rangeUsed ? range(prefix, conditions.get(fields.get(used - 1))) : whole(prefix));
        }
        int sortFrom = rangeUsed ? used - 1 : used;
        Boolean reverse = sortDirection(orderBy, fields, sortFrom);
        boolean ordered = reverse != null && prefixes.size() == 1;
        if (used == 0 && (!ordered || orderBy == null || orderBy.isEmpty())) {
            return null;
        }
        long entries = 0;
        for (Range range : ranges) {
            entries += index.count(range.from(), range.to());
        }
        return new Candidate(index, ranges, entries, ordered, Boolean.TRUE.equals(reverse));
    }

    /** The value of an $all whose range is the smallest: every match holds it. */
    private static Object rarest(SortedIndex index, String prefix, List<Object> values) {
        Object rarest = values.get(0);
        long fewest = Long.MAX_VALUE;
        for (Object value : values) {
            Range range = whole(prefix + SortedIndex.component(value));
            long n = index.count(range.from(), range.to());
            if (n < fewest) {
                fewest = n;
                rarest = value;
            }
        }
        return rarest;
    }

    /** Every key starting with the prefix. */
    private static Range whole(String prefix) {
        return new Range(prefix, prefix.isEmpty() ? "\uffff" : upper(prefix));
    }

    /** A prefix ends with {@link SortedIndex#END}; the next character bounds everything that starts with it. */
    private static String upper(String prefix) {
        return prefix.substring(0, prefix.length() - 1) + (char) (SortedIndex.END + 1);
    }

    private static Range range(String prefix, Condition condition) {
        Object typed = condition.low() != null ? condition.low() : condition.high();
        String from = condition.low() != null ? prefix + SortedIndex.component(condition.low())
                : prefix + SortedIndex.component(typed).charAt(0);
        String to = condition.high() != null ? upper(prefix + SortedIndex.component(condition.high()))
                : prefix + SortedIndex.afterType(typed);
        return new Range(from, to);
    }

    /**
     * Whether reading the index from field {@code from} on gives the sort: null when it does not, else
     * whether it must be read backwards. No sort: any order will do.
     */
    private static Boolean sortDirection(Document orderBy, List<String> fields, int from) {
        if (orderBy == null || orderBy.isEmpty()) {
            return Boolean.FALSE;
        }
        Boolean reverse = null;
        int i = from;
        for (Map.Entry<String, Object> sort : orderBy.entrySet()) {
            if (i >= fields.size() || !fields.get(i).equals(sort.getKey()) || !(sort.getValue() instanceof Number n)) {
                return null;
            }
            boolean descending = n.intValue() < 0;
            if (reverse != null && reverse != descending) {
                return null;
            }
            reverse = descending;
            i++;
        }
        return reverse;
    }

    /** The top-level conditions of a query (and of its $and), those an index can narrow. */
    private static void collect(Document query, Map<String, Condition> conditions) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            String field = entry.getKey();
            if (field.equals("$and") && entry.getValue() instanceof Collection<?> parts) {
                parts.stream().filter(Document.class::isInstance).forEach(part -> collect((Document) part, conditions));
            } else if (!field.startsWith("$") && !conditions.containsKey(field)) {
                Condition condition = condition(entry.getValue());
                if (condition != null) {
                    conditions.put(field, condition);
                }
            }
        }
    }

    private static Condition condition(Object value) {
        if (!(value instanceof Document operators)) {
            return SortedIndex.component(value) != null
                    ? new Condition(Collections.singletonList(value), false, null, null) : null;
        }
        Object low = null;
        Object high = null;
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            Object operand = operator.getValue();
            switch (operator.getKey()) {
                case "$eq":
                    return operand instanceof Document ? null : condition(operand);
                case "$in":
                case "$all":
                    if (operand instanceof Collection<?> list && !list.isEmpty()
                            && list.stream().allMatch(v -> !(v instanceof Document) && SortedIndex.component(v) != null)) {
                        return new Condition(new ArrayList<>(list), operator.getKey().equals("$all"), null, null);
                    }
                    return null;
                case "$gt":
                case "$gte":
                    low = operand;
                    break;
                case "$lt":
                case "$lte":
                    high = operand;
                    break;
                default:
                    break;
            }
        }
        if (low == null && high == null || !sameType(low, high)) {
            return null;
        }
        return new Condition(null, false, low, high);
    }

    /** Both bounds (those given) of one type this index orders; MongoDB compares only within a type. */
    private static boolean sameType(Object low, Object high) {
        String a = low == null ? null : SortedIndex.component(low);
        String b = high == null ? null : SortedIndex.component(high);
        if (low != null && a == null || high != null && b == null) {
            return false;
        }
        return a == null || b == null || a.charAt(0) == b.charAt(0);
    }
}
