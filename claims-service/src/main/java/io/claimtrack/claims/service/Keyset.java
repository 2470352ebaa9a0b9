package io.claimtrack.claims.service;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.BadRequestException;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;

import io.claimtrack.claims.model.Page;

/** Keyset paging over (sort field descending, _id descending). */
final class Keyset {

    private Keyset() {
    }

    /** Items strictly after the cursor position in descending order. */
    static Bson after(String field, Object value, String id) {
        return Filters.or(Filters.lt(field, value), Filters.and(Filters.eq(field, value), Filters.lt("_id", id)));
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
        boolean more = fetched.size() > limit;
        List<E> items = more ? fetched.subList(0, limit) : fetched;
        String next = more ? position.apply(items.get(items.size() - 1)).encode() : null;
        return new Page<>(items.stream().map(view).toList(), next);
    }
}
