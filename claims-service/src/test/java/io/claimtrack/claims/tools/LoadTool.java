package io.claimtrack.claims.tools;

import static io.claimtrack.claims.tools.LoadData.CLAIMS_PER_DOCUMENT;
import static io.claimtrack.claims.tools.LoadData.DAYS;
import static io.claimtrack.claims.tools.LoadData.EPOCH;
import static io.claimtrack.claims.tools.LoadData.SOURCES;
import static io.claimtrack.claims.tools.LoadData.TYPES;
import static io.claimtrack.claims.tools.LoadData.VOCABULARY;
import static io.claimtrack.claims.tools.LoadData.claimId;
import static io.claimtrack.claims.tools.LoadData.day;
import static io.claimtrack.claims.tools.LoadData.dayOf;
import static io.claimtrack.claims.tools.LoadData.documentId;
import static io.claimtrack.claims.tools.LoadData.outletName;
import static io.claimtrack.claims.tools.LoadData.speakerId;
import static io.claimtrack.claims.tools.LoadData.speakerName;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;

import io.claimtrack.claims.config.IndexSetup;
import io.claimtrack.claims.service.ClaimService;
import io.claimtrack.claims.service.LegacyMigration;
import io.claimtrack.claims.service.Text;
import io.claimtrack.claims.store.EmbeddedMongoStore;

/**
 * Fills a store with synthetic speakers, documents and claims in the shapes claims-service writes,
 * then times each query path the API runs ({@link LoadQueries}). Usage (see claims-service/README.md):
 * {@code --claims 1000000 --speakers 10000 [--top-speaker-share 0.02] [--claim-keys false] [--data DIR | --mongo URI]
 * [--queries 50] [--budget-seconds 60]}.
 */
public final class LoadTool {

    private static final int FILLER_WORDS = 40;
    private static final int REPRINT_WITHIN = 400;
    private static final int REPRINT_SPAN = 1_000_000;
    /** Between a claim key and its claim's number in {@link #claimKeys}: sorts below every key character. */
    private static final char KEY_OWNER = '\u0001';

    private final Random random = new Random(42);
    private final Map<String, String> options;
    private EmbeddedMongoStore store;
    /** Every claim key with its claim's number, written sorted after the claims (see {@link #writeClaimKeys}). */
    private final List<String> claimKeys = new ArrayList<>();
    private String[] normTexts;
    /** Per speaker and day (index speaker * (DAYS + 1) + day): new claims, appearances; written after the fill. */
    private int[][] days;
    /** Off ({@code --claim-keys false}) for a store only read from: no read uses them, and they are most of its documents. */
    private boolean withClaimKeys;

