package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** Every current document that corrections touch, by id, as corrected (the evaluation export). */
    public Page<CorrectedDocument> documents(int limit, String cursor) {
        Cursor after = Cursor.decode(cursor);
        List<Bson> filters = new ArrayList<>(List.of(eq("state", Correction.COMPLETE)));
        List<String> ids = Correction.mongoCollection().distinct("documentIds", Filters.and(filters), String.class)
                .into(new ArrayList<>());
        List<StoredDocument> docs = new ArrayList<>();
        ids.stream().sorted().filter(id -> after == null || id.compareTo(after.id()) > 0).forEach(id -> {
            StoredDocument doc = docs.size() > limit ? null : StoredDocument.findById(id);
            if (doc != null && StoredDocument.COMPLETE.equals(doc.state) && doc.supersededBy == null) {
                docs.add(doc);
            }
        });
        return Keyset.page(docs, limit, this::corrected, d -> new Cursor("", d.id));
    }

    private CorrectedDocument corrected(StoredDocument doc) {
        List<Correction> all = StatementCorrections.ofDocument(doc.id);
        Map<String, String> names = new HashMap<>();
        List<CorrectedDocument.GoldStatement> statements = new ArrayList<>();
        for (StoredStatement original : doc.statements) {
            StatementCorrections.Corrected corrected = StatementCorrections.fold(doc, original, all);
            if (corrected.hidden()) {
                continue;
            }
            StoredStatement s = corrected.statement();
            String speaker = names.computeIfAbsent(s.speakerId, id -> {
                Speaker found = Speaker.findById(id);
                return found == null ? s.speakerName : speakers.canonical(found).name;
            });
            statements.add(new CorrectedDocument.GoldStatement(speaker, blankIfNull(s.mention), blankIfNull(s.role),
                    s.said(), spans(s), blankIfNull(s.cue), s.type,
                    Boolean.TRUE.equals(s.nested) ? Boolean.TRUE : null));
        }
        return new CorrectedDocument(doc.id, doc.source, doc.url, doc.published, doc.text, statements);
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
