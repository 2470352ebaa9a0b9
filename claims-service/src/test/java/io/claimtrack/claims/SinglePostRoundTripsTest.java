package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A single post's commands that follow one another without needing each other's answers go to the embedded store
 * in one round trip (claims README, "Session 30" and "Session 31"): the repeat check with the URL's key, the marker
 * with the pending document, the outlet's count bracket with the speakers' keys, the speakers they most likely name
 * and the claim keys of those speakers' statements, the new claims with their keys, the speakers' claim counts with
 * the appearances and the read of the claims they count, and their counts with the five last writes in two. The same
 * commands run, so the counts of the other tests hold.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class SinglePostRoundTripsTest {

    @Inject
    StoreReads store;

    @Test
    void aNewPostSavesTenRoundTripsAndARepeatOne() {
        String tag = Docs.unique();
        post(tag + "-warm", "Ada Quay").statusCode(201); // the first post of the process asks the store whether it takes rounds
        store.reset();
        post(tag, "Bea Quay").statusCode(201);
        assertEquals(1, store.finds("documents"));
        assertEquals(1, store.writes("insert", "documents"));
        assertEquals(1, store.writes("update", "speaker_days"));
        assertEquals(1, store.writes("delete", "pending_ingests"));
        assertEquals(0, store.alone("find", "claim_keys"));
        assertEquals(10, store.commands() - store.roundTrips());

        store.reset();
        post(tag, "Bea Quay").statusCode(200);
        assertEquals(1, store.finds("documents"));
        assertEquals(1, store.finds("lookup_keys"));
        assertEquals(1, store.commands() - store.roundTrips());
    }

    @Test
    void aKnownSpeakerIsReadWithItsNamesKeys() {
        String tag = Docs.unique();
        post(tag + "-first", "Cole Quay " + tag).statusCode(201);
        store.reset();
        post(tag + "-again", "Cole Quay " + tag).statusCode(201);
        assertEquals(1, store.finds("speakers"));
        assertEquals(0, store.alone("find", "speakers"));
    }

    @Test
    void aRepeatedClaimIsReadWithTheAppearancesAndCountedWithTheLastWrites() {
        String tag = Docs.unique();
        String said = "the ferry runs all winter " + tag;
        String claimId = Docs.text("Dee Quay said " + said + ".").with("source", "Quayside")
                .with("url", "https://quayside.example/" + tag + "-1").with("published", "2025-06-02")
                .says("Dee Quay", said).post().statusCode(201).extract().path("statements[0].claimId");
        store.reset();
        Docs.text("Again, Dee Quay said " + said + ".").with("source", "Quayside")
                .with("url", "https://quayside.example/" + tag + "-2").with("published", "2025-06-09")
                .says("Dee Quay", said).post().statusCode(201).body("statements[0].claimId", is(claimId));
        assertEquals(1, store.finds("claims"));
        assertEquals(0, store.alone("find", "claims"));
        assertEquals(1, store.writes("update", "claims"));
        assertEquals(0, store.alone("update", "claims"));
        given().get("/claims/" + claimId).then().statusCode(200).body("appearanceCount", is(2))
                .body("firstSeen", is("2025-06-02T00:00:00Z")).body("lastSeen", is("2025-06-09T00:00:00Z"));
    }

    @Test
    void aPostsAnonymousSpeakersAreWrittenWithItsNamesRead() {
        String tag = Docs.unique();
        post(tag + "-first", "Fen Quay " + tag).statusCode(201);
        String said = "the quay stays shut in July " + tag;
        String aside = "the pontoon needs repairs " + tag;
        store.reset();
        String speakerId = Docs.text("Fen Quay " + tag + " said " + said + ". A harbour hand said " + aside + ".")
                .with("source", "Quayside").with("url", "https://quayside.example/" + tag + "-anon")
                .with("published", "2025-06-03").says("Fen Quay " + tag, said)
                .says("a harbour hand", null, "anonymous", aside, "direct").post().statusCode(201)
                .extract().path("statements[1].speakerId");
        // the named speaker is known and unchanged: the anonymous one's upsert and the speakers' claim counts
        assertEquals(2, store.writes("update", "speakers"));
        assertEquals(0, store.alone("update", "speakers"));
        given().get("/speakers/" + speakerId).then().statusCode(200).body("kind", is("anonymous"))
                .body("name", is("a harbour hand"));
    }

    private static io.restassured.response.ValidatableResponse post(String tag, String speaker) {
        return Docs.text(speaker + " said the quay reopens in June " + tag + ".").with("source", "Quayside")
                .with("url", "https://quayside.example/" + tag).with("published", "2025-06-02")
                .says(speaker, "the quay reopens in June " + tag).post();
    }
}
