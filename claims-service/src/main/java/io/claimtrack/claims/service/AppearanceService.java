package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Speaker;

/**
 * Writes appearances in bulk and keeps the counts derived from them (a claim's appearance count and
 * first/last seen, a speaker's claim count) in step. Incremental on the request path: only an
 * appearance this call really inserted counts. {@link #recount} rebuilds them from the appearances,
 * for recovery after a crash between the two writes. What either changed of the speakers' days goes into
 * the caller's {@link SpeakerTimeline.Changes}.
 */
@ApplicationScoped
public class AppearanceService {

    @Inject
    SourceCounts sourceCounts;

    /**
     * The claims {@link #add} reads and counts: those of appearances not created counting them. Their
     * {@link ClaimLocks} are held from before that read is sent until the counts are, so what a writer read is what
     * its update changes.
     */
    static Set<String> counted(List<Appearance> appearances, Set<String> createdWith) {
        Set<String> claimIds = new HashSet<>();
        appearances.stream().filter(a -> !createdWith.contains(a.id)).forEach(a -> claimIds.add(a.claimId));
        return claimIds;
    }

    /**
     * Inserts the appearances not there yet after the writes {@code before} holds, reading the {@link #counted} claims
     * in the same round trip, and queues in {@code after} their counts on those claims, the claims' flag as appeared
     * in {@code outlet} (may be null: no flags) and the claim counts of speakers whose claims came back. The reply,
     * read once {@code after} is sent, is how many claims the flag was new to, for the outlet's count.
     * {@code timeline} gains what the appearances changed of their speakers' days. {@code createdWith}: appearances
     * whose claim was just created counting them and flagged ({@link ClaimService#resolve(List, String, Set)}); their
     * claims are neither read nor written again, which spares a new document's writer the read of its claims and a
     * write of each. Only an appearance this call really inserted counts.
     */
    StoreRound.Reply<Long> add(String outlet, List<Appearance> appearances, Set<String> createdWith,
            SpeakerTimeline.Changes timeline, StoreRound before, StoreRound after) {
        StoreRound.Reply<Set<Integer>> inserted = Bulk.insertNew(before, Appearance.<Appearance>mongoCollection(),
                appearances);
        Set<String> claimIds = counted(appearances, createdWith);
        // read with the insert, not after it: the caller holds the claims' locks across both rounds
        StoreRound.Reply<List<Claim>> claims = claimIds.isEmpty() ? List::of : before.find(Claim.<Claim>mongoCollection(),
                in("_id", claimIds), Projections.include("speakerId", "appearanceCount", "firstAppearance", "firstSeen"),
                claimIds.size());
        before.send();
        if (appearances.isEmpty()) {
            return () -> 0L;
        }
        Set<Integer> present = inserted.get();
        Map<String, List<Appearance>> toCount = new HashMap<>();
        for (int i = 0; i < appearances.size(); i++) {
            if (!present.contains(i)) {
                Appearance a = appearances.get(i);
                timeline.appearance(a.speakerId, a.seenAt, 1);
                if (createdWith.contains(a.id)) {
                    // counted already: the claim is new on its day (a claim's speaker is its appearances')
                    timeline.claim(a.speakerId, a.seenAt, 1);
                } else {
                    toCount.computeIfAbsent(a.claimId, id -> new ArrayList<>()).add(a);
                }
            }
        }
        if (toCount.isEmpty()) {
            return () -> 0L;
        }
        Map<String, Integer> revived = new HashMap<>();
        List<WriteModel<Claim>> updates = counts(claims.get(), toCount, revived, timeline);
        int counts = updates.size();
        if (outlet != null) {
            updates.add(SourceCounts.flagging(outlet, toCount.keySet()));
        }
        if (updates.isEmpty()) {
            return () -> 0L;
        }
        StoreRound.Reply<BulkWriteResult> written = after.bulkWrite(Claim.<Claim>mongoCollection(), updates, true);
        incrementSpeakers(revived, after);
        // each count update changes its claim (an increment of a claim just read), so what the write changed beyond
        // them is the flag's, which changes only claims it is new to
        return () -> written.get().getModifiedCount() - (long) counts;
    }

    /**
     * The count updates of the claims read ({@code claims}) by their inserted appearances; {@code revived} gains per
     * speaker the claims counted again.
     */
    private static List<WriteModel<Claim>> counts(List<Claim> claims, Map<String, List<Appearance>> inserted,
            Map<String, Integer> revived, SpeakerTimeline.Changes timeline) {
        List<WriteModel<Claim>> updates = new ArrayList<>();
        for (Claim c : claims) {
            Seen seen = new Seen();
            for (Appearance a : inserted.getOrDefault(c.id, List.of())) {
                if (a.id.equals(c.firstAppearance)) {
                    // counted already, whoever inserted it; the claim is new on its day from now on
                    timeline.claim(c.speakerId, a.seenAt, 1);
                } else {
                    seen.add(a.seenAt);
                }
            }
            if (seen.count == 0) {
                continue;
            }
            if (c.appearanceCount == 0) {
                // a claim all of whose appearances were revised away counts for its speaker again
                revived.merge(c.speakerId, 1, Integer::sum);
            }
            Instant first = c.firstSeen == null || seen.first.isBefore(c.firstSeen) ? seen.first : c.firstSeen;
            timeline.claimChanged(c.speakerId, c.appearanceCount, c.firstSeen, c.appearanceCount + seen.count, first);
            updates.add(new UpdateOneModel<>(eq("_id", c.id), Updates.combine(
                    Updates.inc("appearanceCount", seen.count),
                    Updates.min("firstSeen", seen.first),
                    Updates.max("lastSeen", seen.last))));
        }
        return updates;
    }

