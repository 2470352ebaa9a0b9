package io.claimtrack.claims.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;

/**
 * Claims listed through their appearances ({@code source}, {@code from}, {@code to}, {@code document}
 * with {@code sort=date}): newest matching appearance first, each claim once, at its newest matching
 * appearance. Appearances are read newest first from an index that gives that order
 * ({@code {sourceKey, seenAt, _id}}, {@code {seenAt, _id}}; a document's few from {@code {documentId}}),
 * a chunk at a time, and reading stops once the page is full: a page costs about a page of
 * appearances, whatever the outlet's size or the window's length. Ordering by the claim's own
 * {@code lastSeen} would need every claim that appeared in the window before the first could be listed.
 */
public final class AppearanceListing {

    private static final int FIRST_CHUNK = 32;
    private static final int MAX_CHUNK = 1024;
    private static final Comparator<Appearance> NEWEST_FIRST = Comparator.comparing((Appearance a) -> a.seenAt)
            .thenComparing(a -> a.id);

    /** A claim and the appearance it is listed at, which is the page's cursor position. */
    record Listed(Claim claim, Appearance at) {
        Cursor position() {
            return new Cursor(at.seenAt.toString(), at.id);
        }
    }

    private AppearanceListing() {
    }

    /**
     * Up to {@code wanted} claims after the cursor. {@code claims} gives the query of the listable claims
     * among some ids (the listing's other filters: speaker, type, words).
     */
    static List<Listed> read(ClaimQueries.Filter filter, Function<Set<String>, Bson> claims, int wanted,
            Cursor after) {
        Bson matching = ClaimQueries.appearanceFilter(filter);
        List<Listed> listed = new ArrayList<>();
        Set<String> decided = new HashSet<>();
        Appearance last = after == null ? null : position(after);
        int chunk = Math.max(FIRST_CHUNK, wanted);
        while (listed.size() < wanted) {
            List<Appearance> batch = Appearance.<Appearance>mongoCollection()
                    .find(walk(filter, last == null ? null : last.seenAt, last == null ? null : last.id))
                    .projection(Projections.include("claimId", "seenAt"))
                    .sort(Sorts.descending("seenAt", "_id")).limit(chunk).into(new ArrayList<>());
            Set<String> undecided = new LinkedHashSet<>();
            batch.stream().map(a -> a.claimId).filter(id -> !decided.contains(id)).forEach(undecided::add);
            if (!undecided.isEmpty()) {
                Map<String, Appearance> newest = newest(matching, undecided);
                Map<String, Claim> listable = new HashMap<>();
                Claim.<Claim>mongoCollection().find(claims.apply(undecided)).forEach(c -> listable.put(c.id, c));
                for (Appearance a : batch) {
                    if (listed.size() == wanted || !decided.add(a.claimId)) {
                        continue;
                    }
                    // a claim is listed at its newest matching appearance: met at an older one, it was on an earlier page
                    Appearance top = newest.get(a.claimId);
                    if (listable.containsKey(a.claimId) && top != null && top.id.equals(a.id)) {
                        listed.add(new Listed(listable.get(a.claimId), a));
                    }
                }
            }
            if (batch.size() < chunk) {
                break;
            }
            last = batch.get(batch.size() - 1);
            chunk = Math.min(MAX_CHUNK, chunk * 2);
        }
        return listed;
    }

    /**
     * The query of the appearances a listing reads, sorted by {@code seenAt} and {@code _id} descending: those
     * matching the filter after the position ({@code seenAt}, appearance id; nulls for the first page). The
     * window's dates and the position come first, as one range, so an index range starts at the position.
     * Public for the load tool and the plan tests.
     */
    public static Bson walk(ClaimQueries.Filter filter, Instant seenAt, String id) {
        List<Bson> conditions = new ArrayList<>();
        Bson dates = Keyset.dateRange("seenAt", Dates.parse("from", filter.from()),
                Dates.parseUpperBound("to", filter.to()), seenAt);
        if (dates != null) {
            conditions.add(dates);
        }
        if (seenAt != null) {
            conditions.add(Keyset.after("seenAt", seenAt, "_id", id));
        }
        conditions.add(ClaimQueries.appearanceFilter(filter));
        return Filters.and(conditions);
    }

    /** Each claim's newest appearance matching the filter (a claim has few: read by {@code {claimId, seenAt, _id}}). */
    private static Map<String, Appearance> newest(Bson matching, Set<String> claimIds) {
        Map<String, Appearance> newest = new HashMap<>();
        Appearance.<Appearance>mongoCollection().find(Filters.and(Filters.in("claimId", claimIds), matching))
                .projection(Projections.include("claimId", "seenAt"))
                .forEach(a -> newest.merge(a.claimId, a, (x, y) -> NEWEST_FIRST.compare(x, y) >= 0 ? x : y));
        return newest;
    }

    private static Appearance position(Cursor cursor) {
        Appearance at = new Appearance();
        at.seenAt = Keyset.instant(cursor);
        at.id = cursor.id();
        return at;
    }
}
