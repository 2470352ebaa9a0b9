package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Speaker;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.model.SpeakerMention;

/**
 * Writes a document and everything derived from it so that a crash at any point leaves either
 * nothing visible or the whole document. There are no multi-document transactions, so: a pending
 * marker is written first, then the document ({@code pending}, holding all it needs to be finished),
 * then speakers, claims and appearances in bulk, each write keyed so a replay repeats nothing; the
 * document turns {@code complete} last and the marker goes. Readers see only complete documents; on
 * startup {@link PendingRecovery} finishes every marked document, so no appearance ever points at a
 * document that is not there.
 */
@ApplicationScoped
public class DocumentWriter {

    static final String MARKERS = "pending_ingests";
    private static final FindOneAndUpdateOptions BEFORE_STATE = new FindOneAndUpdateOptions()
            .projection(Projections.include("state")).returnDocument(ReturnDocument.BEFORE);
    private static final FindOneAndUpdateOptions BEFORE_SUPERSEDED = new FindOneAndUpdateOptions()
            .projection(Projections.include("supersededBy")).returnDocument(ReturnDocument.BEFORE);

    @Inject
    SpeakerService speakers;

    @Inject
    ClaimService claims;

    @Inject
    AppearanceService appearances;

    @Inject
    CorrectionService corrections;

    @Inject
    SourceCounts sourceCounts;

    /** Marks and inserts the pending document; false when a document with its id exists already. */
    public boolean begin(StoredDocument doc) {
        markers().updateOne(eq("_id", doc.id), Updates.setOnInsert("at", Instant.now()),
                new UpdateOptions().upsert(true));
        doc.state = StoredDocument.PENDING;
        try {
            doc.persist();
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return false;
        }
    }

    /**
     * {@link #begin} for several documents in two writes: every marker first (one bulk upsert), then the
     * pending documents (one unordered insert). Returns the ids this call inserted; a document whose id
     * exists already (a concurrent post) is left out, as {@code begin} answers false for it.
     */
    public Set<String> beginAll(List<StoredDocument> docs) {
        if (docs.isEmpty()) {
            return Set.of();
        }
        Instant now = Instant.now();
        markers().bulkWrite(docs.stream().<WriteModel<Document>>map(doc -> new UpdateOneModel<>(eq("_id", doc.id),
                Updates.setOnInsert("at", now), new UpdateOptions().upsert(true))).toList(),
                new BulkWriteOptions().ordered(false));
        docs.forEach(doc -> doc.state = StoredDocument.PENDING);
        Set<Integer> present = Bulk.insertNew(StoredDocument.<StoredDocument>mongoCollection(), docs);
        Set<String> inserted = new LinkedHashSet<>();
        for (int i = 0; i < docs.size(); i++) {
            if (!present.contains(i)) {
                inserted.add(docs.get(i).id);
            }
        }
        return inserted;
    }

