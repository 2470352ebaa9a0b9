package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.service.ClaimService;
import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The service is the only writer of its store (the embedded default, and the tests' store): it reserves the
 * claims' sequence a block at a time, not once per document, and feeds what it stored, not what it reserved.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class SequenceBlocksTest {

    @Inject
    StoreReads reads;

    @Inject
    ClaimService claimService;

    @Test
    void documentsTakeTheirSequenceFromABlockAndTheFeedEndsAtTheLastStored() {
        String tag = Docs.unique();
        Docs.text("Olga Order said the opening " + tag + ".").says("Olga Order", "the opening " + tag).postAndGetId();
        long before = ConcurrencyAndFeedTest.latest(0);
        reads.reset();
        for (int i = 0; i < 3; i++) {
            Docs.text("Olga Order said the next " + i + " " + tag + ".").says("Olga Order", "the next " + i + " " + tag).postAndGetId();
        }
        // one document a reservation would be three; a block running out during the three is one
        assertTrue(reads.writes("findAndModify", "counters") <= 1, "counter writes: " + reads.writes("findAndModify", "counters"));
        List<Number> seqs = given().queryParam("after", before).get("/claims/feed").then().statusCode(200)
                .body("items", hasSize(3)).extract().path("items.seq");
        given().queryParam("after", before).get("/claims/feed").then().body("last", is(seqs.get(2).intValue()));
        assertEquals(claimService.horizon(), seqs.get(2).longValue());
    }
}
