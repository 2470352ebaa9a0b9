package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.mapping.Views;
import io.claimtrack.claims.model.ClaimView;
import io.claimtrack.claims.model.Page;

/** Reads claims. Every filter and sort here has an index declared in {@code IndexSetup}. */
@ApplicationScoped
public class ClaimQueries {

    public enum Sort {
        date("lastSeen"), appearances("appearanceCount");

        final String field;

        Sort(String field) {
            this.field = field;
        }

        public Bson sort() {
            return Sorts.descending(field, "_id");
        }
    }

    public record Filter(String speaker, String source, String from, String to, String type, String q) {
    }

    @Inject
    SpeakerService speakers;

    public Page<ClaimView> list(Filter filter, String sort, int limit, String cursor) {
        Sort order = parseSort(sort);
        List<String> speakerIds = null;
        if (present(filter.speaker())) {
            speakerIds = speakers.idsMatching(filter.speaker().trim());
            if (speakerIds.isEmpty()) {
                return new Page<>(List.of(), null);
            }
        }
        List<Claim> found = Claim.<Claim>mongoCollection()
                .find(query(speakerIds, filter, order, Cursor.decode(cursor)))
                .sort(order.sort()).limit(limit + 1).into(new ArrayList<>());
        return Keyset.page(found, limit, Views::claim, c -> new Cursor(
                order == Sort.date ? c.lastSeen.toString() : Integer.toString(c.appearanceCount), c.id));
    }

    /**
     * The MongoDB query of a claims listing, with speaker names already resolved to ids (null: any
     * speaker). Public so the load tool measures exactly the queries the API runs.
     */
    public static Bson query(List<String> speakerIds, Filter filter, Sort order, Cursor after) {
        List<Bson> filters = new ArrayList<>();
        if (speakerIds != null) {
            filters.add(Filters.in("speakerId", speakerIds));
        }
        appearanceFilter(filter).ifPresent(filters::add);
        if (present(filter.type())) {
            filters.add(eq("type", filter.type()));
        }
        if (present(filter.q())) {
            List<String> words = Text.tokens(filter.q());
            if (words.isEmpty()) {
                throw new BadRequestException("q must contain at least one word of two or more letters or digits");
            }
            filters.add(Filters.all("tokens", words));
        }
        if (after != null) {
            Object value = order == Sort.date ? Keyset.instant(after) : Keyset.integer(after);
            filters.add(Keyset.after(order.field, value, after.id()));
        }
        return filters.isEmpty() ? new Document() : Filters.and(filters);
    }

    public ClaimView get(String id) {
        Claim claim = Claim.findById(id);
        if (claim == null) {
            throw new NotFoundException("No claim with id '" + id + "'");
        }
        return Views.claim(claim);
    }

    private static Optional<Bson> appearanceFilter(Filter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (present(filter.source())) {
            conditions.add(eq("source", filter.source()));
        }
        Instant from = Dates.parse("from", filter.from());
        Instant to = Dates.parseUpperBound("to", filter.to());
        if (from != null) {
            conditions.add(Filters.gte("seenAt", from));
        }
        if (to != null) {
            conditions.add(Filters.lt("seenAt", to));
        }
        // one appearance must satisfy source and dates together
        return conditions.isEmpty() ? Optional.empty()
                : Optional.of(Filters.elemMatch("appearances", Filters.and(conditions)));
    }

    private static Sort parseSort(String sort) {
        if (!present(sort)) {
            return Sort.date;
        }
        try {
            return Sort.valueOf(sort.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("sort must be 'date' or 'appearances', got '" + sort + "'");
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
