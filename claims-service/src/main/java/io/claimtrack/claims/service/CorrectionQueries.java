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

import org.bson.conversions.Bson;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.domain.Correction;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.mapping.CorrectionViews;
import io.claimtrack.claims.model.CorrectedDocument;
import io.claimtrack.claims.model.CorrectionView;
import io.claimtrack.claims.model.Page;

/** Reads corrections: the audit list, one record, the stream's share of the feed, and the corrected documents. */
@ApplicationScoped
public class CorrectionQueries {

    @Inject
    SpeakerService speakers;

    /** Oldest first (the order they were made in), complete ones only. */
    public Page<CorrectionView> list(String since, String speaker, String document, int limit, String cursor) {
        List<Bson> filters = new ArrayList<>(List.of(eq("state", Correction.COMPLETE)));
        Instant from = Dates.parse("since", since);
        if (from != null) {
            filters.add(Filters.gte("at", from));
        }
        if (ClaimQueries.present(speaker)) {
            List<String> ids = speakers.idsMatching(speaker.trim());
            if (ids.isEmpty()) {
                return new Page<>(List.of(), null);
            }
            filters.add(Filters.in("speakerIds", ids));
        }
        if (ClaimQueries.present(document)) {
            filters.add(eq("documentIds", document.trim()));
        }
        Cursor after = Cursor.decode(cursor);
        if (after != null) {
            filters.add(Filters.gt("seq", sequence(after)));
        }
        List<Correction> found = Correction.<Correction>mongoCollection().find(Filters.and(filters))
                .sort(Sorts.ascending("seq")).limit(limit + 1).into(new ArrayList<>());
        return Keyset.page(found, limit, CorrectionViews::view, c -> new Cursor(String.valueOf(c.seq), c.id));
    }

    public CorrectionView get(String id) {
        Correction c = Correction.findById(id);
        if (c == null || !Correction.COMPLETE.equals(c.state)) {
            throw new NotFoundException("No correction with id '" + id + "'");
        }
        return CorrectionViews.view(c);
    }

    /**
     * Corrections with seq in (after, horizon], oldest first: the stream's correction events. Pending ones
     * too: the feed may already have passed their seq by the time they are complete, and recovery
     * completes every one.
     */
    public static List<CorrectionView> feed(long after, long horizon, int limit) {
        return Correction.<Correction>mongoCollection().find(Filters.and(Filters.gt("seq", after), Filters.lte("seq", horizon)))
                .sort(Sorts.ascending("seq")).limit(limit).map(CorrectionViews::view).into(new ArrayList<>());
    }

    /** The highest seq of a correction up to {@code horizon} (0: none), as {@link #feed} would give it last. */
    public static long lastSeq(long horizon) {
        Correction last = Correction.<Correction>mongoCollection().find(Filters.lte("seq", horizon))
                .sort(Sorts.descending("seq")).limit(1).first();
        return last == null ? 0 : last.seq;
    }

    /** Every current document that corrections touch, by id, as corrected (the evaluation export). */
    public Page<CorrectedDocument> documents(int limit, String cursor) {
        Cursor after = Cursor.decode(cursor);
        List<String> ids = Correction.mongoCollection().distinct("documentIds", eq("state", Correction.COMPLETE),
                String.class).into(new ArrayList<>());
        List<String> following = ids.stream().sorted().filter(id -> after == null || id.compareTo(after.id()) > 0)
                .toList();
        return Keyset.pageOf(current(following, limit + 1), limit, this::corrected, d -> new Cursor("", d.id));
    }

    /**
     * The first {@code wanted} of the documents that are complete and not superseded, in the order of {@code ids}:
     * read {@code wanted} ids a find, until there are enough.
     */
    private static List<StoredDocument> current(List<String> ids, int wanted) {
        List<StoredDocument> docs = new ArrayList<>();
        for (int from = 0; from < ids.size() && docs.size() < wanted; from += wanted) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + wanted));
            Map<String, StoredDocument> found = new HashMap<>();
            StoredDocument.<StoredDocument>mongoCollection().find(Filters.in("_id", chunk)).forEach(d -> found.put(d.id, d));
            for (String id : chunk) {
                StoredDocument doc = found.get(id);
                if (docs.size() < wanted && doc != null && StoredDocument.COMPLETE.equals(doc.state)
                        && doc.supersededBy == null) {
                    docs.add(doc);
                }
            }
        }
        return docs;
    }

    /**
     * The documents as corrected, their corrections read in one find and the speakers of all their statements in one
     * more (and one a merge hop): each statement's speaker after merges, or, when its speaker is missing, the name
     * the document's first statement of that speaker recorded.
     */
    private List<CorrectedDocument> corrected(List<StoredDocument> docs) {
        Map<String, List<Correction>> corrections = StatementCorrections.ofDocuments(docs.stream().map(d -> d.id).toList());
        List<List<StoredStatement>> shown = new ArrayList<>(docs.size());
        Set<String> speakerIds = new HashSet<>();
        for (StoredDocument doc : docs) {
            List<Correction> all = corrections.getOrDefault(doc.id, List.of());
            List<StoredStatement> statements = new ArrayList<>();
            for (StoredStatement original : doc.statements) {
                StatementCorrections.Corrected corrected = StatementCorrections.fold(doc, original, all);
                if (!corrected.hidden()) {
                    statements.add(corrected.statement());
                    speakerIds.add(corrected.statement().speakerId);
                }
            }
            shown.add(statements);
        }
        speakerIds.remove(null);
        Map<String, Speaker> canonical = speakers.canonical(
                Speaker.<Speaker>mongoCollection().find(Filters.in("_id", speakerIds)).into(new ArrayList<>()));
        List<CorrectedDocument> corrected = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            StoredDocument doc = docs.get(i);
            Map<String, String> names = new HashMap<>();
            List<CorrectedDocument.GoldStatement> statements = new ArrayList<>();
            for (StoredStatement s : shown.get(i)) {
                String speaker = names.computeIfAbsent(s.speakerId,
                        id -> canonical.containsKey(id) ? canonical.get(id).name : s.speakerName);
                statements.add(new CorrectedDocument.GoldStatement(speaker, blankIfNull(s.mention), blankIfNull(s.role),
                        s.said(), spans(s), blankIfNull(s.cue), s.type,
                        Boolean.TRUE.equals(s.nested) ? Boolean.TRUE : null));
            }
            corrected.add(new CorrectedDocument(doc.id, doc.source, doc.url, doc.published, doc.text, statements));
        }
        return corrected;
    }

    /** The gold format's content_spans: what was said, in parts when a speaker and cue interrupt it. */
    private static List<List<Integer>> spans(StoredStatement s) {
        return s.parts == null ? List.of(List.of(s.start, s.end))
                : s.parts.stream().map(p -> List.of(p.start, p.end)).toList();
    }

    private static String blankIfNull(String value) {
        return value == null ? "" : value;
    }

    private static long sequence(Cursor cursor) {
        try {
            return Long.parseLong(cursor.value());
        } catch (NumberFormatException e) {
            throw new BadRequestException("Malformed cursor: pass the 'next' value of a previous page");
        }
    }
}
