package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.eq;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import java.util.stream.IntStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;

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
    private static final FindOneAndUpdateOptions BEFORE_SUPERSEDED = new FindOneAndUpdateOptions()
            .projection(Projections.include("supersededBy")).returnDocument(ReturnDocument.BEFORE);

    @Inject
    SpeakerService speakers;

    @Inject
    DocumentResolution resolution;

    @Inject
    AppearanceService appearances;

    @Inject
    CorrectionService corrections;

    @Inject
    SourceCounts sourceCounts;

    /** Marks and inserts the pending document; false when a document with its id exists already. */
    public boolean begin(StoredDocument doc) {
        // the marker first, then the document: in one round trip on the embedded store, in this order
        StoreRound round = new StoreRound(StoredDocument.mongoDatabase());
        round.write(markers(), List.of(new UpdateOneModel<>(eq("_id", doc.id), Updates.setOnInsert("at", Instant.now()),
                new UpdateOptions().upsert(true))), true);
        doc.state = StoredDocument.PENDING;
        StoreRound.Reply<BulkWriteResult> inserted = round.bulkWrite(StoredDocument.<StoredDocument>mongoCollection(),
                List.of(new InsertOneModel<>(doc)), true);
        round.send();
        try {
            inserted.get();
            return true;
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().get(0).getCategory() != ErrorCategory.DUPLICATE_KEY) {
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
        // each marker with its document's place in the call, so recovery finishes them in the batch's order
        markers().bulkWrite(IntStream.range(0, docs.size()).<WriteModel<Document>>mapToObj(i -> new UpdateOneModel<>(
                eq("_id", docs.get(i).id), Updates.combine(Updates.setOnInsert("at", now), Updates.setOnInsert("place", i)),
                new UpdateOptions().upsert(true))).toList(), new BulkWriteOptions().ordered(false));
        docs.forEach(doc -> doc.state = StoredDocument.PENDING);
        Set<Integer> present = Bulk.insertNew(StoredDocument.mongoDatabase(), StoredDocument.<StoredDocument>mongoCollection(), docs);
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
     * {@code recount} (recovery, a retry of a failed call) the counts of its claims are rebuilt, since the call
     * that left it pending may have ended between an appearance and its count.
     */
    public void complete(StoredDocument doc, boolean recount) {
        RecordWriters.shared(() -> {
            write(doc, recount);
            return null;
        });
    }

    /**
     * Finishes a document found pending or still marked, and returns it complete: one another request is still
     * writing, or one a failed call left (the service running on; a crash's, recovery finished at startup). Alone,
     * once the writes under way have ended: still marked then, its call failed, and it is finished as recovery
     * finishes it, its speakers' and outlets' counts taken again from the store (what the call wrote but did not
     * count is there only).
     */
    public StoredDocument finishPending(String id) {
        return RecordWriters.alone(() -> {
            StoredDocument doc = StoredDocument.findById(id);
            // complete with its marker: the call ended between turning it complete and its outlet's count
            if (!StoredDocument.COMPLETE.equals(doc.state) || marked(id)) {
                complete(doc, true);
                // the outlets whose count bracket the call left open; alone, so no other writer holds one open
                sourceCounts.recountInterrupted();
            }
            return doc;
        });
    }

    /** Whether the document's marker is still there: its call is under way, or failed before its last writes. */
    static boolean marked(String id) {
        return markers().find(eq("_id", id)).projection(Projections.include("_id")).first() != null;
    }

    private void write(StoredDocument doc, boolean recount) {
        List<StoredStatement> statements = doc.statements;
        Set<String> createdWith = new HashSet<>();
        StoreRound pending = new StoreRound(StoredDocument.mongoDatabase());
        sourceCounts.open(doc.sourceKey, pending);
        if (doc.syndicationOf == null) {
            resolution.resolve(List.of(doc), createdWith, pending);
        }
        List<Appearance> added = DocumentAppearances.of(doc);
        SpeakerTimeline.Changes timeline = new SpeakerTimeline.Changes();
        // the counts are written before what follows reads or recounts them
        LongSupplier flagged = ClaimLocks.holding(AppearanceService.counted(added, createdWith), () -> {
            StoreRound counts = new StoreRound(StoredDocument.mongoDatabase());
            LongSupplier f = add(doc.sourceKey, added, createdWith, timeline, pending, counts);
            counts.send();
            return f;
        });
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
            // what this call changed of their days is in what was counted: applied again, it counted twice
            timeline.forget(speakerIds);
        }
        DocumentFinish.finish(sourceCounts, doc.sourceKey, flagged, timeline, List.of(doc),
                new StoreRound(StoredDocument.mongoDatabase()));
    }

    /**
     * {@link #complete} of new documents of one outlet, none a revision or a syndicated copy, with the stored
     * result of completing them one after another, each kind of write made once for all of them: their speakers
     * resolved in turn over shared reads, their statements' claims decided in one pass in their order (one read
     * of keys, one block of {@code seq}, one write of claims and one of keys), their appearances inserted and
     * counted at once, and one bracket of the outlet's counts, one write of roles and one of speakers' days. Each
     * document stays pending until all of that is written, so a crash in between leaves them to recovery as it
     * leaves one.
     */
    public void completeAll(List<StoredDocument> docs) {
        if (docs.isEmpty()) {
            return;
        }
        RecordWriters.shared(() -> {
            Set<String> createdWith = new HashSet<>();
            String outlet = docs.get(0).sourceKey;
            StoreRound pending = new StoreRound(StoredDocument.mongoDatabase());
            sourceCounts.open(outlet, pending);
            resolution.resolve(docs, createdWith, pending);
            List<Appearance> added = new ArrayList<>();
            docs.forEach(doc -> added.addAll(DocumentAppearances.of(doc)));
            SpeakerTimeline.Changes timeline = new SpeakerTimeline.Changes();
            // the counts go with the documents' last writes: a round trip fewer, the claims' locks held until then
            return ClaimLocks.holding(AppearanceService.counted(added, createdWith), () -> {
                StoreRound last = new StoreRound(StoredDocument.mongoDatabase());
                LongSupplier flagged = add(outlet, added, createdWith, timeline, pending, last);
                DocumentFinish.finish(sourceCounts, outlet, flagged, timeline, docs, last);
                return null;
            });
        });
    }

    /**
     * Inserts the appearances with what {@code pending} holds, and queues in {@code after} their counts and their
     * speakers' roles; returns how many of their claims are new to the outlet, once {@code after} is sent: those
     * flagged now, and those created with its flag, in the bracket opened before them. The caller holds the locks of
     * the claims counted ({@link AppearanceService#counted}) until {@code after} is sent.
     */
    private LongSupplier add(String outlet, List<Appearance> added, Set<String> createdWith,
            SpeakerTimeline.Changes timeline, StoreRound pending, StoreRound after) {
        StoreRound.Reply<Long> flagged = appearances.add(outlet, added, createdWith, timeline, pending, after);
        speakers.noteRoles(added, after);
        int created = createdWith.size();
        return () -> flagged.get() + created;
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

    static MongoCollection<Document> markers() {
        return StoredDocument.mongoDatabase().getCollection(MARKERS);
    }
}
