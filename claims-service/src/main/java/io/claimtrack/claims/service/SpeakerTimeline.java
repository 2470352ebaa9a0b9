package io.claimtrack.claims.service;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Correction;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.domain.StoredStatement;
import io.claimtrack.claims.model.SpeakerStats;

/**
 * The counts {@code GET /speakers/{id}/stats} shows, kept on write per speaker and day
 * ({@code speaker_days}: new claims, appearances), so the read is one range of a speaker's days instead of
 * all of its claims and appearances. A claim counts as new on the day of its first appearance while it
 * has any. Writers collect what they changed in {@link Changes} and apply it in one bulk write; each change
 * is derived from what the store said it did (an appearance really inserted or deleted, a claim's count
 * and first day as read under its {@link ClaimLocks lock} before the update). A document or correction a
 * crash interrupted is recovered with {@link #rebuild}: every speaker its statements ever had is counted
 * again from the claims and appearances.
 */
public final class SpeakerTimeline {

    static final String COLLECTION = "speaker_days";
    private static final int NEW_CLAIMS = 0;
    private static final int APPEARANCES = 1;

    private SpeakerTimeline() {
    }

    /** What one write changed, per speaker and day; applied at once. */
    public static final class Changes {

        private final Map<String, long[]> byDay = new HashMap<>();

        /** A claim of the speaker counted (+1) or no longer counted (−1) as new on the day of {@code firstSeen}. */
        public void claim(String speakerId, Instant firstSeen, int delta) {
            add(speakerId, firstSeen, NEW_CLAIMS, delta);
        }

        public void appearance(String speakerId, Instant seenAt, int delta) {
            add(speakerId, seenAt, APPEARANCES, delta);
        }

        /** A claim's count and first appearance before and after a write (a count of 0: not counted). */
        public void claimChanged(String speakerId, int countBefore, Instant firstBefore, int countAfter, Instant firstAfter) {
            if (countBefore > 0) {
                claim(speakerId, firstBefore, -1);
            }
            if (countAfter > 0) {
                claim(speakerId, firstAfter, 1);
            }
        }

        /** Drops what was noted of the speakers: their days were counted again from the store, which holds it. */
        void forget(Collection<String> speakerIds) {
            byDay.keySet().removeIf(key -> speakerIds.contains(key.substring(0, key.lastIndexOf('|'))));
        }

        private void add(String speakerId, Instant at, int field, int delta) {
            if (speakerId == null || at == null) {
                return;
            }
            long[] counts = byDay.computeIfAbsent(key(speakerId, day(at)), k -> new long[2]);
            counts[field] += delta;
        }
    }

    /** One bulk write of the changes that did not cancel out. */
    public static void apply(Changes changes) {
        StoreRound round = new StoreRound(StoredDocument.mongoDatabase());
        apply(changes, round);
        round.send();
    }

    /** {@link #apply(Changes)} as one write of {@code round}. */
    static void apply(Changes changes, StoreRound round) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        changes.byDay.forEach((key, counts) -> {
            if (counts[NEW_CLAIMS] != 0 || counts[APPEARANCES] != 0) {
                int split = key.lastIndexOf('|');
                writes.add(new UpdateOneModel<>(eq("_id", key), Updates.combine(
                        Updates.setOnInsert("speakerId", key.substring(0, split)),
                        Updates.setOnInsert("day", key.substring(split + 1)),
                        Updates.inc("newClaims", counts[NEW_CLAIMS]),
                        Updates.inc("appearances", counts[APPEARANCES])), upsert));
            }
        });
        round.write(days(), writes, false);
        changes.byDay.clear();
    }

    /** The speakers' days summed per day or per ISO week (its Monday); days with nothing left out. */
    public static List<SpeakerStats.Bucket> series(Collection<String> speakerIds, boolean weekly) {
        Map<LocalDate, long[]> buckets = new TreeMap<>();
        for (Document d : days().find(query(speakerIds))) {
            LocalDate day = LocalDate.parse(d.getString("day"));
            long[] sums = buckets.computeIfAbsent(weekly ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day,
                    p -> new long[2]);
            sums[NEW_CLAIMS] += ((Number) d.get("newClaims")).longValue();
            sums[APPEARANCES] += ((Number) d.get("appearances")).longValue();
        }
        return buckets.entrySet().stream().filter(e -> e.getValue()[NEW_CLAIMS] != 0 || e.getValue()[APPEARANCES] != 0)
                .map(e -> new SpeakerStats.Bucket(e.getKey().toString(), e.getValue()[NEW_CLAIMS], e.getValue()[APPEARANCES]))
                .toList();
    }

    /** The speakers' days: one range of {@code {speakerId: 1, day: 1}} per speaker. */
    public static Bson query(Collection<String> speakerIds) {
        return in("speakerId", speakerIds);
    }

    /**
     * Counts the speakers' days again from their claims and appearances (the read stats used to make on
     * every request). Absolute, so only where no other writer runs: recovery and migration at startup.
     */
    public static void rebuild(Collection<String> speakerIds) {
        for (String speakerId : new LinkedHashSet<>(speakerIds)) {
            Changes counted = new Changes();
            Claim.<Claim>mongoCollection().find(and(eq("speakerId", speakerId), gt("appearanceCount", 0)))
                    .projection(Projections.include("firstSeen")).forEach(c -> counted.claim(speakerId, c.firstSeen, 1));
            Appearance.<Appearance>mongoCollection().find(eq("speakerId", speakerId))
                    .projection(Projections.include("seenAt")).forEach(a -> counted.appearance(speakerId, a.seenAt, 1));
            days().deleteMany(eq("speakerId", speakerId));
            apply(counted);
        }
    }

    /**
     * Every speaker the documents' statements were ever attributed to: as extracted, and as each correction
     * of them moved them (a superset of the speakers whose counts a write of these documents can change).
     */
    public static Set<String> speakersOf(Collection<String> documentIds) {
        Set<String> speakerIds = new LinkedHashSet<>();
        StoredDocument.<StoredDocument>mongoCollection().find(in("_id", documentIds))
                .projection(Projections.include("statements")).forEach(doc -> {
                    for (StoredStatement s : doc.statements) {
                        speakerIds.add(s.speakerId);
                    }
                });
        Correction.<Correction>mongoCollection().find(in("documentIds", documentIds)).forEach(c -> {
            speakerIds.addAll(c.speakerIds);
            c.targets.forEach(t -> speakerIds.add(t.speakerId));
        });
        speakerIds.remove(null);
        return speakerIds;
    }

    /** Every speaker's days from scratch (a store written before they were kept). */
    static void rebuildAll() {
        List<String> speakerIds = new ArrayList<>();
        StoredDocument.mongoDatabase().getCollection("speakers").find().projection(Projections.include("_id"))
                .forEach(s -> speakerIds.add(s.getString("_id")));
        rebuild(speakerIds);
    }

    static String key(String speakerId, String day) {
        return speakerId + "|" + day;
    }

    static String day(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static MongoCollection<Document> days() {
        return StoredDocument.mongoDatabase().getCollection(COLLECTION);
    }
}