    private LoadTool(Map<String, String> options) {
        this.options = options;
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
        // synced as the service's store is, so a filled store is in the state the service would leave (MVStore's
        // retention 0); it did not make the file smaller (README, "Load tool")
        store = options.containsKey("mongo") ? null
                : EmbeddedMongoStore.open(Path.of(options.getOrDefault("data", "target/load-data")), "127.0.0.1", 0,
                        true);
        String uri = store == null ? options.get("mongo") : store.connectionString();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase db = client.getDatabase(options.getOrDefault("database", "claims_load"));
            System.out.printf("store: %s%n", store == null ? "MongoDB " + uri : "embedded H2 at " + store.file());
            IndexSetup.declare(db);
            if (db.getCollection("claims").estimatedDocumentCount() < claims) {
                fill(db, claims, speakers);
            }
            new LoadQueries(random).measure(db, speakers, claims, intOption("queries", 50),
                    intOption("budget-seconds", 60));
        } finally {
            if (store != null) {
                store.close();
            }
        }
    }

    /**
     * Writes every collection the service reads in its shapes, so the service starts on the store without
     * migrating anything: documents with their statements, speakers with their claim counts and lookup keys,
     * claims with their keys, outlets and counts, appearances, sources with their counts, the counters.
     * Batches of {@code --batch} claims are written by one thread while the next is generated.
     */
    private void fill(MongoDatabase db, int claimCount, int speakerCount) {
        db.drop();
        IndexSetup.declare(db);
        long started = System.nanoTime();
        List<Document> speakers = new ArrayList<>();
        for (int i = 0; i < speakerCount; i++) {
            speakers.add(speaker(i));
        }
        int batchClaims = intOption("batch", 20_000);
        int documentCount = (claimCount + CLAIMS_PER_DOCUMENT - 1) / CLAIMS_PER_DOCUMENT;
        long[] claimsPerSpeaker = new long[speakerCount];
        double topShare = Double.parseDouble(options.getOrDefault("top-speaker-share", "0"));
        days = new int[2][speakerCount * (DAYS + 1)];
        withClaimKeys = Boolean.parseBoolean(options.getOrDefault("claim-keys", "true"));
        normTexts = withClaimKeys ? new String[claimCount] : null;
        Map<String, long[]> perOutlet = new LinkedHashMap<>();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        try {
            Future<?> writing = CompletableFuture.completedFuture(null);
            Batch batch = new Batch();
            for (int d = 0; d < documentCount; d++) {
                Document doc = document(d, documentCount);
                perOutlet.computeIfAbsent(doc.getString("sourceKey"), k -> new long[2])[0]++;
                List<Document> statements = new ArrayList<>();
                StringBuilder text = new StringBuilder();
                for (int c = d * CLAIMS_PER_DOCUMENT; c < Math.min(claimCount, (d + 1) * CLAIMS_PER_DOCUMENT); c++) {
                    // one speaker may say a share of everything (a head of state in a wire service's archive)
                    int s = topShare > 0 && random.nextDouble() < topShare ? 0 : random.nextInt(speakerCount);
                    claimsPerSpeaker[s]++;
                    filler(text);
                    int start = text.length();
                    Document claim = claim(c, s, speakers.get(s), doc, d, start, documentCount, batch, perOutlet);
                    text.append(claim.getString("text")).append(". ");
                    statements.add(new Document("speakerName", claim.getString("speakerName"))
                            .append("mention", claim.getString("speakerName")).append("kind", "person")
                            .append("content", claim.getString("text")).append("start", start)
                            .append("end", start + claim.getString("text").length()).append("cue", "said")
                            .append("type", claim.getString("type")).append("date", doc.getString("published"))
                            .append("region", "main").append("confidence", 0.8)
                            .append("claimId", claim.getString("_id")).append("speakerId", speakers.get(s).getString("_id")));
                }
                batch.documents.add(doc.append("text", text.toString()).append("statements", statements));
                batch.lookupKeys.add(new Document("_id", "url|" + doc.getString("url"))
                        .append("ids", List.of(doc.getString("_id"))));
                if (batch.claims.size() >= batchClaims || d == documentCount - 1) {
                    Batch full = batch;
                    finish(writing);
                    writing = writer.submit(() -> full.write(db, store));
                    batch = new Batch();
                    if ((d + 1) * CLAIMS_PER_DOCUMENT % 100_000 < batchClaims) {
                        System.out.printf("  %,d claims generated, %.0f s%n", (d + 1) * CLAIMS_PER_DOCUMENT,
                                (System.nanoTime() - started) / 1e9);
                    }
                }
            }
            finish(writing);
        } finally {
            writer.shutdown();
        }
        writeClaimKeys(db);
        for (int i = 0; i < speakerCount; i++) {
            speakers.get(i).append("claimCount", claimsPerSpeaker[i]);
        }
        writeSpeakers(db, speakers);
        writeSpeakerDays(db, speakerCount);
        List<Document> sources = new ArrayList<>();
        perOutlet.forEach((key, counts) -> sources.add(new Document("_id", key).append("name", outletName(key))
                .append("aliases", List.of(outletName(key))).append("documents", counts[0]).append("claims", counts[1])
                .append("pending", 0)));
        db.getCollection("sources").insertMany(sources);
        db.getCollection("counters").insertMany(List.of(new Document("_id", "claims").append("value", (long) claimCount),
                new Document("_id", "schema").append("value", LegacyMigration.SCHEMA)));
        if (store != null) {
            store.flush();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("inserted %,d claims, %,d documents, %,d speakers in %.1f s: %,.0f claims/s%n",
                claimCount, documentCount, speakerCount, seconds, claimCount / seconds);
    }

    /** One batch of every collection, written together and committed: the service's shapes, in bulk. */
    private static final class Batch {
        final List<Document> documents = new ArrayList<>();
        final List<Document> claims = new ArrayList<>();
        final List<Document> appearances = new ArrayList<>();
        final List<Document> lookupKeys = new ArrayList<>();

        void write(MongoDatabase db, EmbeddedMongoStore store) {
            InsertManyOptions unordered = new InsertManyOptions().ordered(false);
            db.getCollection("documents").insertMany(documents, unordered);
            db.getCollection("claims").insertMany(claims, unordered);
            db.getCollection("appearances").insertMany(appearances, unordered);
            db.getCollection("lookup_keys").insertMany(lookupKeys, unordered);
            if (store != null) {
                // a commit per batch: memory stays bounded
                store.flush();
            }
        }
    }

    private static void finish(Future<?> writing) {
        try {
            writing.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("writing a batch failed", e.getCause());
        }
    }

    /**
     * The claim keys, in key order: their ids are hashes, so written with their claims they would land all
     * over the map, and every commit would rewrite most of it (a 1M store: every page, 50 times). Sorted,
     * the map grows at its end. Of claims of one speaker sharing a band, the first owns the key, as on
     * the write path.
     */
    private void writeClaimKeys(MongoDatabase db) {
        long started = System.nanoTime();
        Collections.sort(claimKeys);
        MongoCollection<Document> keys = db.getCollection("claim_keys");
        List<Document> chunk = new ArrayList<>();
        String previous = null;
        for (String entry : claimKeys) {
            int split = entry.indexOf(KEY_OWNER);
            String key = entry.substring(0, split);
            if (key.equals(previous)) {
                continue;
            }
            previous = key;
            int c = Integer.parseInt(entry.substring(split + 1));
            chunk.add(new Document("_id", key).append("claimId", claimId(c)).append("normText", normTexts[c]));
            if (chunk.size() == 50_000) {
                keys.insertMany(chunk);
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            keys.insertMany(chunk);
        }
        System.out.printf("  %,d claim keys in %.0f s%n", claimKeys.size(), (System.nanoTime() - started) / 1e9);
        claimKeys.clear();
    }

    /** Each speaker's days, in key order: new claims (by first appearance) and appearances per day. */
    private void writeSpeakerDays(MongoDatabase db, int speakerCount) {
        MongoCollection<Document> collection = db.getCollection("speaker_days");
        List<Document> chunk = new ArrayList<>();
        for (int s = 0; s < speakerCount; s++) {
            for (int day = 0; day <= DAYS; day++) {
                int i = s * (DAYS + 1) + day;
                if (days[0][i] == 0 && days[1][i] == 0) {
                    continue;
                }
                String date = day(day);
                chunk.add(new Document("_id", speakerId(s) + "|" + date).append("speakerId", speakerId(s))
                        .append("day", date).append("newClaims", (long) days[0][i]).append("appearances", (long) days[1][i]));
                if (chunk.size() == 50_000) {
                    collection.insertMany(chunk);
                    chunk.clear();
                }
            }
        }
        if (!chunk.isEmpty()) {
            collection.insertMany(chunk);
        }
        days = null;
    }

    /** Speakers and the keys the write path finds them by: each name, and each surname's full names. */
    private static void writeSpeakers(MongoDatabase db, List<Document> speakers) {
        db.getCollection("speakers").insertMany(speakers);
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (Document speaker : speakers) {
            String id = speaker.getString("_id");
            keys.computeIfAbsent("alias|" + speaker.getString("nameKey"), k -> new ArrayList<>()).add(id);
            keys.computeIfAbsent("surname|" + speaker.getString("surnameKey"), k -> new ArrayList<>()).add(id);
        }
        List<Document> lookupKeys = new ArrayList<>();
        keys.forEach((key, ids) -> lookupKeys.add(new Document("_id", key).append("ids", ids)));
        db.getCollection("lookup_keys").insertMany(lookupKeys);
    }

    /** Words between statements, so a document is about as long as a news article. */
    private void filler(StringBuilder text) {
        for (int i = 0; i < FILLER_WORDS; i++) {
            text.append(VOCABULARY.get(random.nextInt(VOCABULARY.size()))).append(i == FILLER_WORDS - 1 ? ". " : " ");
        }
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

    /** Document {@code d}, the same each time it is asked for (an appearance elsewhere points at it too). */
    private static Document document(int d, int documentCount) {
        SplittableRandom own = new SplittableRandom(d);
        Instant published = EPOCH.plus((long) d * DAYS / documentCount, ChronoUnit.DAYS)
                .plus(own.nextInt(86_400), ChronoUnit.SECONDS);
        String source = SOURCES[own.nextInt(SOURCES.length)];
        return new Document("_id", documentId(d)).append("state", "complete").append("source", source)
                .append("sourceKey", source.toLowerCase()).append("url", "https://" + source.toLowerCase() + ".example/" + d)
                .append("title", "Story " + d).append("published", published.toString())
                .append("publishedAt", Date.from(published)).append("language", "en")
                .append("contentHash", Text.sha256("load " + d)).append("ingestedAt", Date.from(published));
    }

    private Document claim(int c, int speakerIndex, Document speaker, Document firstDoc, int firstDocument, int start,
            int documentCount, Batch batch, Map<String, long[]> perOutlet) {
        List<String> words = new ArrayList<>();
        for (int i = 8 + random.nextInt(7); i > 0; i--) {
            words.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
        }
        String text = String.join(" ", words) + " " + c;
        String id = claimId(c);
        String speakerId = speaker.getString("_id");
        List<Document> appearances = new ArrayList<>(List.of(appearance(firstDoc, start, start + text.length())));
        int extra = random.nextInt(100) < 20 ? 1 + (random.nextInt(100) < 25 ? 1 : 0) : 0;
        for (int i = 0; i < extra; i++) {
            // reprinted in another document; its span there is past that document's own statements and this
            // claim's own, so no two appearances share an id
            // within the next few hundred documents (a reprint days later), so its index entries go near the end
            int d = Math.min(documentCount - 1, firstDocument + 1 + random.nextInt(REPRINT_WITHIN));
            Document appearance = appearance(document(d, documentCount), REPRINT_SPAN + c, REPRINT_SPAN + c + text.length());
            if (appearances.stream().noneMatch(x -> x.getString("_id").equals(appearance.getString("_id")))) {
                appearances.add(appearance);
            }
        }
        Date first = appearances.stream().map(a -> a.getDate("seenAt")).min(Date::compareTo).orElseThrow();
        Date last = appearances.stream().map(a -> a.getDate("seenAt")).max(Date::compareTo).orElseThrow();
        days[0][speakerIndex * (DAYS + 1) + dayOf(first)]++;
        appearances.forEach(a -> days[1][speakerIndex * (DAYS + 1) + dayOf(a.getDate("seenAt"))]++);
        appearances.forEach(a -> a.append("claimId", id).append("speakerId", speakerId));
        batch.appearances.addAll(appearances);
        List<String> outlets = appearances.stream().map(a -> a.getString("sourceKey")).distinct().toList();
        outlets.forEach(outlet -> perOutlet.computeIfAbsent(outlet, k -> new long[2])[1]++);
        String normText = ClaimService.normalise(text);
        if (withClaimKeys) {
            normTexts[c] = normText;
            for (String key : ClaimService.keys(speakerId, normText)) {
                claimKeys.add(key + KEY_OWNER + String.format("%07d", c));
            }
        }
        Document claim = new Document("_id", id).append("seq", (long) c + 1).append("speakerId", speakerId)
                .append("speakerName", speaker.getString("name")).append("speakerKind", "person")
                .append("text", text).append("normText", normText).append("tokens", Text.tokens(text))
                .append("type", TYPES[random.nextInt(3)]).append("appearanceCount", appearances.size())
                .append("createdAt", firstDoc.getDate("ingestedAt")).append("firstSeen", first).append("lastSeen", last)
                .append("sourceKeys", outlets);
        batch.claims.add(claim);
        return claim;
    }

    private Document appearance(Document doc, int start, int end) {
        return new Document("_id", doc.getString("_id") + ":" + start + "-" + end)
                .append("documentId", doc.getString("_id")).append("sourceKey", doc.getString("sourceKey"))
                .append("source", doc.getString("source")).append("url", doc.getString("url"))
                .append("published", doc.getString("published")).append("seenAt", doc.getDate("publishedAt"))
                .append("start", start).append("end", end).append("cue", "said").append("type", "direct")
                .append("date", doc.getString("published")).append("region", "main").append("confidence", 0.8);
    }

    private int intOption(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(fallback)));
    }
}
