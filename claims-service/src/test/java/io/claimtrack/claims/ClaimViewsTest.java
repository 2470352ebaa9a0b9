package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.inject.Inject;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoDatabase;

import io.claimtrack.claims.domain.StoredDocument;
import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A page of claims as views: each claim's speaker after merges (a chain of two, a merge into a speaker that is gone),
 * the claim's own name and kind when its speaker is missing, the claims in the page's order, each with its earliest
 * appearances; and the page's speakers and appearances read in a fixed number of round trips, not one per claim.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ClaimViewsTest {

    private static final Instant DAY0 = Instant.parse("2025-09-01T08:00:00Z");

    @Inject
    StoreReads reads;

    private static String tag;

    @BeforeEach
    void seedOnce() {
        if (tag != null) {
            return;
        }
        String t = Docs.unique();
        MongoDatabase db = StoredDocument.mongoDatabase();
        db.getCollection("speakers").insertMany(List.of(speaker(t, "ada", "Ada Ashby", "bo"),
                speaker(t, "bo", "Bo Brandt", "cy"), speaker(t, "cy", "Cy Corwin", null),
                speaker(t, "di", "Di Dorne", "gone"), speaker(t, "ed", "Ed Elmore", null)));
        // newest first: the order the page must keep; "xu" has no speaker document
        String[] speakers = {"ada", "ed", "xu", "bo", "di", "xu", "cy"};
        List<Document> claims = new ArrayList<>();
        for (int i = 0; i < speakers.length; i++) {
            Date seen = Date.from(DAY0.minusSeconds(86_400L * i));
            claims.add(new Document("_id", "cl_" + t + "_" + i).append("seq", 9_000_000_000L - i)
                    .append("speakerId", "sp_" + t + "_" + speakers[i]).append("speakerName", "Xu Xander " + i)
                    .append("speakerKind", "organisation").append("text", "claim " + i + " " + t)
                    .append("normText", "claim " + i + " " + t).append("tokens", List.of("claim", t))
                    .append("type", "direct").append("firstSeen", seen).append("lastSeen", seen)
                    .append("appearanceCount", i == 1 ? 101 : 1));
        }
        db.getCollection("claims").insertMany(claims);
        List<Document> appearances = new ArrayList<>();
        // the first claim's appearances out of order, two at the same time (then by id)
        appearances.add(appearance(t, 0, "b", DAY0));
        appearances.add(appearance(t, 0, "c", DAY0.minusSeconds(60)));
        appearances.add(appearance(t, 0, "a", DAY0));
        // the second one's 101: the earliest 100 are shown
        for (int k = 0; k < 101; k++) {
            appearances.add(appearance(t, 1, String.format("%03d", k), DAY0.minusSeconds(86_400L + 101 - k)));
        }
        db.getCollection("appearances").insertMany(appearances);
        tag = t;
    }

    private static Document speaker(String t, String key, String name, String mergedInto) {
        return new Document("_id", "sp_" + t + "_" + key).append("name", name + " " + t).append("kind", "person")
                .append("mergedInto", mergedInto == null ? null : "sp_" + t + "_" + mergedInto)
                .append("aliases", List.of()).append("aliasKeys", List.of()).append("merges", List.of());
    }

    private static Document appearance(String t, int claim, String key, Instant seenAt) {
        return new Document("_id", "ap_" + t + "_" + claim + "_" + key).append("claimId", "cl_" + t + "_" + claim)
                .append("documentId", "doc_" + key).append("source", "Desk " + t).append("seenAt", Date.from(seenAt))
                .append("start", 0).append("end", 5).append("type", "direct");
    }

    @Test
    void aPageShowsEachClaimsSpeakerAfterMergesOrItsOwnNameInTheListingsOrder() {
        JsonPath page = given().queryParam("q", tag).queryParam("limit", 20).get("/claims").then().statusCode(200)
                .extract().jsonPath();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add("cl_" + tag + "_" + i);
        }
        assertEquals(ids, page.getList("items.id"));
        String sp = "sp_" + tag + "_";
        assertEquals(List.of(sp + "cy", sp + "ed", sp + "xu", sp + "cy", sp + "di", sp + "xu", sp + "cy"),
                page.getList("items.speaker.id"));
        // a missing speaker: the name and kind its first claim on the page recorded
        assertEquals(List.of("Cy Corwin " + tag, "Ed Elmore " + tag, "Xu Xander 2", "Cy Corwin " + tag,
                "Di Dorne " + tag, "Xu Xander 2", "Cy Corwin " + tag), page.getList("items.speaker.name"));
        assertEquals("organisation", page.getString("items[2].speaker.kind"));
        assertEquals("person", page.getString("items[0].speaker.kind"));
        assertEquals(List.of("doc_c", "doc_a", "doc_b"), page.getList("items[0].appearances.documentId"));
        assertEquals(100, page.getList("items[1].appearances").size());
        assertEquals("doc_000", page.getString("items[1].appearances[0].documentId"));
        assertEquals("doc_099", page.getString("items[1].appearances[99].documentId"));
        assertEquals(101, page.getInt("items[1].appearanceCount"));

        // the same views a page at a time, and a claim alone
        String next = given().queryParam("q", tag).queryParam("limit", 3).get("/claims").then()
                .body("items.speaker.id", contains(sp + "cy", sp + "ed", sp + "xu")).extract().path("next");
        given().queryParam("q", tag).queryParam("limit", 3).queryParam("cursor", next).get("/claims").then()
                .body("items.id", contains(ids.get(3), ids.get(4), ids.get(5)))
                .body("items.speaker.name", contains("Cy Corwin " + tag, "Di Dorne " + tag, "Xu Xander 5"));
        given().get("/claims/" + ids.get(0)).then().body("speaker.id", equalTo(sp + "cy"))
                .body("appearances", hasSize(3));
    }

    @Test
    void aPagesSpeakersAndAppearancesAreReadInAFixedNumberOfRoundTrips() {
        given().queryParam("q", tag).get("/claims").then().statusCode(200);
        reads.reset();
        given().queryParam("q", tag).queryParam("limit", 20).get("/claims").then().body("items", hasSize(7));
        // the claims; their speakers with every claim's appearances (one round); the merge hop to the gone speaker
        assertEquals(3, reads.roundTrips());
        assertEquals(2, reads.finds("speakers"));
        assertEquals(7, reads.finds("appearances"));
        assertEquals(0, reads.alone("find", "appearances"));
    }
}
