package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndReplaceOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Correction;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.mapping.Views;
import io.claimtrack.claims.model.DocumentView;
import io.claimtrack.claims.model.StatementView;

/**
 * A statement as corrected: its extraction folded with every correction that holds for it, oldest
 * first. The appearance is derived from that (moved to another speaker's claim, re-spanned, or removed
 * when the statement is hidden) and the counts of every claim it touched are rebuilt, so deriving again
 * (recovery, an undo) always converges on the same record.
 */
@ApplicationScoped
public class StatementCorrections {

    static final String HIDE = "hide";
    static final String REASSIGN = "reassign";
    static final String EDIT_STATEMENT = "edit-statement";
    static final String SPLIT = "split";

    @Inject
    ClaimService claims;

    @Inject
    AppearanceService appearances;

    /** The statement after its corrections; {@code holding} are the corrections that changed it. */
    public record Corrected(StoredStatement statement, boolean hidden, List<Correction> holding, boolean typeEdited) {
    }

    /** A document's statement, found by its span as extracted. */
    public record Located(StoredDocument document, int index) {

        StoredStatement statement() {
            return document.statements.get(index);
        }

        String key() {
            return Appearance.key(document.id, statement().start, statement().end);
        }
    }

    /** The complete document's statement at exactly this span, or null. */
    public static Located locate(String documentId, int start, int end) {
        return located(StoredDocument.findById(documentId), start, end);
    }

    /** {@link #locate} in a document read already (null: none). */
    static Located located(StoredDocument doc, int start, int end) {
        return doc == null || !StoredDocument.COMPLETE.equals(doc.state) ? null : locate(doc, start, end);
    }

    /** The document's statement at exactly this span, or null (the document may still be being written). */
    static Located locate(StoredDocument doc, int start, int end) {
        for (int i = 0; i < doc.statements.size(); i++) {
            StoredStatement s = doc.statements.get(i);
            if (s.start == start && s.end == end) {
                return new Located(doc, i);
            }
        }
        return null;
    }

    /** Every correction with a target in the document, oldest first (undos excluded: they change nothing themselves). */
    static List<Correction> ofDocument(String documentId) {
        return ofDocuments(List.of(documentId)).getOrDefault(documentId, List.of());
    }

    /** {@link #ofDocument} of each document, by its id, in one find; a document without corrections has no entry. */
    static Map<String, List<Correction>> ofDocuments(Collection<String> documentIds) {
        Set<String> wanted = new HashSet<>(documentIds);
        Map<String, List<Correction>> byDocument = new HashMap<>();
        if (wanted.isEmpty()) {
            return byDocument;
        }
        Correction.<Correction>mongoCollection()
                .find(and(in("documentIds", wanted), com.mongodb.client.model.Filters.ne("action", "undo")))
                .sort(Sorts.ascending("seq")).forEach(c -> c.documentIds.stream().filter(wanted::contains).distinct()
                        .forEach(id -> byDocument.computeIfAbsent(id, d -> new ArrayList<>()).add(c)));
        return byDocument;
    }

    /** Folds the corrections of the statement's document that hold for it over its extraction. */
    static Corrected fold(StoredDocument doc, StoredStatement original, List<Correction> corrections) {
        String key = Appearance.key(doc.id, original.start, original.end);
        StoredStatement s = copy(original);
        boolean hidden = false;
        boolean typeEdited = false;
        List<Correction> holding = new ArrayList<>();
        for (Correction c : corrections) {
            for (Correction.Target t : c.targets) {
                if (!key.equals(t.key)) {
                    continue;
                }
                typeEdited |= t.type != null;
                if (!Correction.APPLIED.equals(c.status) || !Correction.APPLIED.equals(t.status)) {
                    continue;
                }
                holding.add(c);
                switch (c.action) {
                    case HIDE -> hidden = true;
                    case REASSIGN, SPLIT -> s.speakerId = t.speakerId;
                    case EDIT_STATEMENT -> {
                        if (t.newStart != null) {
                            s.respan(t.newStart, t.newEnd, doc.text);
                        }
                        if (t.type != null) {
                            s.type = t.type;
                        }
                    }
                    default -> throw new IllegalStateException("not a statement correction: " + c.action);
                }
            }
        }
        return new Corrected(s, hidden, holding, typeEdited);
    }

