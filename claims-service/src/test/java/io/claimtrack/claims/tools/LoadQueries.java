package io.claimtrack.claims.tools;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static io.claimtrack.claims.tools.LoadData.CLAIMS_PER_DOCUMENT;
import static io.claimtrack.claims.tools.LoadData.DAYS;
import static io.claimtrack.claims.tools.LoadData.EPOCH;
import static io.claimtrack.claims.tools.LoadData.SOURCES;
import static io.claimtrack.claims.tools.LoadData.TYPES;
import static io.claimtrack.claims.tools.LoadData.VOCABULARY;
import static io.claimtrack.claims.tools.LoadData.claimId;
import static io.claimtrack.claims.tools.LoadData.day;
import static io.claimtrack.claims.tools.LoadData.documentId;
import static io.claimtrack.claims.tools.LoadData.speakerId;
import static io.claimtrack.claims.tools.LoadData.speakerName;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.service.AppearanceListing;
import io.claimtrack.claims.service.ClaimQueries;
import io.claimtrack.claims.service.Text;

/** {@link LoadTool}'s second half: times each query path the API runs on the filled store. */
final class LoadQueries {

    private final Random random;

    /** {@code random}: the fill's, so a run draws the same queries as before the split. */
    LoadQueries(Random random) {
        this.random = random;
    }

    /** Times each path {@code queries} times, or for as long as {@code budgetSeconds} allows, and prints p50 and p99. */
    void measure(MongoDatabase db, int speakerCount, int claimCount, int queries, int budgetSeconds) {
        MongoCollection<Document> appearanceCollection = db.getCollection("appearances");
        MongoCollection<Document> claims = db.getCollection("claims");
        MongoCollection<Document> speakers = db.getCollection("speakers");
        MongoCollection<Document> documents = db.getCollection("documents");
        Map<String, Supplier<FindIterable<Document>>> paths = new LinkedHashMap<>();
        paths.put("GET /claims?speaker=<id>", () -> claims(claims, new ClaimQueries.Filter(null, null, null, null,
                null, null, null), List.of(speakerId(random.nextInt(speakerCount)))));
        // the API's first read of a source's claims by date: a chunk of its appearances, newest first
        paths.put("GET /claims?source=&from=&to= (1st chunk)", () -> appearanceCollection.find(AppearanceListing.walk(
                new ClaimQueries.Filter(null, randomSource(), day(random.nextInt(DAYS - 30)), null, null, null, null),
                null, null)).sort(Sorts.descending("seenAt", "_id")).limit(32));
        paths.put("GET /claims?type=", () -> claims(claims, new ClaimQueries.Filter(null, null, null, null,
                TYPES[random.nextInt(3)], null, null), null));
        paths.put("GET /claims?q=<word>", () -> claims(claims, new ClaimQueries.Filter(null, null, null, null, null,
                VOCABULARY.get(random.nextInt(VOCABULARY.size())), null), null));
        paths.put("GET /claims (newest)", () -> claims(claims, new ClaimQueries.Filter(null, null, null, null, null,
                null, null), null));
        paths.put("GET /claims?sort=appearances", () -> claims.find(ClaimQueries.query(null, null,
                new ClaimQueries.Filter(null, null, null, null, null, null, null), ClaimQueries.Sort.appearances,
                null))
                .sort(ClaimQueries.Sort.appearances.sort()).limit(21));
        paths.put("GET /claims/{id}", () -> claims.find(eq("_id", claimId(random.nextInt(claimCount)))));
        // the first speaker says the most with --top-speaker-share
        paths.put("GET /speakers/{id}/stats (speaker 0's days)", () -> db.getCollection("speaker_days")
                .find(com.mongodb.client.model.Filters.in("speakerId", List.of(speakerId(0)))));
        paths.put("ingest: claim key lookup", () -> db.getCollection("claim_keys").find(com.mongodb.client.model
                .Filters.in("_id", List.of(speakerId(random.nextInt(speakerCount)) + "|x:none",
                        speakerId(random.nextInt(speakerCount)) + "|b0:none"))));
        paths.put("resolve speaker by alias", () -> speakers.find(eq("aliasKeys",
                Text.normalise(speakerName(random.nextInt(speakerCount))))));
        paths.put("GET /speakers?q=<surname>", () -> speakers.find(and(eq("mergedInto", null),
                com.mongodb.client.model.Filters.all("nameTokens", List.of(Text.lastToken(Text.normalise(
                        speakerName(random.nextInt(speakerCount))))))))
                .sort(Sorts.ascending("nameKey", "_id")).limit(21));
        paths.put("GET /documents?source=&from=&to=", () -> {
            Instant from = EPOCH.plus(random.nextInt(DAYS - 30), ChronoUnit.DAYS);
            // the window as one condition, as the API sends it: the index range then starts at its end
            return documents.find(and(eq("sourceKey", randomSource().toLowerCase()), eq("state", "complete"),
                    new Document("publishedAt", new Document("$gte", Date.from(from))
                            .append("$lt", Date.from(from.plus(30, ChronoUnit.DAYS))))))
                    .sort(Sorts.descending("publishedAt", "_id")).limit(21);
        });
        paths.put("GET /documents/{id}", () -> documents.find(eq("_id",
                documentId(random.nextInt(claimCount / CLAIMS_PER_DOCUMENT)))));

        long budget = budgetSeconds * 1_000_000_000L;
        System.out.printf("%-44s %8s %10s %10s%n", "query path", "samples", "p50 ms", "p99 ms");
        for (Map.Entry<String, Supplier<FindIterable<Document>>> path : paths.entrySet()) {
            path.getValue().get().into(new ArrayList<>()); // warm-up
            long[] nanos = new long[queries];
            int samples = 0;
            long spent = 0;
            while (samples < queries && spent < budget) {
                long t0 = System.nanoTime();
                path.getValue().get().into(new ArrayList<>());
                nanos[samples++] = System.nanoTime() - t0;
                spent += nanos[samples - 1];
            }
            long[] taken = Arrays.copyOf(nanos, samples);
            Arrays.sort(taken);
            System.out.printf("%-44s %8d %10.1f %10.1f%n", path.getKey(), samples, percentile(taken, 50) / 1e6,
                    percentile(taken, 99) / 1e6);
        }
    }

    private static FindIterable<Document> claims(MongoCollection<Document> claims, ClaimQueries.Filter filter,
            List<String> speakerIds) {
        Bson query = ClaimQueries.query(speakerIds, null, filter, ClaimQueries.Sort.date, null);
        return claims.find(query).sort(ClaimQueries.Sort.date.sort()).limit(21);
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private String randomSource() {
        return SOURCES[random.nextInt(SOURCES.length)];
    }
}