    /** Removes appearances by id, counting down their claims (a revision replacing its predecessor). */
    public void remove(Collection<String> appearanceIds, SpeakerTimeline.Changes timeline) {
        List<Appearance> found = Appearance.<Appearance>mongoCollection().find(in("_id", appearanceIds))
                .into(new ArrayList<>());
        Set<String> claimIds = new HashSet<>();
        for (Appearance a : found) {
            if (Appearance.mongoCollection().deleteOne(eq("_id", a.id)).getDeletedCount() == 1) {
                claimIds.add(a.claimId);
                timeline.appearance(a.speakerId, a.seenAt, -1);
            }
        }
        recount(claimIds, timeline);
    }

    /** Sets each claim's count and first/last seen from its appearances, then its speakers' claim counts. */
    public void recount(Collection<String> claimIds, SpeakerTimeline.Changes timeline) {
        if (claimIds.isEmpty()) {
            return;
        }
        Map<String, Set<String>> outlets = new HashMap<>();
        claimIds.forEach(id -> outlets.put(id, new HashSet<>()));
        Set<String> speakerIds = ClaimLocks.holding(claimIds, () -> recountClaims(claimIds, outlets, timeline));
        sourceCounts.recounted(outlets);
        countClaims(speakerIds);
    }

    /** Sets each speaker's claim count: its claims that have appearances. */
    void countClaims(Collection<String> speakerIds) {
        for (String speakerId : speakerIds) {
            long count = Claim.mongoCollection().find(and(eq("speakerId", speakerId),
                    com.mongodb.client.model.Filters.gt("appearanceCount", 0))).projection(Projections.include("_id"))
                    .into(new ArrayList<>()).size();
            Speaker.mongoCollection().updateOne(eq("_id", speakerId), Updates.set("claimCount", count));
        }
    }

    /** Sets the claims' counts from their appearances (and notes their outlets); returns their speakers. */
    private static Set<String> recountClaims(Collection<String> claimIds, Map<String, Set<String>> outlets,
            SpeakerTimeline.Changes timeline) {
        // finds, not an aggregation: the embedded store answers a find from its indexes but scans for $match
        Map<String, Seen> stats = new HashMap<>();
        Appearance.<Appearance>mongoCollection().find(in("claimId", claimIds))
                .projection(Projections.include("claimId", "seenAt", "sourceKey"))
                .forEach(a -> {
                    stats.computeIfAbsent(a.claimId, id -> new Seen()).add(a.seenAt);
                    if (a.sourceKey != null) {
                        outlets.get(a.claimId).add(a.sourceKey);
                    }
                });
        Set<String> speakerIds = new HashSet<>();
        for (Claim c : Claim.<Claim>mongoCollection().find(in("_id", claimIds))
                .projection(Projections.include("speakerId", "appearanceCount", "firstSeen")).into(new ArrayList<>())) {
            speakerIds.add(c.speakerId);
            Seen s = stats.get(c.id);
            Claim.mongoCollection().updateOne(eq("_id", c.id), s == null
                    ? Updates.set("appearanceCount", 0)
                    : Updates.combine(Updates.set("appearanceCount", s.count),
                            Updates.set("firstSeen", s.first), Updates.set("lastSeen", s.last)));
            timeline.claimChanged(c.speakerId, c.appearanceCount, c.firstSeen, s == null ? 0 : s.count,
                    s == null ? null : s.first);
        }
        return speakerIds;
    }

    /** Earliest first, at most {@code limit}, of one claim: a find of {@code round}. */
    static StoreRound.Reply<List<Appearance>> first(String claimId, int limit, StoreRound round) {
        return round.find(Appearance.<Appearance>mongoCollection(), eq("claimId", claimId), null,
                Sorts.ascending("seenAt", "_id"), limit);
    }

    /** Adds to each speaker's claim count, as one write of {@code round}. */
    static void incrementSpeakers(Map<String, Integer> perSpeaker, StoreRound round) {
        List<WriteModel<Speaker>> counts = new ArrayList<>();
        perSpeaker.forEach((speakerId, n) -> counts.add(new UpdateOneModel<>(eq("_id", speakerId),
                Updates.inc("claimCount", n))));
        round.write(Speaker.<Speaker>mongoCollection(), counts, true);
    }

    private static final class Seen {
        int count;
        Instant first;
        Instant last;

        void add(Instant at) {
            count++;
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }
    }
}
