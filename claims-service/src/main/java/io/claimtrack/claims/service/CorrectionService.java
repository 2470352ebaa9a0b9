package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.bson.Document;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Correction;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.model.CorrectionInput;
import io.claimtrack.claims.model.UndoInput;
import io.claimtrack.claims.store.EmbeddedStoreLifecycle;
import io.quarkus.runtime.StartupEvent;

/**
 * Records corrections and their undos so that an acknowledged one survives a crash and a retried one
 * never counts twice, without multi-document transactions: a marker first, then the record
 * ({@code pending}, holding everything needed to apply it), then the derived writes (each repeatable),
 * then the record {@code complete} and the marker gone. Startup finishes every marked correction. With
 * an Idempotency-Key the record's id is derived from the caller's name and the key, so a retry finds
 * its first answer, even after a restart; without one, the same request of the same caller finds the call that failed
 * between its writes, while the service runs on and, once recovery finished it, after a restart. Corrections are made
 * one at a time.
 */
@ApplicationScoped
public class CorrectionService {

    static final String MARKERS = "pending_corrections";
    static final String UNDO = "undo";
    /** On a marker: when recovery finished its call, whose caller is owed the answer. */
    static final String RECOVERED = "recovered";
    /** How long a call recovery finished waits for its caller's retry without a key: a tool retries within minutes. */
    private static final Duration ANSWER_OWED = Duration.ofHours(1);
    private static final Logger LOG = Logger.getLogger(CorrectionService.class);

    @Inject
    CorrectionPlans plans;

    @Inject
    StatementCorrections statements;

    @Inject
    SpeakerCorrections speakers;

    @Inject
    ClaimService claims;

    @Inject
    SourceCounts sources;

    private final ReentrantLock lock = new ReentrantLock();

    /** A correction as stored, and whether this call stored it (false: a retry of an earlier call). */
    public record Recorded(Correction correction, boolean created) {
    }

    public Recorded record(CorrectionInput input) {
        return once(input.by(), input.idempotencyKey(), Text.sha256(input.request().toString()), () -> {
            Correction c = plans.plan(input.request());
            c.reason = input.request().reason().trim();
            return c;
        });
    }

    public Recorded undo(String correctionId, UndoInput input) {
        return once(input.by(), input.idempotencyKey(), Text.sha256("undo|" + correctionId + "|" + input.reason()), () -> {
            Correction target = Correction.findById(correctionId);
            if (target == null || !Correction.COMPLETE.equals(target.state)) {
                throw new NotFoundException("No correction with id '" + correctionId + "'");
            }
            if (UNDO.equals(target.action)) {
                throw new BadRequestException("an undo cannot be undone: record the correction again");
            }
            if (Correction.UNDONE.equals(target.status)) {
                throw CorrectionPlans.conflict("correction " + correctionId + " was already undone by " + target.undoneBy);
            }
            Correction u = new Correction();
            u.action = UNDO;
            u.undoes = target.id;
            u.reason = input.reason().trim();
            u.status = Correction.APPLIED;
            u.targets = target.targets;
            u.speakerIds = target.speakerIds;
            u.documentIds = target.documentIds;
            return u;
        });
    }

    /**
     * The first record of this caller's key, or a new one made, stored and applied; one at a time. Without a key, the
     * same request from the same caller that a failed call left unfinished, or recovery finished unanswered (its marker
     * still there), is that call sent again: it is finished and answered as the call would have been answered (201),
     * not planned again against the state the failed call changed (a split's 409).
     */
    private Recorded once(String by, String idempotencyKey, String hash, Supplier<Correction> make) {
        String request = by + "|" + hash;
        boolean keyed = idempotencyKey != null;
        Call call = RecordWriters.shared(() -> locked(() -> {
            String failed = keyed ? null : failedCall(request);
            String id = keyed ? id(by, idempotencyKey) : failed != null ? failed : Text.id("co_", UUID.randomUUID().toString());
            Correction earlier = keyed || failed != null ? earlier(id, hash) : null;
            if (earlier != null && Correction.PENDING.equals(earlier.state)) {
                return new Call(id, null);
            }
            if (earlier != null) {
                // the first call may have ended after the record was complete, before its marker was gone
                markers().deleteOne(eq("_id", id));
                return new Call(id, new Recorded(earlier, !keyed));
            }
            Correction c = make.get();
            c.id = id;
            c.by = by;
            c.requestHash = hash;
            write(c, request);
            return new Call(id, new Recorded(c, true));
        }));
        return call.recorded() != null ? call.recorded() : finishPending(call.id(), !keyed);
    }

