package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.bson.Document;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateManyModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Source;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.store.EmbeddedStoreLifecycle;
import io.quarkus.runtime.StartupEvent;

/**
 * The counts {@code GET /sources} shows, kept on write so that read is one find over the outlets instead
 * of every document and appearance of each: an outlet's current documents, and its claims (claims with an
 * appearance there). A claim records the outlets it appeared in ({@code sourceKeys}); a count moves by
 * what a conditional update really changed (a flag added or pulled, a document turned complete or
 * superseded), so concurrent writers and replays count each change once. Each change is bracketed by
 * {@code pending} +1 and −1 on the outlet, the second write carrying the count: an outlet a crash left
 * with {@code pending > 0} is counted again from its documents and appearances at startup, after the
 * recoveries have replayed what was interrupted.
 */
@ApplicationScoped
public class SourceCounts {

    private static final Logger LOG = Logger.getLogger(SourceCounts.class);
    private static final int CHUNK = 1000;

    /** Claims that appeared in outlets: each outlet's claim ids, from appearances just inserted. */
    public void appeared(Map<String, Set<String>> claimsByOutlet) {
        claimsByOutlet.forEach((outlet, claimIds) -> change(outlet, "claims", () -> flag(outlet, claimIds)));
    }

    /**
     * After claims were recounted from their appearances: each claim's outlets now (a claim without
     * appearances: none). Flags and counts follow.
     */
    public void recounted(Map<String, Set<String>> outletsByClaim) {
        Map<String, Set<String>> gained = new HashMap<>();
        Map<String, Set<String>> lost = new HashMap<>();
        Claim.<Claim>mongoCollection().find(in("_id", outletsByClaim.keySet()))
                .projection(Projections.include("sourceKeys")).forEach(claim -> {
                    Set<String> had = claim.sourceKeys == null ? Set.of() : new HashSet<>(claim.sourceKeys);
                    Set<String> has = outletsByClaim.get(claim.id);
                    has.stream().filter(s -> !had.contains(s))
                            .forEach(s -> gained.computeIfAbsent(s, k -> new HashSet<>()).add(claim.id));
                    had.stream().filter(s -> !has.contains(s))
                            .forEach(s -> lost.computeIfAbsent(s, k -> new HashSet<>()).add(claim.id));
                });
        appeared(gained);
        lost.forEach((outlet, claimIds) -> change(outlet, "claims", () -> -Claim.mongoCollection()
                .updateMany(and(in("_id", claimIds), eq("sourceKeys", outlet)), Updates.pull("sourceKeys", outlet))
                .getModifiedCount()));
    }

    /**
     * A document of the outlet became current ({@code delta} +1: complete) or stopped being current (−1:
     * superseded by a revision); {@code write} makes the change and says whether it changed anything.
     */
    public void document(String outlet, int delta, BooleanSupplier write) {
        change(outlet, "documents", () -> write.getAsBoolean() ? delta : 0);
    }

    /**
     * Opens the bracket of a document of the outlet turning complete: its claims' flags ({@link #flag}) and
     * the document's own count move inside it, and {@link #close} writes both counts with the −1, so a
     * document costs one bracket (two writes) instead of one per count. Queued in {@code round}: sent before the
     * writes it brackets.
     */
    public void open(String outlet, StoreRound round) {
        if (outlet != null) {
            round.write(sources(), List.of(new UpdateOneModel<>(eq("_id", outlet), Updates.inc("pending", 1))), true);
        }
    }

    /** Closes the bracket {@link #open} opened, in {@code round}. */
    void close(String outlet, long claims, long documents, StoreRound round) {
        if (outlet != null) {
            round.write(sources(), List.of(new UpdateOneModel<>(eq("_id", outlet), Updates.combine(
                    Updates.inc("claims", claims), Updates.inc("documents", documents), Updates.inc("pending", -1)))),
                    true);
        }
    }

    /** Flags the claims as appeared in the outlet; returns how many were not before. */
    static long flag(String outlet, Set<String> claimIds) {
        if (outlet == null || claimIds.isEmpty()) {
            return 0;
        }
        return Claim.<Claim>mongoCollection().bulkWrite(List.of(flagging(outlet, claimIds))).getModifiedCount();
    }

    /** The write flagging the claims as appeared in the outlet: it changes only those not flagged before. */
    static UpdateManyModel<Claim> flagging(String outlet, Collection<String> claimIds) {
        return new UpdateManyModel<>(and(in("_id", claimIds), ne("sourceKeys", outlet)), Updates.addToSet("sourceKeys", outlet));
    }

    private static void change(String outlet, String field, LongSupplier write) {
        if (outlet == null) {
            write.getAsLong();
            return;
        }
        sources().updateOne(eq("_id", outlet), Updates.inc("pending", 1));
        long delta = write.getAsLong();
        sources().updateOne(eq("_id", outlet), Updates.combine(Updates.inc(field, delta), Updates.inc("pending", -1)));
    }

    void recountInterrupted(@Observes @Priority(EmbeddedStoreLifecycle.STARTUP_PRIORITY + 5) StartupEvent event) {
        recountInterrupted();
    }

    /** Rebuilds the outlets whose count changes a crash interrupted (after the recoveries have run). */
    public void recountInterrupted() {
        List<String> interrupted = new ArrayList<>();
        sources().find(Filters.gt("pending", 0)).forEach(s -> interrupted.add(s.getString("_id")));
        interrupted.forEach(SourceCounts::rebuild);
        if (!interrupted.isEmpty()) {
            LOG.infof("Counted %d outlet(s) again that a crash interrupted", interrupted.size());
        }
    }

    /** Counts every outlet from its documents and appearances, and flags its claims (a store written before). */
    static void rebuildAll() {
        List<String> outlets = new ArrayList<>();
        sources().find().projection(Projections.include("_id")).forEach(s -> outlets.add(s.getString("_id")));
        outlets.forEach(SourceCounts::rebuild);
    }

    /** One outlet counted from scratch: the slow reads {@code /sources} used to make on every request. */
    static void rebuild(String outlet) {
        List<String> claimIds = Appearance.mongoCollection().distinct("claimId", eq("sourceKey", outlet), String.class)
                .into(new ArrayList<>());
        for (int i = 0; i < claimIds.size(); i += CHUNK) {
            flag(outlet, new HashSet<>(claimIds.subList(i, Math.min(claimIds.size(), i + CHUNK))));
        }
        long documents = StoredDocument.mongoCollection().find(and(eq("sourceKey", outlet),
                eq("state", StoredDocument.COMPLETE), eq("supersededBy", null)))
                .projection(Projections.include("_id")).into(new ArrayList<>()).size();
        sources().updateOne(eq("_id", outlet), Updates.combine(Updates.set("claims", (long) claimIds.size()),
                Updates.set("documents", documents), Updates.set("pending", 0)));
    }

    /** The outlets of appearances, each with its claims. */
    static Map<String, Set<String>> byOutlet(Collection<Appearance> appearances) {
        Map<String, Set<String>> claimsByOutlet = new HashMap<>();
        for (Appearance a : appearances) {
            if (a.sourceKey != null) {
                claimsByOutlet.computeIfAbsent(a.sourceKey, k -> new HashSet<>()).add(a.claimId);
            }
        }
        return claimsByOutlet;
    }

    private static MongoCollection<Document> sources() {
        return Source.mongoDatabase().getCollection("sources");
    }
}