    /** The statement as it stands now (all corrections of its document read). */
    static Corrected current(Located at) {
        return fold(at.document(), at.statement(), ofDocument(at.document().id));
    }

    /**
     * Writes the statement's appearance as its corrections say ({@code all}: every correction of its document, as
     * {@link #ofDocument} reads them) and rebuilds the counts of the claims it left and joined. Idempotent.
     */
    public void derive(Located at, List<Correction> all) {
        StoredDocument doc = at.document();
        if (doc.supersededBy != null) {
            return; // a later revision replaced its appearances; its corrections were carried over to it
        }
        StoredStatement original = at.statement();
        Corrected corrected = fold(doc, original, all);
        StoredStatement s = corrected.statement();
        if (!Objects.equals(s.speakerId, original.speakerId) || !s.said().equals(original.said())) {
            Speaker speaker = Speaker.findById(s.speakerId);
            s.claimId = claims.resolve(List.of(new ClaimService.Said(speaker, s.role, s.said(), s.type))).get(0);
        }
        boolean primary = DocumentAppearances.primaries(doc.statements)[at.index()] == at.index();
        // of overlapping statements of one speaker the primary stands for all, until a correction sets one apart
        String wanted = corrected.hidden() || !primary && corrected.holding().isEmpty() ? null
                : Appearance.key(doc.id, s.start, s.end);
        Set<String> candidates = new LinkedHashSet<>(List.of(at.key()));
        for (Correction c : all) {
            c.targets.stream().filter(t -> at.key().equals(t.key) && t.newStart != null)
                    .forEach(t -> candidates.add(Appearance.key(doc.id, t.newStart, t.newEnd)));
        }
        Set<String> touched = new LinkedHashSet<>();
        SpeakerTimeline.Changes timeline = new SpeakerTimeline.Changes();
        for (Appearance a : Appearance.<Appearance>mongoCollection().find(in("_id", candidates))) {
            touched.add(a.claimId);
            if (!a.id.equals(wanted) && Appearance.mongoCollection().deleteOne(eq("_id", a.id)).getDeletedCount() == 1) {
                timeline.appearance(a.speakerId, a.seenAt, -1);
            }
        }
        if (wanted != null) {
            Appearance appearance = DocumentAppearances.appearance(doc, s);
            // what it replaced (another speaker's, or none) says what the speakers' days gain and lose
            Appearance replaced = Appearance.<Appearance>mongoCollection().findOneAndReplace(eq("_id", wanted), appearance,
                    new FindOneAndReplaceOptions().upsert(true));
            if (replaced != null) {
                timeline.appearance(replaced.speakerId, replaced.seenAt, -1);
            }
            timeline.appearance(appearance.speakerId, appearance.seenAt, 1);
            touched.add(s.claimId);
            if (corrected.typeEdited()) {
                Claim.mongoCollection().updateOne(eq("_id", s.claimId), Updates.set("type", s.type));
            }
        }
        appearances.recount(touched, timeline);
        withdraw(touched);
        SpeakerTimeline.apply(timeline);
    }

    /**
     * Sets right the claims of the speakers whose count or outlets disagree with their appearances, and withdraws
     * those left without any: what a call that ended between moving an appearance and counting the claim it left
     * leaves (the statement names that claim no more, so deriving it again never touches it). For a retry of a failed
     * call and recovery, which read every claim and appearance of these speakers anyway to count their days; then the
     * speakers' claim counts.
     */
    public void settle(Collection<String> speakerIds) {
        Set<String> stale = new HashSet<>();
        for (String speakerId : speakerIds) {
            Map<String, List<String>> seen = new HashMap<>();
            Appearance.<Appearance>mongoCollection().find(eq("speakerId", speakerId))
                    .projection(Projections.include("claimId", "sourceKey"))
                    .forEach(a -> seen.computeIfAbsent(a.claimId, id -> new ArrayList<>()).add(a.sourceKey));
            Claim.<Claim>mongoCollection().find(and(eq("speakerId", speakerId),
                    Filters.or(gt("appearanceCount", 0), Filters.exists("sourceKeys"))))
                    .projection(Projections.include("appearanceCount", "sourceKeys")).forEach(c -> {
                        List<String> there = seen.getOrDefault(c.id, List.of());
                        seen.remove(c.id);
                        Set<String> outlets = new HashSet<>(there);
                        outlets.remove(null);
                        if (c.appearanceCount != there.size()
                                || !outlets.equals(c.sourceKeys == null ? Set.of() : new HashSet<>(c.sourceKeys))) {
                            stale.add(c.id);
                        }
                    });
            // claims with appearances and neither a count nor outlets (withdrawn, then joined again)
            stale.addAll(seen.keySet());
        }
        appearances.recount(stale, new SpeakerTimeline.Changes());
        withdraw(stale);
        // a call stopped between a claim's count and its speaker's leaves every claim right and the speaker not
        appearances.countClaims(speakerIds);
    }