    /** The record's id, and its answer; none yet: a failed call left it pending, to be finished. */
    private record Call(String id, Recorded recorded) {
    }

    /**
     * The id of the call with this caller and request that failed and was never answered, if any: only such calls have
     * markers (under the lock none is under way), one that failed since the start, or one a restart's recovery finished
     * that is still owed its answer ({@link #owed}).
     */
    private static String failedCall(String request) {
        Document marker = markers().find(eq("request", request)).first();
        if (marker == null) {
            return null;
        }
        String id = marker.getString("_id");
        if (marker.get(RECOVERED) != null && !owed(marker, Correction.findById(id))) {
            markers().deleteOne(eq("_id", id));
            return null;
        }
        return id;
    }

    /**
     * Whether the caller of a call recovery finished may still be sending it again: recovered within the hour, and the
     * correction still as it left it, no correction recorded after it on any of its documents or speakers (its undo,
     * another editor's change of the same statement), after which the same request is a new correction.
     */
    private static boolean owed(Document marker, Correction c) {
        if (marker.getDate(RECOVERED).toInstant().isBefore(Instant.now().minus(ANSWER_OWED))) {
            return false;
        }
        return Correction.mongoCollection().find(and(gt("seq", c.seq),
                or(in("documentIds", c.documentIds), in("speakerIds", c.speakerIds)))).first() == null;
    }

