package io.claimtrack.claims.tools;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;

import java.nio.file.Path;
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
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.Sorts;

import io.claimtrack.claims.config.IndexSetup;
import io.claimtrack.claims.service.ClaimQueries;
import io.claimtrack.claims.service.Text;
import io.claimtrack.claims.store.EmbeddedMongoStore;

/**
 * Fills a store with synthetic speakers, documents and claims in the shapes claims-service writes,
 * then times each query path the API runs. Usage (see claims-service/README.md):
 * {@code --claims 1000000 --speakers 10000 [--data DIR | --mongo URI] [--queries 50] [--budget-seconds 60]}.
 */
public final class LoadTool {

    private static final int CLAIMS_PER_DOCUMENT = 10;
    private static final String[] SOURCES = { "TASS", "Reuters", "AP", "AFP", "Interfax", "RIA", "DPA", "EFE",
            "ANSA", "Kyodo", "Xinhua", "Yonhap", "PAP", "CTK", "MTI", "BTA", "Ukrinform", "BelTA", "Kazinform", "APA" };
    private static final String[] TYPES = { "direct", "indirect", "mixed" };
    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final int DAYS = 730;

    private final Random random = new Random(42);
    private final List<String> vocabulary = new ArrayList<>();
    private final Map<String, String> options;
    private MongoCollection<Document> appearanceCollection;
    private EmbeddedMongoStore store;

    private LoadTool(Map<String, String> options) {
        this.options = options;
        for (int i = 0; i < 3000; i++) {
            vocabulary.add(word(i));
        }
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new LoadTool(options).run();
    }

