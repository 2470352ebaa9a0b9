package io.claimtrack.claims.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;

import io.claimtrack.claims.model.Page;

/** Keyset paging over (sort field descending, tie-breaker descending). */
final class Keyset {

    private Keyset() {
    }

    /**
     * Items strictly after the cursor position in descending order. Pair it with an upper bound of
     * {@code value} on the field (as {@link #dateRange} gives): an index can start reading at a bound, not at an $or,
     * so without one every page reads all the pages before it.
     */
    static Bson after(String field, Object value, String tieField, Object tie) {
        return Filters.or(Filters.lt(field, value), Filters.and(Filters.eq(field, value), Filters.lt(tieField, tie)));
    }

    /**
     * A date window, newest first, as one condition ({@code {field: {$gte: from, $lt: before}}}) whose
     * upper end is the cursor's value (inclusive) when it lies inside the window: an index range then
     * starts at the cursor. One condition, because the embedded store plans on the first it finds for a
     * field. Null when nothing bounds the field.
     */
    static Bson dateRange(String field, Instant from, Instant before, Instant cursor) {
        Document operators = new Document();
        if (from != null) {
            operators.append("$gte", from);
        }
        if (cursor != null && (before == null || cursor.isBefore(before))) {
            operators.append("$lte", cursor);
        } else if (before != null) {
            operators.append("$lt", before);
        }
        return operators.isEmpty() ? null : new Document(field, operators);
    }

    /** Items strictly after the cursor position in ascending order. */
    static Bson afterAscending(String field, Object value, String id) {
        return Filters.or(Filters.gt(field, value), Filters.and(Filters.eq(field, value), Filters.gt("_id", id)));
    }

    static Instant instant(Cursor cursor) {
        try {
            return Instant.parse(cursor.value());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("Malformed cursor: pass the 'next' value of a previous page");
        }
    }

    static int integer(Cursor cursor) {
        try {
            return Integer.parseInt(cursor.value());
        } catch (NumberFormatException e) {
            throw new BadRequestException("Malformed cursor: pass the 'next' value of a previous page");
        }
    }

    /** Builds a page from {@code limit + 1} fetched items; the extra one only says there is more. */
    static <E, V> Page<V> page(List<E> fetched, int limit, Function<E, V> view, Function<E, Cursor> position) {
        return pageOf(fetched, limit, items -> items.stream().map(view).toList(), position);
    }

    /** The same, with the page's items viewed together (sharing what they look up). */
    static <E, V> Page<V> pageOf(List<E> fetched, int limit, Function<List<E>, List<V>> views,
            Function<E, Cursor> position) {
        boolean more = fetched.size() > limit;
        List<E> items = more ? fetched.subList(0, limit) : fetched;
        String next = more ? position.apply(items.get(items.size() - 1)).encode() : null;
        return new Page<>(views.apply(items), next);
    }
}
