package io.claimtrack.claims;

import static io.claimtrack.claims.DocumentBatchGroupingTest.capital;
import static io.claimtrack.claims.InterruptedCorrectionTest.interrupt;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.service.CorrectionService;
import io.claimtrack.claims.service.PendingRecovery;
import io.claimtrack.claims.service.SourceCounts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * A document post stopped between any two of its writes, then sent again without an Idempotency-Key (as a newsroom
 * tool retries a call it got no answer to): with the service running on (a store error), or after a restart's recovery
 * finished what the call left (a kill -9). Both retries get the same answer, with the same ids, and leave what the API
 * shows as the post made in one go left it. The same for a batch (which carries no key: each document's id is the hash
 * of its text, and of its outlet for a copy), nothing twice, each document answered with the id of what is stored.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class InterruptedDocumentTest {

    @Inject
    PendingRecovery recovery;

    @Inject
    CorrectionService corrections;

    @Inject
    SourceCounts sourceCounts;

    /** A new document of a known speaker and an anonymous source, one of its claims made before. */
    @Test
    void aNewDocumentStoppedAfterAnyOfItsWritesAndSentAgainWithoutAKeyAnswersAsBeforeARestart() {
        stopAfterEachWriteAndRetry(InterruptedDocumentTest::newDocument);
    }

    /** A changed text at a known URL: the revision replaces the earlier version's appearances. */
    @Test
    void aRevisionStoppedAfterAnyOfItsWritesAndSentAgainWithoutAKeyAnswersAsBeforeARestart() {
        stopAfterEachWriteAndRetry(tag -> {
            Map<String, Object> first = newDocument(tag);
            post(first, 201);
            Map<String, Object> revised = new HashMap<>(first);
            revised.put("text", revised.get("text") + " The ministry of " + tag + " declined to comment.");
            return revised;
        });
    }

    /** The same text from another outlet: a syndicated copy, each claim gaining an appearance with that outlet. */
    @Test
    void aSyndicatedCopyStoppedAfterAnyOfItsWritesAndSentAgainWithoutAKeyAnswersAsBeforeARestart() {
        stopAfterEachWriteAndRetry(tag -> {
            Map<String, Object> copy = new HashMap<>(newDocument(tag));
            post(copy, 201);
            copy.put("source", "Post " + tag);
            copy.put("url", "https://post.example/" + tag + "/1");
            return copy;
        });
    }

    /**
     * Posts the scene's last document whole once (the reference), then, for every k below its count of writes, stops
     * it after its k-th write in two fresh scenes: one sent again with the service running on, one after what a restart
     * runs before it takes requests. The retry after the restart answers as the one before it, and the API then shows,
     * after either, what the reference left (a document a failed call left is finished before it is answered: sessions 37-38);
     * no marker stays.
     */
    private void stopAfterEachWriteAndRetry(Function<String, Map<String, Object>> scene) {
        String reference = Docs.letters();
        Map<String, Object> whole = scene.apply(reference);
        interrupt(Long.MAX_VALUE);
        post(whole, 201);
        long writes = interrupt(-1);
        String expected = DocumentBatchGroupingTest.stored(reference);
        assertTrue(writes > 5, "a post writes its marker, document, speakers, claims, appearances and counts: " + writes);

        for (int k = 0; k < writes; k++) {
            String runningOn = Docs.letters();
            String restarted = Docs.letters();
            String answeredRunningOn = stopAndRetry(scene.apply(runningOn), k, false);
            String answeredRestarted = stopAndRetry(scene.apply(restarted), k, true);
            String at = "stopped after write " + k + " of " + writes;
            assertEquals(untagged(answeredRunningOn, runningOn), untagged(answeredRestarted, restarted), at);
            assertEquals(expected, stored(runningOn, reference), at + ", the service running on");
            assertEquals(expected, stored(restarted, reference), at);
            assertEquals(0, StoredDocument.mongoDatabase().getCollection("pending_ingests").countDocuments(), at);
        }
    }

    /**
     * Sends the document, stopping the store after {@code k} writes, then sends it again without a key (after a
     * restart's recovery if so asked); answers the retry's status and body, its ids those the document had.
     */
    private String stopAndRetry(Map<String, Object> document, int k, boolean restart) {
        interrupt(k);
        int status = given().contentType("application/json").body(document).post("/documents").then().extract().statusCode();
        interrupt(-1);
        assertTrue(status >= 500, "stopped after write " + k + ": " + status);
        if (restart) {
            restart();
        }
        ExtractableResponse<Response> retry = given().contentType("application/json").body(document).post("/documents")
                .then().extract();
        Map<String, Object> body = retry.path("");
        body.remove("ingestedAt");
        body.remove("contentHash");
        // the ids answered are the stored document's, its claims' and speakers'
        Map<String, Object> stored = given().get("/documents/" + body.get("id")).then().statusCode(200).extract().path("");
        assertEquals(stored.get("statements").toString(), body.get("statements").toString());
        return (retry.statusCode() + " " + retry.header("Location") + " " + body).replaceAll("(doc|cl|sp)_[0-9a-f]{24}", "$1_ID")
                .replaceAll("http://[^ ]*/documents/", "/documents/");
    }

    private static String untagged(String answer, String tag) {
        return answer.replace(tag, "TAG").replace(capital(tag), "TAG");
    }

    /** What {@link DocumentBatchGroupingTest#stored} shows of a scene, its tag that of the reference. */
    private static String stored(String tag, String reference) {
        return DocumentBatchGroupingTest.stored(tag).replace(tag, reference).replace(capital(tag), capital(reference));
    }

    /** Irina's statement of an earlier document posted whole, and the document stopped: Irina again and a source. */
    private static Map<String, Object> newDocument(String tag) {
        String irina = "Irina " + capital(tag);
        String useful = "the talks on " + tag + " were useful";
        post(Docs.text(irina + " said \"" + useful + "\".").with("source", "Wire " + tag).with("published", "2026-03-01")
                .says(irina, useful).body(), 201);
        return Docs.text(irina + " said \"" + useful + "\" and \"prices of " + tag + " fall\". A source said \"the deal on "
                + tag + " is close\".").with("source", "Wire " + tag).with("url", "https://wire.example/" + tag + "/1")
                .with("published", "2026-03-02").says(irina, useful).says(irina, "prices of " + tag + " fall")
                .says("a source", null, "anonymous", "the deal on " + tag + " is close", "direct").body();
    }

    private static void post(Map<String, Object> document, int status) {
        given().contentType("application/json").body(document).post("/documents").then().statusCode(status);
    }

    /** What a restart runs before it takes requests. */
    private void restart() {
        recovery.recover();
        corrections.recover();
        sourceCounts.recountInterrupted();
    }

    /**
     * {@link DocumentBatchGroupingTest#documents}' batch (new documents completed together, a repeat, a copy, a
     * revision, anonymous sources), stopped after each of its writes in turn: for even k the retry comes after what a
     * restart runs before it takes requests, for odd k with the service running on.
     */
    @Test
    void aBatchStoppedAfterAnyOfItsWritesAndSentAgainEndsAsTheBatchMadeInOneGo() {
        String reference = Docs.letters();
        interrupt(Long.MAX_VALUE);
        List<Integer> statuses = DocumentBatchTest.postBatch(DocumentBatchGroupingTest.documents(reference)).statusCode(200)
                .extract().path("results.status");
        long writes = interrupt(-1);
        assertEquals(List.of(201, 201, 201, 201, 200, 201, 201, 201), statuses);
        String expected = byText(reference);

        // each stop costs a scene and the whole API view (about 10 s on a loaded machine): every one of 86 is a quarter
        // of an hour; the first eight (outlets, markers, documents begun, the first run's speakers), then every seventh
        for (long k : InterruptedCorrectionTest.stopPoints(writes, 8, 7)) {
            String at = "stopped after write " + k + " of " + writes;
            String tag = Docs.letters();
            List<Map<String, Object>> batch = DocumentBatchGroupingTest.documents(tag);
            interrupt(k);
            var first = DocumentBatchTest.postBatch(batch).extract();
            interrupt(-1);
            // a failure before the documents' own writes fails the call; one after them fails the documents it stopped;
            // at the last, a call that drew its seqs from a block an earlier call reserved wrote one fewer and ended
            boolean stopped = first.statusCode() >= 500 || first.<List<Integer>>path("results.status").contains(500);
            assertTrue(stopped || k == writes - 1, at + ": " + first.statusCode() + " " + first.body().asString());
            if (k % 2 == 0) {
                restart();
            }
            JsonPath retry = DocumentBatchTest.postBatch(batch).statusCode(200).extract().jsonPath();
            for (int i = 0; i < batch.size(); i++) {
                int status = retry.getInt("results[" + i + "].status");
                assertTrue(status == 200 || status == 201, at + ", document " + i + ": " + status);
                given().get("/documents/" + retry.getString("results[" + i + "].id")).then().statusCode(200)
                        .body("text", equalTo(batch.get(i).get("text")));
            }
            assertEquals(expected, byText(tag).replace(tag, reference)
                    .replace(capital(tag), capital(reference)), at);
            assertEquals(0, StoredDocument.mongoDatabase().getCollection("pending_ingests").countDocuments(), at);
        }
    }

    /**
     * What {@link DocumentBatchGroupingTest#stored} shows, the claims in the order of their texts (then of their
     * appearances): the documents a stopped batch left are finished by recovery or the retry before the rest, so their
     * claims' {@code seq} (the feed's order) is the order they were stored in, not the batch's.
     */
    private static String byText(String tag) {
        // two anonymous sources may say the same words: then their appearances, without ids, tell them apart
        return DocumentBatchGroupingTest.stored(tag, Comparator.comparing((Map<String, Object> c) -> (String) c.get("text"))
                .thenComparing(c -> c.get("appearances").toString().replaceAll("(doc|cl|sp)_[0-9a-f]{24}", "ID")));
    }
}