    private void run() {
        int claims = intOption("claims", 1_000_000);
        int speakers = intOption("speakers", 10_000);
        store = options.containsKey("mongo") ? null
                : EmbeddedMongoStore.open(Path.of(options.getOrDefault("data", "target/load-data")), "127.0.0.1", 0);
        String uri = store == null ? options.get("mongo") : store.connectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(options.getOrDefault("database", "claims_load"));
            System.out.printf("store: %s%n", store == null ? "MongoDB " + uri : "embedded H2 at " + store.file());
            IndexSetup.declare(db);
            if (db.getCollection("claims").estimatedDocumentCount() < claims) {
                fill(db, claims, speakers);
            }
            // the service numbers new claims after the last seq handed out
            db.getCollection("counters").updateOne(eq("_id", "claims"), com.mongodb.client.model.Updates.max(
                    "value", (long) claims), new com.mongodb.client.model.UpdateOptions().upsert(true));
            measure(db, speakers, claims);
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    private void fill(MongoDatabase db, int claimCount, int speakerCount) {
        db.drop();
        IndexSetup.declare(db);
        long started = System.nanoTime();
        List<Document> speakers = new ArrayList<>();
        for (int i = 0; i < speakerCount; i++) {
            speakers.add(speaker(i));
        }
        db.getCollection("speakers").insertMany(speakers);
        MongoCollection<Document> documents = db.getCollection("documents");
        MongoCollection<Document> claims = db.getCollection("claims");
        MongoCollection<Document> appearanceCollection = db.getCollection("appearances");
        InsertManyOptions unordered = new InsertManyOptions().ordered(false);
        List<Document> docBatch = new ArrayList<>();
        List<Document> claimBatch = new ArrayList<>();
        List<Document> appearanceBatch = new ArrayList<>();
        int documentCount = (claimCount + CLAIMS_PER_DOCUMENT - 1) / CLAIMS_PER_DOCUMENT;
        for (int d = 0; d < documentCount; d++) {
            Document doc = document(d, documentCount);
            List<Document> statements = new ArrayList<>();
            for (int c = d * CLAIMS_PER_DOCUMENT; c < Math.min(claimCount, (d + 1) * CLAIMS_PER_DOCUMENT); c++) {
                Document claim = claim(c, speakers.get(random.nextInt(speakerCount)), doc, documentCount);
                @SuppressWarnings("unchecked")
                List<Document> ofClaim = (List<Document>) claim.remove("appearances");
                appearanceBatch.addAll(ofClaim);
                claimBatch.add(claim);
                statements.add(new Document("speakerName", claim.getString("speakerName"))
                        .append("kind", "person").append("content", claim.getString("text"))
                        .append("start", 0).append("end", claim.getString("text").length())
                        .append("type", claim.getString("type"))
                        .append("claimId", claim.getString("_id")).append("speakerId", claim.getString("speakerId")));
            }
            docBatch.add(doc.append("statements", statements));
            if (claimBatch.size() >= 2000) {
                documents.insertMany(docBatch, unordered);
                claims.insertMany(claimBatch, unordered);
                appearanceCollection.insertMany(appearanceBatch, unordered);
                docBatch.clear();
                claimBatch.clear();
                appearanceBatch.clear();
                if (store != null) {
                    // a checkpoint per batch, as the service makes one per request: memory stays bounded
                    store.flush();
                }
                if ((d + 1) % 10_000 == 0) {
                    System.out.printf("  %,d claims%n", (d + 1) * CLAIMS_PER_DOCUMENT);
                }
            }
        }
        if (!claimBatch.isEmpty()) {
            documents.insertMany(docBatch, unordered);
            claims.insertMany(claimBatch, unordered);
            appearanceCollection.insertMany(appearanceBatch, unordered);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("inserted %,d claims, %,d documents, %,d speakers in %.1f s: %,.0f claims/s%n",
                claimCount, documentCount, speakerCount, seconds, claimCount / seconds);
    }

    private void measure(MongoDatabase db, int speakerCount, int claimCount) {
        appearanceCollection = db.getCollection("appearances");
        MongoCollection<Document> claims = db.getCollection("claims");
        MongoCollection<Document> speakers = db.getCollection("speakers");
        MongoCollection<Document> documents = db.getCollection("documents");
        Map<String, Supplier<FindIterable<Document>>> paths = new LinkedHashMap<>();
        paths.put("GET /claims?speaker=<id>", () -> claims(claims, new ClaimQueries.Filter(null, null, null, null,
                null, null, null), List.of(speakerId(random.nextInt(speakerCount)))));
        paths.put("GET /claims?source=&from=&to=", () -> claims(claims, new ClaimQueries.Filter(null, randomSource(),
                day(random.nextInt(DAYS - 30)), null, null, null, null), null));
        paths.put("GET /claims?type=", () -> claims(claims, new ClaimQueries.Filter(null, null, null, null,
                TYPES[random.nextInt(3)], null, null), null));
        paths.put("GET /claims?q=<word>", () -> claims(claims, new ClaimQueries.Filter(null, null, null, null, null,
                vocabulary.get(random.nextInt(vocabulary.size())), null), null));
        paths.put("GET /claims (newest)", () -> claims(claims, new ClaimQueries.Filter(null, null, null, null, null,
                null, null), null));
        paths.put("GET /claims?sort=appearances", () -> claims.find(ClaimQueries.query(null, null,
                new ClaimQueries.Filter(null, null, null, null, null, null, null), ClaimQueries.Sort.appearances,
                null))
                .sort(ClaimQueries.Sort.appearances.sort()).limit(21));
        paths.put("GET /claims/{id}", () -> claims.find(eq("_id", claimId(random.nextInt(claimCount)))));
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
            return documents.find(and(eq("sourceKey", randomSource().toLowerCase()), eq("state", "complete"), gte("publishedAt", Date.from(from)),
                    lt("publishedAt", Date.from(from.plus(30, ChronoUnit.DAYS)))))
                    .sort(Sorts.descending("publishedAt", "_id")).limit(21);
        });
        paths.put("GET /documents/{id}", () -> documents.find(eq("_id",
                documentId(random.nextInt(claimCount / CLAIMS_PER_DOCUMENT)))));

        int queries = intOption("queries", 50);
        long budget = intOption("budget-seconds", 60) * 1_000_000_000L;
        System.out.printf("%-34s %8s %10s %10s%n", "query path", "samples", "p50 ms", "p99 ms");
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
            System.out.printf("%-34s %8d %10.1f %10.1f%n", path.getKey(), samples, percentile(taken, 50) / 1e6,
                    percentile(taken, 99) / 1e6);
        }
    }

    private FindIterable<Document> claims(MongoCollection<Document> claims, ClaimQueries.Filter filter,
            List<String> speakerIds) {
        Bson appearances = ClaimQueries.appearanceFilter(filter);
        java.util.Set<String> appearing = appearances == null ? null
                : appearanceCollection.distinct("claimId", appearances, String.class).into(new java.util.HashSet<>());
        Bson query = ClaimQueries.query(speakerIds, appearing, filter, ClaimQueries.Sort.date, null);
        return claims.find(query).sort(ClaimQueries.Sort.date.sort()).limit(21);
    }

    private static long percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private Document speaker(int i) {
        String name = speakerName(i);
        String key = Text.normalise(name);
        return new Document("_id", speakerId(i)).append("name", name).append("nameKey", key)
                .append("surnameKey", Text.lastToken(key)).append("kind", "person")
                .append("aliases", List.of(name)).append("aliasKeys", List.of(key))
                .append("nameTokens", Text.tokens(name)).append("roles", List.of()).append("merges", List.of())
                .append("createdAt", new Date());
    }

    private Document document(int d, int documentCount) {
        Instant published = EPOCH.plus((long) d * DAYS / documentCount, ChronoUnit.DAYS)
                .plus(random.nextInt(86_400), ChronoUnit.SECONDS).truncatedTo(ChronoUnit.SECONDS);
        String source = randomSource();
        return new Document("_id", documentId(d)).append("source", source).append("sourceKey", source.toLowerCase())
                .append("state", "complete")
                .append("url", "https://" + source.toLowerCase() + ".example/" + d).append("title", "Story " + d)
                .append("published", published.toString()).append("publishedAt", Date.from(published))
                .append("language", "en").append("contentHash", Text.sha256("load " + d))
                .append("ingestedAt", new Date()).append("text", "Synthetic story " + d);
    }

    private Document claim(int c, Document speaker, Document firstDoc, int documentCount) {
        List<String> words = new ArrayList<>();
        for (int i = 8 + random.nextInt(7); i > 0; i--) {
            words.add(vocabulary.get(random.nextInt(vocabulary.size())));
        }
        String text = String.join(" ", words) + " " + c;
        List<Document> appearances = new ArrayList<>(List.of(appearance(firstDoc)));
        int extra = random.nextInt(100) < 20 ? 1 + (random.nextInt(100) < 25 ? 1 : 0) : 0;
        for (int i = 0; i < extra; i++) {
            int d = random.nextInt(documentCount);
            Document appearance = appearance(document(d, documentCount));
            // one appearance per document and span, as the service keys them
            if (appearances.stream().noneMatch(x -> x.getString("key").equals(appearance.getString("key")))) {
                appearances.add(appearance);
            }
        }
        Date first = appearances.stream().map(a -> a.getDate("seenAt")).min(Date::compareTo).orElseThrow();
        Date last = appearances.stream().map(a -> a.getDate("seenAt")).max(Date::compareTo).orElseThrow();
        appearances.forEach(a -> a.append("claimId", claimId(c)).append("speakerId", speaker.getString("_id"))
                .append("_id", a.remove("key") + "#" + claimId(c)));
        return new Document("_id", claimId(c)).append("seq", (long) c + 1).append("speakerId", speaker.getString("_id"))
                .append("speakerName", speaker.getString("name")).append("speakerKind", "person")
                .append("text", text).append("normText", Text.normalise(text)).append("tokens", Text.tokens(text))
                .append("type", TYPES[random.nextInt(3)]).append("firstSeen", first).append("lastSeen", last)
                .append("appearanceCount", appearances.size()).append("appearances", appearances);
    }

    private Document appearance(Document doc) {
        return new Document("key", doc.getString("_id") + ":0-1").append("documentId", doc.getString("_id"))
                .append("source", doc.getString("source")).append("sourceKey", doc.getString("sourceKey")).append("url", doc.getString("url"))
                .append("published", doc.getString("published")).append("seenAt", doc.getDate("publishedAt"))
                .append("start", 0).append("end", 1).append("cue", "said").append("type", "direct")
                .append("confidence", 0.8);
    }

    private String randomSource() {
        return SOURCES[random.nextInt(SOURCES.length)];
    }

    private static String day(int offset) {
        return EPOCH.plus(offset, ChronoUnit.DAYS).toString().substring(0, 10);
    }

    private static String speakerName(int i) {
        return capitalised(word(1000 + i % 100)) + " " + capitalised(word(2000 + i / 100));
    }

    private static String speakerId(int i) {
        return String.format("sp_load_%05d", i);
    }

    private static String claimId(int c) {
        return String.format("cl_load_%07d", c);
    }

    private static String documentId(int d) {
        return String.format("doc_load_%07d", d);
    }

    /** A pronounceable pseudo-word, distinct for each number. */
    private static String word(int n) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        int rest = n;
        do {
            word.append(consonants.charAt(rest % consonants.length()));
            rest /= consonants.length();
            word.append(vowels.charAt(rest % vowels.length()));
            rest /= vowels.length();
        } while (rest > 0);
        return word.toString();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }
}
