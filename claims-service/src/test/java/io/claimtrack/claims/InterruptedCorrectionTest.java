package io.claimtrack.claims;

import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.input;
import static io.claimtrack.claims.CorrectionResourceTest.statement;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.service.CorrectionService;
import io.claimtrack.claims.service.SourceCounts;
import io.claimtrack.claims.store.InterruptibleStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A correction stopped between any two of its writes, as a kill -9 stops it, and then sent again ends as if it had
 * never been stopped: nothing twice, nothing missing.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class InterruptedCorrectionTest {

    @Inject
    CorrectionService corrections;

    @Inject
    SourceCounts sourceCounts;

    /**
     * A split writes its pieces one by one (the speaker set apart, then each statement moved, each its appearance, claim,
     * counts and days). Stopped after its k-th write, for every k, it is retried with its Idempotency-Key: for even k
     * after a restart's recovery (a kill -9), for odd k with the service running on (a store error). Everything the
     * API shows of the tag's documents, claims, speakers and corrections then equals the uninterrupted split's.
     */
    @Test
    void aSplitStoppedAfterAnyOfItsWritesAndRetriedEndsAsTheSplitMadeInOneGo() {
        stopAfterEachWriteAndRetry(true, k -> k % 2 == 0);
    }

    /**
     * The same split sent without an Idempotency-Key, as a newsroom tool retries a call that failed, the service running
     * on: the retry is the failed call's (the same caller, the same request), finished and answered 201 as the call
     * would have been, not planned again against the speaker it half split (a 409, the first record pending).
     */
    @Test
    void aSplitStoppedAfterAnyOfItsWritesAndSentAgainWithoutAKeyEndsAsTheSplitMadeInOneGo() {
        stopAfterEachWriteAndRetry(false, k -> false);
    }

    /**
     * The same keyless retry after a restart's recovery finished the split (a kill -9): its marker, kept for the caller
     * who never had the answer, makes the retry that call's, answered 201, not a new split (a 409, the speaker split).
     */
    @Test
    void aSplitStoppedAfterAnyOfItsWritesAndSentAgainWithoutAKeyAfterARestartEndsAsTheSplitMadeInOneGo() {
        stopAfterEachWriteAndRetry(false, k -> true);
    }

    /**
     * A split recovery finished, undone, then sent again without a key: the undo came after it on its speakers, so the
     * request is a new split (a new record, the speaker set apart again), not the recovered call's answer.
     */
    @Test
    void aRecoveredSplitUndoneAndSentAgainWithoutAKeyIsANewSplit() {
        Scene scene = Scene.of(Docs.letters());
        String first = recoveredUnanswered(scene);
        CorrectionResourceTest.undo(first).statusCode(201);
        String again = correct(scene.split).statusCode(201).extract().path("id");
        assertTrue(!first.equals(again), "a new record: " + again);
        given().get("/corrections/" + first).then().statusCode(200).body("status", is("undone"));
        given().get("/corrections/" + again).then().statusCode(200).body("status", is("applied"));
        assertEquals(0, markers().countDocuments());
    }

    /** A split recovery finished over an hour before: its caller is no longer retrying, so the same request is a new one. */
    @Test
    void aRecoveredSplitSentAgainWithoutAKeyAfterTheHourIsANewRequest() {
        Scene scene = Scene.of(Docs.letters());
        String first = recoveredUnanswered(scene);
        markers().updateOne(Filters.eq("_id", first), Updates.set("recovered", Instant.now().minus(61, ChronoUnit.MINUTES)));
        correct(scene.split).statusCode(409);
        assertEquals(0, markers().countDocuments());
    }

    /** The scene's split sent without a key and stopped after its 20th write, then a restart's recovery: its id. */
    private String recoveredUnanswered(Scene scene) {
        scene.split.remove("idempotencyKey");
        interrupt(20);
        assertTrue(correct(scene.split).extract().statusCode() >= 500);
        interrupt(-1);
        corrections.recover();
        sourceCounts.recountInterrupted();
        Document marker = markers().find().first();
        assertTrue(marker != null && marker.get("recovered") != null, "the marker kept for the caller: " + marker);
        return marker.getString("_id");
    }

    private static MongoCollection<Document> markers() {
        return StoredDocument.mongoDatabase().getCollection("pending_corrections");
    }

    /** A keyless request that matches no failed call is planned as before: a split of a speaker split already is a 409. */
    @Test
    void aSplitSentAgainWithoutAKeyAfterItsCallSucceededIsRefused() {
        Scene scene = Scene.of(Docs.letters());
        scene.split.remove("idempotencyKey");
        correct(scene.split).statusCode(201);
        correct(scene.split).statusCode(409);
    }

    /**
     * Stops a split after its k-th write, for every k, and sends it again, with its key or without: after a restart's
     * recovery (a kill -9) for the k {@code restartAt} takes, else with the service running on (a store error).
     * Everything the API shows of the tag's documents, claims, speakers and corrections then equals the uninterrupted
     * split's, and no marker is left.
     */
    private void stopAfterEachWriteAndRetry(boolean keyed, IntPredicate restartAt) {
        Scene reference = Scene.of(Docs.letters());
        interrupt(Long.MAX_VALUE);
        correct(reference.split).statusCode(201);
        long writes = interrupt(-1);
        String expected = reference.stored();

        for (int k = 0; k < writes; k++) {
            Scene scene = Scene.of(Docs.letters());
            if (!keyed) {
                scene.split.remove("idempotencyKey");
            }
            interrupt(k);
            int status = correct(scene.split).extract().statusCode();
            interrupt(-1);
            assertTrue(status >= 500, "stopped after write " + k + " of " + writes + ": " + status);
            if (restartAt.test(k)) {
                // what a restart runs before it takes requests
                corrections.recover();
                sourceCounts.recountInterrupted();
            }
            correct(scene.split).statusCode(keyed ? anyOf(is(200), is(201)) : is(201));
            assertEquals(expected, scene.stored().replace(scene.tag, reference.tag)
                    .replace(DocumentBatchGroupingTest.capital(scene.tag), DocumentBatchGroupingTest.capital(reference.tag)),
                    "stopped after write " + k + " of " + writes);
            assertEquals(0, markers().countDocuments(), "stopped after write " + k + " of " + writes);
        }
    }

    /**
     * Where a test stops a call of {@code writes} writes when every one costs too much: after each of the first
     * {@code each}, then after every {@code thenEvery}-th, and after the last.
     */
    static List<Long> stopPoints(long writes, int each, int thenEvery) {
        List<Long> at = new ArrayList<>();
        for (long k = 0; k < writes - 1; k = k < each ? k + 1 : k + thenEvery) {
            at.add(k);
        }
        at.add(writes - 1);
        return at;
    }

    /**
     * Stops the store after its next {@code after} writes (-1: never again); answers how many it wrote since the last
     * call.
     */
    static long interrupt(long after) {
        Document command = after < 0 ? new Document(InterruptibleStore.COMMAND, 1).append("off", true)
                : new Document(InterruptibleStore.COMMAND, 1).append("after", after);
        return ((Number) StoredDocument.mongoDatabase().runCommand(command).get("written")).longValue();
    }

    /**
     * Irina's two statements in one document ("rates of TAG stay", "ports of TAG reopen") and Olga TAGova's one in
     * another ("fares of TAG rise"), both of one outlet: the two documents as stored.
     */
    static List<JsonPath> irinaAndOlga(String tag) {
        String t = DocumentBatchGroupingTest.capital(tag);
        String irina = "Irina " + t;
        String olga = "Olga " + t + "ova";
        String rates = "rates of " + tag + " stay";
        String ports = "ports of " + tag + " reopen";
        JsonPath first = Docs.text(irina + " said \"" + rates + "\" and \"" + ports + "\".").with("source", "Wire " + tag)
                .with("published", "2026-04-01").says(irina, rates).says(irina, ports).post().statusCode(201)
                .extract().jsonPath();
        String fares = "fares of " + tag + " rise";
        JsonPath second = Docs.text(olga + " said \"" + fares + "\".").with("source", "Wire " + tag)
                .with("published", "2026-04-02").says(olga, fares).post().statusCode(201).extract().jsonPath();
        return List.of(first, second);
    }

    /** {@link #irinaAndOlga}, Olga merged into Irina by an editor, and the split that sets her apart again. */
    private record Scene(String tag, String olga, Map<String, Object> split) {

        static Scene of(String tag) {
            List<JsonPath> posted = irinaAndOlga(tag);
            JsonPath first = posted.get(0);
            String olgaId = posted.get(1).getString("statements[0].speakerId");
            Map<String, Object> merge = input(new HashMap<>(Map.of("action", "merge", "speaker", olgaId,
                    "into", first.getString("statements[0].speakerId"), "reason", "one person")));
            merge.put("idempotencyKey", "merge-" + tag);
            correct(merge).statusCode(201);
            // Irina's second statement goes with Olga, Olga's own with Irina
            Map<String, Object> split = input(new HashMap<>(Map.of("action", "split", "speaker", olgaId, "reason", "two people",
                    "statements", List.of(statement(first.getString("id"), first, 1)))));
            split.put("idempotencyKey", "split-" + tag);
            return new Scene(tag, olgaId, split);
        }

        /** What {@link DocumentBatchGroupingTest#stored} shows, and the corrections of Olga, without their ids. */
        String stored() {
            List<Map<String, Object>> made = given().queryParam("speaker", olga).get("/corrections").then().statusCode(200)
                    .body("items.size()", greaterThanOrEqualTo(2)).extract().path("items");
            String all = DocumentBatchGroupingTest.stored(tag) + made.stream()
                    .map(c -> c.get("action") + " " + c.get("status") + " " + targets(c)).toList();
            for (Map<String, Object> c : made) {
                all = all.replace((String) c.get("id"), "CORRECTION-" + c.get("action"));
            }
            return all;
        }

        /** Each target's text, what it does and to whom (Olga or not), without the ids of this scene. */
        @SuppressWarnings("unchecked")
        private List<String> targets(Map<String, Object> correction) {
            return ((List<Map<String, Object>>) correction.get("targets")).stream().map(t -> t.get("text") + " "
                    + t.get("span") + " " + t.get("status") + " to Olga " + olga.equals(t.get("speakerId"))).toList();
        }
    }
}