    /**
     * The record a failed call left pending (the service running on; a crash's, recovery finished at startup),
     * finished before it is answered, so a retry's 200 stands for a correction applied and counted. Alone, as
     * recovery finishes it: the call may have ended between a derived write and its count, which the store alone
     * still says, so its speakers' days are counted again from the store.
     */
    private Recorded finishPending(String id, boolean created) {
        return RecordWriters.alone(() -> locked(() -> {
            Correction c = Correction.findById(id);
            if (Correction.PENDING.equals(c.state)) {
                complete(c, true);
            }
            return new Recorded(c, created);
        }));
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Marker (with the caller and request, which find a failed call again), pending record with its place in the
     * feed, the writes, complete, marker gone.
     */
    private void write(Correction c, String request) {
        markers().updateOne(eq("_id", c.id), Updates.combine(Updates.setOnInsert("at", Instant.now()),
                Updates.setOnInsert("request", request)), new UpdateOptions().upsert(true));
        c.state = Correction.PENDING;
        c.at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        claims.sequenced(seq -> {
            c.seq = seq;
            c.persist();
        });
        complete(c, false);
    }

    /** A pending record's writes ({@link #finish}), then the record complete and its marker gone. */
    private void complete(Correction c, boolean recount) {
        finish(c, recount);
        c.state = Correction.COMPLETE;
        markers().deleteOne(eq("_id", c.id));
    }

    /**
     * The writes a pending record stands for, then the record complete. Repeatable. With {@code recount} (recovery,
     * a retry of a failed call) that call may have ended between a derived write and its count: the counts of the
     * speakers' claims are set right, their days and the outlets it left open counted again.
     */
    private void finish(Correction c, boolean recount) {
        if (UNDO.equals(c.action)) {
            undo(c);
        } else {
            apply(c);
        }
        if (recount) {
            Set<String> involved = SpeakerTimeline.speakersOf(c.documentIds);
            statements.settle(involved);
            SpeakerTimeline.rebuild(involved);
            // the outlets whose count bracket the call left open; alone, so no other writer holds one open
            sources.recountInterrupted();
        }
        Correction.mongoCollection().updateOne(eq("_id", c.id), Updates.set("state", Correction.COMPLETE));
    }

    private void apply(Correction c) {
        if (SpeakerCorrections.EDIT_SPEAKER.equals(c.action) || SpeakerCorrections.MERGE.equals(c.action)
                || StatementCorrections.SPLIT.equals(c.action)) {
            speakers.apply(c);
        }
        derive(c);
    }

    private void undo(Correction u) {
        Correction target = Correction.findById(u.undoes);
        Correction.mongoCollection().updateOne(eq("_id", target.id), Updates.combine(
                Updates.set("status", Correction.UNDONE), Updates.set("undoneBy", u.id)));
        target.status = Correction.UNDONE;
        if (!target.action.equals(StatementCorrections.HIDE) && !target.action.equals(StatementCorrections.REASSIGN)
                && !target.action.equals(StatementCorrections.EDIT_STATEMENT)) {
            speakers.reverse(target, u);
        }
        derive(target);
    }

    /**
     * Derives again every statement the correction targets (now with or without it): their documents and their
     * documents' corrections read together (a split's targets are a speaker's statements, several a document), not
     * each target's alone; deriving writes neither.
     */
    private void derive(Correction c) {
        Set<String> ids = new HashSet<>();
        c.targets.forEach(t -> ids.add(t.documentId));
        Map<String, StoredDocument> documents = new HashMap<>();
        StoredDocument.<StoredDocument>mongoCollection().find(in("_id", ids)).forEach(d -> documents.put(d.id, d));
        Map<String, List<Correction>> corrections = StatementCorrections.ofDocuments(ids);
        for (Correction.Target t : c.targets) {
            StatementCorrections.Located at = StatementCorrections.located(documents.get(t.documentId), t.start, t.end);
            if (at != null) {
                statements.derive(at, corrections.getOrDefault(t.documentId, List.of()));
            }
        }
    }

    /**
     * Carries the corrections of a revision's predecessor (and of a syndicated copy's original) over to
     * it: each statement still there (the same text, found by span or else by its text) gains a target,
     * and one no longer there is reported as missing. Run by the document's writer before the document
     * is complete, so recovery repeats it; repeatable.
     */
    public void carryOver(StoredDocument doc) {
        String from = doc.revisionOf != null ? doc.revisionOf : doc.syndicationOf;
        if (from == null) {
            return;
        }
        lock.lock();
        try {
            for (Correction c : Correction.<Correction>mongoCollection().find(eq("documentIds", from))) {
                if (UNDO.equals(c.action) || c.documentIds.contains(doc.id)) {
                    continue;
                }
                List<Correction.Target> added = new ArrayList<>();
                for (Correction.Target t : c.targets) {
                    if (from.equals(t.documentId) && !Correction.MISSING.equals(t.status)) {
                        added.add(Carry.over(t, doc, doc.syndicationOf != null));
                    }
                }
                Correction.mongoCollection().updateOne(eq("_id", c.id), Updates.combine(
                        Updates.pushEach("targets", added.stream().map(Carry::document).toList()),
                        Updates.addToSet("documentIds", doc.id)));
            }
        } finally {
            lock.unlock();
        }
    }

    /** Derives the statements of a document being written that corrections target (a revision, once carried over). */
    public void deriveDocument(StoredDocument doc) {
        lock.lock();
        try {
            List<Correction> all = StatementCorrections.ofDocument(doc.id);
            for (Correction c : all) {
                for (Correction.Target t : c.targets) {
                    StatementCorrections.Located at = doc.id.equals(t.documentId)
                            ? StatementCorrections.locate(doc, t.start, t.end) : null;
                    if (at != null) {
                        statements.derive(at, all);
                    }
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * The record a retry with the same key made first, or null for a new request. One still pending was left by a call
     * that failed after storing it: the caller finishes it ({@link #finishPending}).
     */
    private static Correction earlier(String id, String hash) {
        Correction earlier = Correction.findById(id);
        if (earlier != null && !hash.equals(earlier.requestHash)) {
            throw new ClientErrorException("this Idempotency-Key was already used with a different request; use a new key "
                    + "for a new request", 422);
        }
        return earlier;
    }

    private static String id(String by, String idempotencyKey) {
        return Text.id("co_", by + "|" + idempotencyKey);
    }

    void recover(@Observes @Priority(EmbeddedStoreLifecycle.STARTUP_PRIORITY + 4) StartupEvent event) {
        int finished = recover();
        if (finished > 0) {
            LOG.infof("Recovery: finished %d correction(s) a crash had left pending", finished);
        }
    }

    /**
     * Finishes every correction a crash left pending; a marker without its record was a crash before it. The marker of a
     * call with a record stays, marked recovered, until its caller sends it again (answered as the call would have been)
     * or it is no longer owed ({@link #owed}): the caller never had the answer.
     */
    public int recover() {
        int finished = 0;
        for (Document marker : markers().find().into(new ArrayList<>())) {
            String id = marker.getString("_id");
            Correction c = Correction.findById(id);
            if (c != null && Correction.PENDING.equals(c.state)) {
                finish(c, true);
                finished++;
            }
            if (c == null || marker.get("request") == null || marker.get(RECOVERED) != null && !owed(marker, c)) {
                markers().deleteOne(eq("_id", id));
            } else if (marker.get(RECOVERED) == null) {
                markers().updateOne(eq("_id", id), Updates.set(RECOVERED, Instant.now()));
            }
        }
        return finished;
    }

    static MongoCollection<Document> markers() {
        return StoredDocument.mongoDatabase().getCollection(MARKERS);
    }
}