    /**
     * Writes the document's speakers, claims and appearances and marks it complete. Idempotent; with
     * {@code recount} (recovery) the counts of its claims are rebuilt, since a crash may have come between
     * an appearance and its count.
     */
    public void complete(StoredDocument doc, boolean recount) {
        List<StoredStatement> statements = doc.statements;
        if (doc.syndicationOf == null) {
            resolve(doc, statements);
        }
        int[] primary = primaries(statements);
        List<Appearance> added = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            StoredStatement s = statements.get(i);
            if (primary[i] != i) {
                s.claimId = statements.get(primary[i]).claimId;
                continue;
            }
            added.add(appearance(doc, s));
        }
        SpeakerTimeline.Changes timeline = new SpeakerTimeline.Changes();
        sourceCounts.open(doc.sourceKey);
        long flagged = SourceCounts.flag(doc.sourceKey, appearances.add(added, timeline));
        speakers.noteRoles(added);
        Set<String> touched = new LinkedHashSet<>();
        added.forEach(a -> touched.add(a.claimId));
        if (doc.revisionOf != null) {
            replace(doc.revisionOf, doc.id, touched, timeline);
        }
        if (recount) {
            appearances.recount(touched, timeline);
        }
        // editors' corrections of the earlier version (or of the original) hold for this one where it has the
        // statement; a document that is neither was never complete, so nobody can have corrected it
        if (doc.revisionOf != null || doc.syndicationOf != null) {
            corrections.carryOver(doc);
            corrections.deriveDocument(doc);
        }
        if (recount) {
            // a crash may have come between a write and its count: its speakers' days are counted again
            Set<String> speakerIds = SpeakerTimeline.speakersOf(doc.revisionOf == null ? List.of(doc.id)
                    : List.of(doc.id, doc.revisionOf));
            statements.forEach(s -> speakerIds.add(s.speakerId));
            speakerIds.remove(null);
            SpeakerTimeline.rebuild(speakerIds);
        } else {
            SpeakerTimeline.apply(timeline);
        }
        // the state it had says whether this call made it complete, and so whether its outlet counts it
        StoredDocument before = StoredDocument.<StoredDocument>mongoCollection().findOneAndUpdate(eq("_id", doc.id),
                Updates.combine(
                        Updates.set("statements", doc.statements.stream().map(DocumentWriter::statementDocument).toList()),
                        Updates.set("state", StoredDocument.COMPLETE)), BEFORE_STATE);
        sourceCounts.close(doc.sourceKey, flagged,
                before != null && !StoredDocument.COMPLETE.equals(before.state) ? 1 : 0);
        doc.state = StoredDocument.COMPLETE;
        if (doc.url != null && !doc.url.isBlank()) {
            LookupKeys.set(LookupKeys.url(doc.url), doc.id);
        }
        markers().deleteOne(eq("_id", doc.id));
    }

    /** A revision replaces its predecessor's appearances; the predecessor stays, marked superseded. */
    private void replace(String previousId, String id, Set<String> touched, SpeakerTimeline.Changes timeline) {
        StoredDocument previous = StoredDocument.findById(previousId);
        if (previous == null) {
            return;
        }
        List<String> old = new ArrayList<>();
        for (StoredStatement s : previous.statements) {
            old.add(Appearance.key(previous.id, s.start, s.end));
            if (s.claimId != null) {
                touched.add(s.claimId);
            }
        }
        appearances.remove(old, timeline);
        // counted once: when it stops being current, not when a replay sets the same revision again
        sourceCounts.document(previous.sourceKey, -1, () -> {
            StoredDocument before = StoredDocument.<StoredDocument>mongoCollection().findOneAndUpdate(
                    eq("_id", previousId), Updates.set("supersededBy", id), BEFORE_SUPERSEDED);
            return before != null && before.supersededBy == null;
        });
    }

    private void resolve(StoredDocument doc, List<StoredStatement> statements) {
        // one resolution per distinct mention, seen on the date of its first statement
        Map<List<String>, Integer> distinct = new LinkedHashMap<>();
        List<SpeakerService.Mentioned> mentions = new ArrayList<>();
        int[] mentionOf = new int[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            StoredStatement s = statements.get(i);
            mentionOf[i] = distinct.computeIfAbsent(Arrays.asList(s.speakerName, s.mention, s.role, s.kind), k -> {
                mentions.add(new SpeakerService.Mentioned(new SpeakerMention(s.speakerName, s.mention, s.role, s.kind),
                        s.date != null ? s.date : Dates.day(doc.publishedAt)));
                return mentions.size() - 1;
            });
        }
        List<Speaker> resolved = speakers.resolve(mentions, doc.id);
        List<Speaker> bySpeaker = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            Speaker speaker = resolved.get(mentionOf[i]);
            statements.get(i).speakerId = speaker.id;
            bySpeaker.add(speaker);
        }
        int[] primary = primaries(statements);
        List<ClaimService.Said> said = new ArrayList<>();
        List<Integer> saidIndex = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            if (primary[i] == i) {
                StoredStatement s = statements.get(i);
                said.add(new ClaimService.Said(bySpeaker.get(i), s.role, s.content, s.type,
                        Appearance.key(doc.id, s.start, s.end), doc.publishedAt));
                saidIndex.add(i);
            }
        }
        List<String> claimIds = claims.resolve(said);
        for (int j = 0; j < claimIds.size(); j++) {
            statements.get(saidIndex.get(j)).claimId = claimIds.get(j);
        }
    }

    /**
     * One statement, one appearance: of statements of one speaker whose spans overlap, the longest
     * (then the first) stands for all. Returns, per statement, the index of the one standing for it.
     */
    static int[] primaries(List<StoredStatement> statements) {
        int[] primary = new int[statements.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < statements.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> statements.get(i).start - statements.get(i).end)
                .thenComparingInt(i -> i));
        List<Integer> kept = new ArrayList<>();
        for (int i : order) {
            StoredStatement s = statements.get(i);
            primary[i] = i;
            for (int k : kept) {
                StoredStatement p = statements.get(k);
                if (java.util.Objects.equals(p.speakerId, s.speakerId) && s.start < p.end && p.start < s.end) {
                    primary[i] = k;
                    break;
                }
            }
            if (primary[i] == i) {
                kept.add(i);
            }
        }
        return primary;
    }

    static Appearance appearance(StoredDocument doc, StoredStatement s) {
        Appearance a = new Appearance();
        a.id = Appearance.key(doc.id, s.start, s.end);
        a.claimId = s.claimId;
        a.speakerId = s.speakerId;
        a.documentId = doc.id;
        a.sourceKey = doc.sourceKey;
        a.source = doc.source;
        a.url = doc.url;
        a.published = doc.published;
        a.seenAt = doc.publishedAt;
        a.start = s.start;
        a.end = s.end;
        a.cue = s.cue;
        a.type = s.type;
        a.date = s.date;
        a.role = s.role;
        a.region = s.region;
        a.confidence = s.confidence;
        a.nested = s.nested;
        a.via = s.via;
        return a;
    }

    private static Document statementDocument(StoredStatement s) {
        return new Document("speakerName", s.speakerName).append("mention", s.mention).append("role", s.role)
                .append("kind", s.kind).append("content", s.content).append("start", s.start).append("end", s.end)
                .append("cue", s.cue).append("type", s.type).append("date", s.date).append("region", s.region)
                .append("nested", s.nested).append("via", s.via).append("confidence", s.confidence)
                .append("claimId", s.claimId).append("speakerId", s.speakerId);
    }

    static MongoCollection<Document> markers() {
        return StoredDocument.mongoDatabase().getCollection(MARKERS);
    }
}
