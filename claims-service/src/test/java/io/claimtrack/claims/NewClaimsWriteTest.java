package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A document whose claims are all new does not read them back to count its appearances (they were created
 * counting them), nor writes them again to flag them as appeared in its outlet (they were created flagged, and its
 * outlet counts them); a claim that existed before is read, then counted and flagged in one write, and both ways
 * count the same.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class NewClaimsWriteTest {

    @Inject
    StoreReads reads;

    @Test
    void newClaimsAreNotReadBackAndOldOnesAreCounted() {
        String tag = Docs.unique();
        reads.reset();
        JsonPath first = Docs.text("Flo said the tide turns at noon " + tag + ". Gus said the ferry is late " + tag + ".")
                .with("source", "Harbour" + tag).with("published", "2025-05-02")
                .says("Flo Tide", "the tide turns at noon " + tag).says("Gus Ferry", "the ferry is late " + tag)
                .post().statusCode(201).extract().jsonPath();
        assertEquals(0, reads.finds("claims"));
        assertEquals(1, reads.writes("update", "claims"));
        assertOutletCounts("Harbour" + tag, 1, 2);
        String tide = first.getString("statements[0].claimId");
        String ferry = first.getString("statements[1].claimId");
        assertCounted(tide, 1, "2025-05-02T00:00:00Z");

        reads.reset();
        JsonPath second = Docs.text("Flo said the tide turns at noon " + tag + ". Flo said the pier is closed " + tag + ".")
                .with("source", "Harbour" + tag).with("published", "2025-05-01")
                .says("Flo Tide", "the tide turns at noon " + tag).says("Flo Tide", "the pier is closed " + tag)
                .post().statusCode(201).extract().jsonPath();
        // the tide claim existed: read once to count its second appearance, counted and flagged in one write (the
        // other write creates the pier claim)
        assertEquals(1, reads.finds("claims"));
        assertEquals(2, reads.writes("update", "claims"));
        assertEquals(tide, second.getString("statements[0].claimId"));
        assertOutletCounts("Harbour" + tag, 2, 3);
        assertCounted(tide, 2, "2025-05-01T00:00:00Z");
        assertCounted(ferry, 1, "2025-05-02T00:00:00Z");
        assertCounted(second.getString("statements[1].claimId"), 1, "2025-05-01T00:00:00Z");
        given().queryParam("speaker", "Flo Tide").get("/claims").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.containsInAnyOrder(List.of(tide,
                        second.getString("statements[1].claimId")).toArray()));
    }

    private static void assertOutletCounts(String outlet, int documents, int claims) {
        given().get("/sources").then().statusCode(200).body("items", org.hamcrest.Matchers.hasItem(java.util.Map.of(
                "source", outlet, "aliases", List.of(), "documents", documents, "claims", claims)));
    }

    private static void assertCounted(String claimId, int appearances, String firstSeen) {
        JsonPath claim = given().get("/claims/" + claimId).then().statusCode(200).extract().jsonPath();
        assertEquals(appearances, claim.getInt("appearanceCount"));
        assertEquals(firstSeen, claim.getString("firstSeen"));
        assertEquals(appearances, claim.getList("appearances").size());
    }
}
