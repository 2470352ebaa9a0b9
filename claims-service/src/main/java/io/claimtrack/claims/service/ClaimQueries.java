package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.mapping.Views;
import io.claimtrack.claims.model.ClaimFeed;
import io.claimtrack.claims.model.ClaimView;
import io.claimtrack.claims.model.CorrectionView;
import io.claimtrack.claims.model.FeedHead;
import io.claimtrack.claims.model.Page;

/** Reads claims. Every filter and sort here has an index declared in {@code IndexSetup}. */
@ApplicationScoped
public class ClaimQueries {

    /** Appearances shown with a claim; {@code appearanceCount} has them all. */
    static final int APPEARANCES_SHOWN = 100;
    /**
     * Claims whose appearances one round trip reads: a feed's 500 claims in 20 rounds, each reply at most 2,500
     * appearances however often they were repeated.
     */
    private static final int ROUND_CLAIMS = 25;

    private static final String TIE = "seq";

    public enum Sort {
        date("lastSeen"), appearances("appearanceCount"),
        /**
         * Newest created first, by {@code seq}, which never changes: the one order in which a client paging while
         * documents land meets every claim listed when it began exactly once. A claim seen again moves in the other
         * two (its {@code lastSeen}, its count), so one met on no page yet may move before the cursor.
         */
        created(TIE);

        final String field;

        Sort(String field) {
            this.field = field;
        }

        /**
         * Ties (a day's claims share {@code lastSeen}, most share a count of 1) newest created first: by {@code seq},
         * which grows with time, so the claims a commit creates are adjacent in every index of a listing, where the
         * hashed {@code _id} put each on a page of its own (session 13).
         */
        public Bson sort() {
            return this == created ? Sorts.descending(TIE) : Sorts.descending(field, TIE);
        }
    }

    public record Filter(String speaker, String source, String from, String to, String type, String q,
            String document) {
    }

    @Inject
    SpeakerService speakers;

    @Inject
    ClaimService claimService;

    public Page<ClaimView> list(Filter filter, String sort, int limit, String cursor) {
        Sort order = parseSort(sort);
        List<String> speakerIds = null;
        if (present(filter.speaker())) {
            speakerIds = speakers.idsMatching(filter.speaker().trim());
            if (speakerIds.isEmpty()) {
                return new Page<>(List.of(), null);
            }
        }
        Bson appearances = appearanceFilter(filter);
        if (appearances != null && order == Sort.date) {
            List<String> ids = speakerIds;
            List<AppearanceListing.Listed> found = AppearanceListing.read(filter,
                    claimIds -> query(ids, claimIds, filter, order, null), limit + 1, Cursor.decode(cursor));
            return Keyset.pageOf(found, limit, items -> views(items.stream().map(AppearanceListing.Listed::claim).toList()),
                    AppearanceListing.Listed::position);
        }
        // most repeated first among the claims that appeared there: every such claim is read
        Set<String> appearing = appearances == null ? null
                : Appearance.mongoCollection().distinct("claimId", appearances, String.class).into(new HashSet<>());
        List<Claim> found = Claim.<Claim>mongoCollection()
                .find(query(speakerIds, appearing, filter, order, Cursor.decode(cursor)))
                .sort(order.sort()).limit(limit + 1).into(new ArrayList<>());
        return Keyset.pageOf(found, limit, this::views, claim -> position(claim, order));
    }

    /** New claims after a sequence number, oldest first: what every gateway pod streams from. */
    public ClaimFeed feed(long after, int limit) {
        // claims and corrections share the sequence; up to the horizon both are stored, so neither read misses one
        long horizon = claimService.horizon();
        List<Claim> found = Claim.<Claim>mongoCollection().find(Filters.and(Filters.gt("seq", after),
                Filters.lte("seq", horizon), visible()))
                .sort(Sorts.ascending("seq")).limit(limit).into(new ArrayList<>());
        List<CorrectionView> corrections = new ArrayList<>(CorrectionQueries.feed(after, horizon, limit));
        long last = after;
        int claimsTaken = 0;
        int taken = 0;
        while (taken < limit && (claimsTaken < found.size() || taken - claimsTaken < corrections.size())) {
            int correctionsTaken = taken - claimsTaken;
            boolean claimNext = correctionsTaken >= corrections.size() || claimsTaken < found.size()
                    && found.get(claimsTaken).seq < corrections.get(correctionsTaken).seq();
            last = claimNext ? found.get(claimsTaken++).seq : corrections.get(correctionsTaken).seq();
            taken++;
        }
        if (taken < limit) {
            // nothing more up to the horizon: hidden claims between are passed over for good
            last = Math.max(last, horizon);
        }
        return new ClaimFeed(views(found.subList(0, claimsTaken)), corrections.subList(0, taken - claimsTaken), last);
    }

    /**
     * The highest seq {@link #feed} shows now: of a visible claim or a correction, up to the horizon. Each read walks
     * its {@code seq} index down from the horizon and stops at the first it keeps.
     */
    public FeedHead head() {
        long horizon = claimService.horizon();
        Claim claim = Claim.<Claim>mongoCollection().find(Filters.and(Filters.lte("seq", horizon), visible()))
                .sort(Sorts.descending("seq")).limit(1).first();
        return new FeedHead(Math.max(claim == null ? 0 : claim.seq, CorrectionQueries.lastSeq(horizon)));
    }

    /** A claim corrections withdrew (hidden, or reassigned away) is neither read nor fed. */
    private static Bson visible() {
        return Filters.or(Filters.ne("withdrawn", true), Filters.gt("appearanceCount", 0));
    }