    /** A claim corrections left without appearances is withdrawn; one that has some again is not. */
    private static void withdraw(Set<String> claimIds) {
        if (claimIds.isEmpty()) {
            return;
        }
        Claim.mongoCollection().updateMany(and(in("_id", claimIds), eq("appearanceCount", 0)),
                Updates.set("withdrawn", true));
        Claim.mongoCollection().updateMany(and(in("_id", claimIds), gt("appearanceCount", 0)),
                Updates.unset("withdrawn"));
    }

    /** The document with its statements as corrected, each corrected one saying so. */
    public static DocumentView view(StoredDocument doc, boolean repeat) {
        return views(List.of(doc), repeat).get(0);
    }

    /**
     * {@link #view} of each document, in their order: their corrections in one find, and the appearances of
     * their corrected statements (the claims they now make) in one more, not a read per document or statement.
     */
    public static List<DocumentView> views(List<StoredDocument> docs, boolean repeat) {
        Map<String, List<Correction>> corrections = ofDocuments(docs.stream().map(d -> d.id).toList());
        // each document's statements folded, null for one without corrections
        List<List<Corrected>> folded = new ArrayList<>(docs.size());
        Set<String> shown = new HashSet<>();
        for (StoredDocument doc : docs) {
            List<Correction> all = corrections.get(doc.id);
            List<Corrected> statements = all == null ? null : doc.statements.stream().map(s -> fold(doc, s, all)).toList();
            folded.add(statements);
            if (statements != null) {
                statements.stream().filter(c -> !c.holding().isEmpty() && !c.hidden())
                        .forEach(c -> shown.add(Appearance.key(doc.id, c.statement().start, c.statement().end)));
            }
        }
        Map<String, String> claimOf = new HashMap<>();
        if (!shown.isEmpty()) {
            Appearance.<Appearance>mongoCollection().find(in("_id", shown)).forEach(a -> claimOf.put(a.id, a.claimId));
        }
        List<DocumentView> views = new ArrayList<>(docs.size());
        for (int i = 0; i < docs.size(); i++) {
            StoredDocument doc = docs.get(i);
            List<Corrected> statements = folded.get(i);
            views.add(statements == null ? Views.document(doc, repeat)
                    : Views.document(doc, repeat, statementViews(doc, statements, claimOf)));
        }
        return views;
    }

    /** {@code claimOf}: the claim of each appearance read, by its id. */
    private static List<StatementView> statementViews(StoredDocument doc, List<Corrected> folded,
            Map<String, String> claimOf) {
        List<StatementView> statements = new ArrayList<>();
        for (int i = 0; i < folded.size(); i++) {
            Corrected corrected = folded.get(i);
            if (corrected.holding().isEmpty()) {
                statements.add(Views.statement(doc.statements.get(i), null));
                continue;
            }
            StoredStatement s = corrected.statement();
            s.claimId = corrected.hidden() ? null : claimOf.get(Appearance.key(doc.id, s.start, s.end));
            List<Correction> holding = corrected.holding();
            statements.add(Views.statement(s, new StatementView.Corrected(corrected.hidden(),
                    holding.stream().map(c -> c.id).toList(), holding.get(holding.size() - 1).reason)));
        }
        return statements;
    }

    private static StoredStatement copy(StoredStatement o) {
        StoredStatement s = new StoredStatement();
        s.speakerName = o.speakerName;
        s.mention = o.mention;
        s.role = o.role;
        s.kind = o.kind;
        s.content = o.content;
        s.start = o.start;
        s.end = o.end;
        s.parts = o.parts;
        s.cue = o.cue;
        s.type = o.type;
        s.date = o.date;
        s.region = o.region;
        s.nested = o.nested;
        s.via = o.via;
        s.confidence = o.confidence;
        s.claimId = o.claimId;
        s.speakerId = o.speakerId;
        return s;
    }
}
