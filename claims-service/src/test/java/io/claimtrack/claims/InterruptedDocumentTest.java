package io.claimtrack.claims;

import static io.claimtrack.claims.DocumentBatchGroupingTest.capital;
import static io.claimtrack.claims.InterruptedCorrectionTest.interrupt;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
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
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/**
 * A document post stopped between any two of its writes, then sent again without an Idempotency-Key (as a newsroom
 * tool retries a call it got no answer to): with the service running on (a store error), or after a restart's recovery
 * finished what the call left (a kill -9). Both retries get the same answer, with the same ids, and leave what the API
 * shows as the post made in one go left it.
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
     * runs before it takes requests. The retry after the restart answers as the one before it, and the API then shows
     * what the reference left (a document a failed call left is finished before it is answered: sessions 37-38);
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
            recovery.recover();
            corrections.recover();
            sourceCounts.recountInterrupted();
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
}
