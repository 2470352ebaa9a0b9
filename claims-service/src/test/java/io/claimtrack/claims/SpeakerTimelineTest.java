package io.claimtrack.claims;

import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.hide;
import static io.claimtrack.claims.CorrectionResourceTest.reassign;
import static io.claimtrack.claims.CorrectionResourceTest.undo;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.service.CorrectionService;
import io.claimtrack.claims.service.LegacyMigration;
import io.claimtrack.claims.service.PendingRecovery;
import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * {@code GET /speakers/{id}/stats} answers from counts kept per speaker and day. After every kind of
 * write (new claims, repeats, an older document that moves a claim's first day, a revision, corrections
 * that move a statement to another speaker and their undos, recovery after a crash, a migration) the
 * series equals what counting the speaker's claims and appearances gives, and the read touches neither.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class SpeakerTimelineTest {

    @Inject
    StoreReads reads;

    @Inject
    PendingRecovery recovery;

    @Inject
    CorrectionService corrections;

    @Inject
    LegacyMigration migration;

    @Test
    void repeatsAnOlderDocumentAndARevisionKeepTheDaysRight() {
        String tag = Docs.letters();
        String name = "Vera " + tag;
        String url = "https://timeline.example/" + tag;
        String speaker = speakerOf(Docs.text("Vera " + tag + " said one " + tag + " and two " + tag + ".")
                .with("published", "2025-03-10").with("url", "https://timeline.example/a/" + tag)
                .says(name, "one " + tag).says(name, "two " + tag));
        Docs.text("Vera " + tag + " said one " + tag + " and three " + tag + ".").with("published", "2025-03-12")
                .with("url", url).says(name, "one " + tag).says(name, "three " + tag).postAndGetId();
        assertDays(speaker, Map.of("2025-03-10", List.of(2L, 2L), "2025-03-12", List.of(1L, 2L)));

        // an older document: "two" was first seen on the 5th after all
        Docs.text("Vera " + tag + " said two " + tag + " early.").with("published", "2025-03-05")
                .with("url", "https://timeline.example/c/" + tag).says(name, "two " + tag).postAndGetId();
        assertDays(speaker, Map.of("2025-03-05", List.of(1L, 1L), "2025-03-10", List.of(1L, 2L),
                "2025-03-12", List.of(1L, 2L)));

        // a revision drops "one" and "three" there: "three" has no appearance left, "four" is new
        Docs.text("UPDATED: Vera " + tag + " said four " + tag + ".").with("published", "2025-03-12").with("url", url)
                .says(name, "four " + tag).postAndGetId();
        assertDays(speaker, Map.of("2025-03-05", List.of(1L, 1L), "2025-03-10", List.of(1L, 2L),
                "2025-03-12", List.of(1L, 1L)));
    }

    @Test
    void correctionsMovingAStatementAndTheirUndosMoveItsCounts() {
        String tag = Docs.letters();
        String anna = "Anna " + tag;
        JsonPath doc = Docs.text("Anna " + tag + " said taxes fall " + tag + " and rents rise " + tag + ".")
                .with("published", "2025-04-01").says(anna, "taxes fall " + tag).says(anna, "rents rise " + tag)
                .post().statusCode(201).extract().jsonPath();
        String documentId = doc.getString("id");
        String annaId = doc.getString("statements[0].speakerId");
        assertDays(annaId, Map.of("2025-04-01", List.of(2L, 2L)));

        String moved = correct(reassign(documentId, doc, 1, Map.of("name", "Boris " + tag, "kind", "person"), "Boris said it"))
                .statusCode(201).extract().path("id");
        String borisId = given().get("/documents/" + documentId).then().extract().path("statements[1].speakerId");
        assertNotEquals(annaId, borisId);
        assertDays(annaId, Map.of("2025-04-01", List.of(1L, 1L)));
        assertDays(borisId, Map.of("2025-04-01", List.of(1L, 1L)));

        undo(moved).statusCode(201);
        assertDays(annaId, Map.of("2025-04-01", List.of(2L, 2L)));
        assertDays(borisId, Map.of());

        String hidden = correct(hide(documentId, doc, 0, "a caption")).statusCode(201).extract().path("id");
        assertDays(annaId, Map.of("2025-04-01", List.of(1L, 1L)));
        undo(hidden).statusCode(201);
        assertDays(annaId, Map.of("2025-04-01", List.of(2L, 2L)));
    }

    @Test
    void aDocumentACrashLeftPendingIsCountedAgainOnRecovery() {
        String tag = Docs.letters();
        String name = "Ines " + tag;
        String id = Docs.text("Ines " + tag + " said ports reopen " + tag + ".").with("published", "2025-05-02")
                .says(name, "ports reopen " + tag).postAndGetId();
        String speaker = given().get("/documents/" + id).then().extract().path("statements[0].speakerId");
        // as a crash after the appearance was written and before its count: counts missing, document pending
        documentLeftPending(id, speaker);

        recovery.recover();

        assertDays(speaker, Map.of("2025-05-02", List.of(1L, 1L)));
    }

    @Test
    void aCorrectionACrashLeftPendingIsCountedAgainOnRecovery() {
        String tag = Docs.letters();
        String name = "Olga " + tag;
        JsonPath doc = Docs.text("Olga " + tag + " said bridges close " + tag + ".").with("published", "2025-05-03")
                .says(name, "bridges close " + tag).post().statusCode(201).extract().jsonPath();
        String speaker = doc.getString("statements[0].speakerId");
        String id = correct(hide(doc.getString("id"), doc, 0, "an ad")).statusCode(201).extract().path("id");
        // as a crash after the appearance was deleted and before its count went down
        hideLeftPending(id, speaker + "|2025-05-03");

        corrections.recover();

        assertDays(speaker, Map.of());
    }

    @Test
    void aDocumentAFailedCallLeftPendingIsCountedByItsRetryOnce() {
        String tag = Docs.letters();
        String name = "Lena " + tag;
        Docs post = Docs.text("Lena " + tag + " said tolls rise " + tag + ".").with("published", "2025-05-04")
                .says(name, "tolls rise " + tag);
        String id = post.postAndGetId();
        String speaker = given().get("/documents/" + id).then().extract().path("statements[0].speakerId");
        post.post().statusCode(200);
        assertDays(speaker, Map.of("2025-05-04", List.of(1L, 1L)));
        // as if a store error had ended the call after the appearance was written and before its count, the
        // service running on: its retry finishes the document and counts the day
        documentLeftPending(id, speaker);

        post.post().statusCode(200);

        assertDays(speaker, Map.of("2025-05-04", List.of(1L, 1L)));
        assertEquals(0, StoredDocument.mongoDatabase().getCollection("pending_ingests").countDocuments(Filters.eq("_id", id)));
        post.post().statusCode(200);
        assertDays(speaker, Map.of("2025-05-04", List.of(1L, 1L)));
    }

    @Test
    void aCorrectionAFailedCallLeftPendingIsCountedByItsRetryOnce() {
        String tag = Docs.letters();
        String name = "Petr " + tag;
        JsonPath doc = Docs.text("Petr " + tag + " said canals freeze " + tag + ".").with("published", "2025-05-05")
                .says(name, "canals freeze " + tag).post().statusCode(201).extract().jsonPath();
        String speaker = doc.getString("statements[0].speakerId");
        Map<String, Object> body = hide(doc.getString("id"), doc, 0, "an ad");
        body.put("idempotencyKey", "k-" + tag);
        String id = correct(body).statusCode(201).extract().path("id");
        correct(body).statusCode(200);
        assertDays(speaker, Map.of());
        // as if a store error had ended the call after the appearance was deleted and before its count went down,
        // the service running on: its retry finishes the correction and counts the day down
        hideLeftPending(id, speaker + "|2025-05-05");

        correct(body).statusCode(200);

        assertDays(speaker, Map.of());
        given().get("/corrections/" + id).then().statusCode(200);
        correct(body).statusCode(200);
        assertDays(speaker, Map.of());
    }

    @Test
    void aStoreWrittenBeforeTheCountsGetsThemOnce() {
        String tag = Docs.letters();
        String name = "Rita " + tag;
        String speaker = speakerOf(Docs.text("Rita " + tag + " said grain exports grow " + tag + " and steel prices fall.")
                .with("published", "2025-06-20").says(name, "grain exports grow " + tag).says(name, "steel prices fall"));
        days().deleteMany(Filters.eq("speakerId", speaker));
        StoredDocument.mongoDatabase().getCollection("counters").updateOne(Filters.eq("_id", "schema"),
                Updates.set("value", 4));

        migration.migrate();

        assertDays(speaker, Map.of("2025-06-20", List.of(2L, 2L)));
        assertEquals(LegacyMigration.SCHEMA, StoredDocument.mongoDatabase().getCollection("counters")
                .find(Filters.eq("_id", "schema")).first().getInteger("value"));
    }

    @Test
    void olderDocumentsWrittenAtOnceMoveAClaimToItsFirstDayOnce() throws Exception {
        String tag = Docs.letters();
        String name = "Nina " + tag;
        String speaker = speakerOf(Docs.text("Nina " + tag + " said the same " + tag + ".").with("published", "2025-07-20")
                .says(name, "the same " + tag));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> posts = new ArrayList<>();
            for (int day = 1; day <= 6; day++) {
                Docs older = Docs.text("Nina " + tag + " said the same " + tag + " on day " + day + ".")
                        .with("published", "2025-07-0" + day).with("url", "https://timeline.example/" + tag + "/" + day)
                        .says(name, "the same " + tag);
                posts.add(pool.submit(older::postAndGetId));
            }
            for (Future<String> post : posts) {
                post.get();
            }
        } finally {
            pool.shutdown();
        }
        Map<String, List<Long>> expected = new TreeMap<>(Map.of("2025-07-01", List.of(1L, 1L), "2025-07-20", List.of(0L, 1L)));
        for (int day = 2; day <= 6; day++) {
            expected.put("2025-07-0" + day, List.of(0L, 1L));
        }
        assertDays(speaker, expected);
    }

    @Test
    void theReadTouchesNoClaimOrAppearance() {
        String tag = Docs.letters();
        String name = "Zoe " + tag;
        String speaker = speakerOf(Docs.text("Zoe " + tag + " said x " + tag + ".").says(name, "x " + tag));
        reads.reset();
        given().queryParam("interval", "week").get("/speakers/" + speaker + "/stats").then().statusCode(200);
        assertEquals(List.of(0L, 0L), List.of(reads.returned("claims"), reads.returned("appearances")));
    }

    /** The document pending, its marker back, its speaker's days gone: as if counted never. */
    private static void documentLeftPending(String id, String speaker) {
        days().deleteMany(Filters.eq("speakerId", speaker));
        StoredDocument.mongoCollection().updateOne(Filters.eq("_id", id), Updates.set("state", StoredDocument.PENDING));
        StoredDocument.mongoDatabase().getCollection("pending_ingests").insertOne(new Document("_id", id));
    }

    /** The hiding correction pending, its marker back, the hidden statement's day counted still. */
    private static void hideLeftPending(String id, String day) {
        days().updateOne(Filters.eq("_id", day), Updates.combine(Updates.set("newClaims", 1), Updates.set("appearances", 1)));
        StoredDocument.mongoDatabase().getCollection("corrections").updateOne(Filters.eq("_id", id),
                Updates.set("state", "pending"));
        StoredDocument.mongoDatabase().getCollection("pending_corrections").insertOne(new Document("_id", id));
    }

    /** The day series equals both the expected days and what counting the claims and appearances gives. */
    private static void assertDays(String speakerId, Map<String, List<Long>> expected) {
        Map<String, List<Long>> served = new TreeMap<>();
        JsonPath stats = given().queryParam("interval", "day").get("/speakers/" + speakerId + "/stats").then()
                .statusCode(200).extract().jsonPath();
        for (Map<String, Object> bucket : stats.<Map<String, Object>>getList("series")) {
            served.put((String) bucket.get("period"), List.of(((Number) bucket.get("newClaims")).longValue(),
                    ((Number) bucket.get("appearances")).longValue()));
        }
        assertEquals(new TreeMap<>(expected), served);
        assertEquals(counted(speakerId), served);
    }

    /** What the stats read used to compute on every request. */
    private static Map<String, List<Long>> counted(String speakerId) {
        Map<String, long[]> days = new TreeMap<>();
        Claim.<Claim>mongoCollection().find(Filters.and(Filters.eq("speakerId", speakerId), Filters.gt("appearanceCount", 0)))
                .forEach(c -> days.computeIfAbsent(day(c.firstSeen), d -> new long[2])[0]++);
        Appearance.<Appearance>mongoCollection().find(Filters.eq("speakerId", speakerId))
                .forEach(a -> days.computeIfAbsent(day(a.seenAt), d -> new long[2])[1]++);
        Map<String, List<Long>> out = new TreeMap<>();
        days.forEach((day, n) -> out.put(day, List.of(n[0], n[1])));
        return out;
    }

    private static String day(java.time.Instant at) {
        return at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String speakerOf(Docs doc) {
        return doc.post().statusCode(201).extract().path("statements[0].speakerId");
    }

    private static MongoCollection<Document> days() {
        return StoredDocument.mongoDatabase().getCollection("speaker_days");
    }
}