    /**
     * The MongoDB query of a claims listing, with speaker names already resolved to ids (null: any
     * speaker) and the appearance filter to the ids of the claims it matched (null: none given). Public
     * so the load tool measures exactly the queries the API runs.
     */
    public static Bson query(List<String> speakerIds, Set<String> appearing, Filter filter, Sort order,
            Cursor after) {
        List<Bson> filters = new ArrayList<>();
        Object position = after == null || order == Sort.created ? null
                : order == Sort.date ? Keyset.instant(after) : (Object) Keyset.integer(after);
        // a claim whose every appearance a revision replaced is kept, but listed nowhere
        Document listed = new Document("$gt", 0);
        if (order == Sort.appearances && position != null) {
            listed.append("$lte", position);
        }
        filters.add(new Document("appearanceCount", listed));
        if (order == Sort.date && position != null) {
            filters.add(Keyset.dateRange(order.field, null, null, (Instant) position));
        }
        if (speakerIds != null) {
            filters.add(Filters.in("speakerId", speakerIds));
        }
        if (appearing != null) {
            filters.add(Filters.in("_id", appearing));
        }
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
        if (after != null && order == Sort.created) {
            filters.add(Filters.lt(TIE, tie(after)));
        } else if (after != null) {
            // with the bound above, an index starts reading at the cursor instead of skipping the pages before it
            filters.add(Keyset.after(order.field, position, TIE, tie(after)));
        }
        return Filters.and(filters);
    }

    public ClaimView get(String id) {
        return get(List.of(id)).get(0);
    }

    /** {@link #get} of each id, in their order, read together: the claims in one find, their views as a page's. */
    public List<ClaimView> get(List<String> ids) {
        Map<String, Claim> found = new HashMap<>();
        Claim.<Claim>mongoCollection().find(Filters.in("_id", ids)).forEach(claim -> found.put(claim.id, claim));
        List<Claim> claims = new ArrayList<>(ids.size());
        for (String id : ids) {
            Claim claim = found.get(id);
            if (claim == null || Boolean.TRUE.equals(claim.withdrawn) && claim.appearanceCount == 0) {
                throw new NotFoundException("No claim with id '" + id + "'");
            }
            claims.add(claim);
        }
        return views(claims);
    }

    /**
     * Views with each claim's speaker after merges and its first appearances: the claims' speakers in one find, sent
     * with each claim's appearances in one round trip ({@link StoreRound}), a round per {@link #ROUND_CLAIMS} claims.
     */
    private List<ClaimView> views(List<Claim> claims) {
        if (claims.isEmpty()) {
            return List.of();
        }
        Set<String> speakerIds = new HashSet<>();
        claims.forEach(claim -> speakerIds.add(claim.speakerId));
        StoreRound round = new StoreRound(Claim.mongoDatabase());
        StoreRound.Reply<List<Speaker>> found = round.find(Speaker.<Speaker>mongoCollection(),
                Filters.in("_id", speakerIds), speakerIds.size());
        List<StoreRound.Reply<List<Appearance>>> shown = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            if (!shown.isEmpty() && shown.size() % ROUND_CLAIMS == 0) {
                round.send();
            }
            shown.add(AppearanceService.first(claim.id, APPEARANCES_SHOWN, round));
        }
        round.send();
        Map<String, Speaker> bySpeaker = new HashMap<>(speakers.canonical(found.get()));
        List<ClaimView> views = new ArrayList<>(claims.size());
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            Speaker speaker = bySpeaker.computeIfAbsent(claim.speakerId, id -> fallback(claim));
            views.add(Views.claim(claim, speaker, shown.get(i).get()));
        }
        return views;
    }

    private static Speaker fallback(Claim claim) {
        Speaker s = new Speaker();
        s.id = claim.speakerId;
        s.name = claim.speakerName;
        s.kind = claim.speakerKind;
        return s;
    }

    private static Cursor position(Claim c, Sort order) {
        String value = switch (order) {
            case date -> String.valueOf(c.lastSeen);
            case appearances -> Integer.toString(c.appearanceCount);
            case created -> String.valueOf(c.seq);
        };
        return new Cursor(value, String.valueOf(c.seq));
    }

    /**
     * The cursor's tie-breaker: the last claim's {@code seq}, or its id in a cursor handed out before ties were
     * ordered by {@code seq}, whose claim is then read for it, so a listing paged across an upgrade goes on.
     */
    private static long tie(Cursor after) {
        try {
            return Long.parseLong(after.id());
        } catch (NumberFormatException e) {
            Claim last = Claim.findById(after.id());
            if (last == null || last.seq == null) {
                throw new BadRequestException("Malformed cursor: pass the 'next' value of a previous page");
            }
            return last.seq;
        }
    }

    /** The appearances a filter asks for: one appearance must satisfy outlet, dates and document together. */
    public static Bson appearanceFilter(Filter filter) {
        List<Bson> conditions = new ArrayList<>();
        if (present(filter.source())) {
            conditions.add(eq("sourceKey", SourceService.key(filter.source())));
        }
        if (present(filter.document())) {
            conditions.add(eq("documentId", filter.document().trim()));
        }
        Instant from = Dates.parse("from", filter.from());
        Instant to = Dates.parseUpperBound("to", filter.to());
        if (from != null) {
            conditions.add(Filters.gte("seenAt", from));
        }
        if (to != null) {
            conditions.add(Filters.lt("seenAt", to));
        }
        return conditions.isEmpty() ? null : Filters.and(conditions);
    }

    private static Sort parseSort(String sort) {
        if (!present(sort)) {
            return Sort.date;
        }
        try {
            return Sort.valueOf(sort.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("sort must be 'date', 'appearances' or 'created', got '" + sort + "'");
        }
    }

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
