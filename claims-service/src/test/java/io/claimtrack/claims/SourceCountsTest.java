package io.claimtrack.claims;

import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.hide;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import io.claimtrack.claims.domain.Source;
import io.claimtrack.claims.service.SourceCounts;
import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * {@code GET /sources} answers from counts kept on write: a claim counts once per outlet however often it
 * appears there, a repeat counts nothing, a correction that takes a claim's last appearance there away
 * counts it down (and its undo up), the read touches no document, appearance or claim, and counts a
 * crash interrupted are rebuilt.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class SourceCountsTest {

    @Inject
    StoreReads reads;

    @Inject
    SourceCounts counts;

    @Test
    void countsFollowWritesAndTheReadReadsOnlyTheOutlets() {
        String tag = Docs.unique();
        String outlet = "Count" + tag;
        Docs.text("Ada said first line " + tag + ". Ada said second line " + tag + ".").with("source", outlet)
                .with("url", "https://count.example/1/" + tag)
                .says("Ada Counts", "first line " + tag).says("Ada Counts", "second line " + tag).postAndGetId();
        assertCounts(outlet, 1, 2);

        Docs second = Docs.text("Ada said first line " + tag + " and Bo said third line " + tag + ".")
                .with("source", outlet).with("url", "https://count.example/2/" + tag)
                .says("Ada Counts", "first line " + tag).says("Bo Counts", "third line " + tag);
        JsonPath stored = second.post().statusCode(201).extract().jsonPath();
        // the first line's claim appeared here before: it counts once
        assertCounts(outlet, 2, 3);
        second.post().statusCode(200);
        assertCounts(outlet, 2, 3);

        String hidden = correct(hide(stored.getString("id"), stored, 1, "a caption")).statusCode(201).extract().path("id");
        assertCounts(outlet, 2, 2);
        given().contentType(ContentType.JSON).body(Map.of("by", "desk-editor", "reason", "it was a statement"))
                .post("/corrections/" + hidden + "/undo").then().statusCode(201);
        assertCounts(outlet, 2, 3);

        reads.reset();
        given().get("/sources").then().statusCode(200);
        assertEquals(List.of(0L, 0L, 0L), List.of(reads.returned("documents"), reads.returned("appearances"),
                reads.returned("claims")));
    }

    @Test
    void countsACrashInterruptedAreRebuilt() {
        String tag = Docs.unique();
        String outlet = "Crash" + tag;
        Docs.text("Cy said one line " + tag + ".").with("source", outlet).says("Cy Crash", "one line " + tag).postAndGetId();
        // as a crash between a count change's two writes leaves it: pending, counts off
        Source.mongoCollection().updateOne(Filters.eq("_id", outlet.toLowerCase()), Updates.combine(
                Updates.set("pending", 1), Updates.set("claims", 7L), Updates.set("documents", 7L)));
        counts.recountInterrupted();
        assertCounts(outlet, 1, 1);
        assertEquals(0, Source.<Source>findById(outlet.toLowerCase()).pending);
    }

    @Test
    void aSpellingRecordedOnceIsNotWrittenAgainAndANewOneIs() {
        String tag = Docs.unique();
        String outlet = "Spelling" + tag;
        Docs.text("Di said one line " + tag + ".").with("source", outlet).says("Di Spells", "one line " + tag).postAndGetId();
        reads.reset();
        Docs.text("Di said two lines " + tag + ".").with("source", outlet).says("Di Spells", "two lines " + tag).postAndGetId();
        // the count bracket's two writes only: the spelling is on the outlet already
        assertEquals(2, reads.writes("update", "sources"));
        assertCounts(outlet, 2, 2);

        reads.reset();
        Docs.text("Di said three lines " + tag + ".").with("source", "The " + outlet).says("Di Spells", "three lines " + tag)
                .postAndGetId();
        assertEquals(3, reads.writes("update", "sources"));
        given().get("/sources").then().statusCode(200).body("items", hasItem(Map.of("source", outlet, "aliases",
                List.of("The " + outlet), "documents", 3, "claims", 3)));
    }

    private static void assertCounts(String outlet, int documents, int claims) {
        given().get("/sources").then().statusCode(200)
                .body("items", hasItem(Map.of("source", outlet, "aliases", List.of(), "documents", documents, "claims",
                        claims)));
    }
}
