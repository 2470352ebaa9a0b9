package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.support.StoreReads;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A source's claims by date: newest appearance in that outlet first, each claim once across all pages,
 * and a page reads about a page of appearances, not every appearance of the outlet.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class SourceListingTest {

    private static final int DOCUMENTS = 40;
    private static final int PER_DOCUMENT = 8;
    private static final LocalDate DAY0 = LocalDate.parse("2025-03-01");

    @Inject
    StoreReads reads;

    // one outlet of 320 appearances for all the tests here (they only read it)
    private static String tag;
    private static String outlet;
    private static String recurring;

    @BeforeEach
    void seedOnce() {
        if (outlet != null) {
            return;
        }
        tag = Docs.letters();
        recurring = "the recurring line " + tag;
        for (int d = 0; d < DOCUMENTS; d++) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < PER_DOCUMENT; i++) {
                // random words: lines of one speaker that share most of their text would be one claim (near-duplicates)
                lines.add(i == 0 && (d == 3 || d == 30) ? recurring
                        : String.join(" ", Docs.unique(), Docs.unique(), Docs.unique()));
            }
            Docs doc = Docs.text(String.join(". ", lines) + ".").with("source", "Wire" + tag)
                    .with("url", "https://wire.example/" + tag + "/" + d).with("published", DAY0.plusDays(d).toString());
            for (int i = 0; i < PER_DOCUMENT; i++) {
                doc.says(lines.get(i).equals(recurring) ? "Rex Repeat" + tag : "Speaker" + i + " Of" + tag, lines.get(i));
            }
            doc.postAndGetId();
        }
        // the recurring line again, later, in another outlet: its lastSeen is day 35, its last time in this outlet day 30
        Docs.text(recurring + ".").with("source", "Other" + tag).with("published", DAY0.plusDays(35).toString())
                .says("Rex Repeat" + tag, recurring).postAndGetId();
        outlet = "Wire" + tag;
    }

    @Test
    void everyClaimOnceNewestAppearanceInTheOutletFirst() {
        List<String> ids = new ArrayList<>();
        List<String> listedAt = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("source", outlet).queryParam("limit", 7);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/claims").then().statusCode(200).extract().jsonPath();
            for (Map<String, Object> claim : page.<Map<String, Object>>getList("items")) {
                ids.add((String) claim.get("id"));
                listedAt.add(newestIn(claim));
            }
            cursor = page.getString("next");
        } while (cursor != null);

        assertEquals(DOCUMENTS * PER_DOCUMENT - 1, ids.size());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "a claim listed twice");
        for (int i = 1; i < listedAt.size(); i++) {
            assertTrue(listedAt.get(i - 1).compareTo(listedAt.get(i)) >= 0, "out of order at " + i + ": " + listedAt);
        }
        // listed with day 30's story, its last appearance here, not at day 35 elsewhere
        int at = ids.indexOf(given().queryParam("q", recurring).get("/claims").then().extract().path("items[0].id"));
        assertEquals(DAY0.plusDays(30).toString(), listedAt.get(at));
        // after the claims of days 39 to 31, among day 30's
        assertTrue(at >= PER_DOCUMENT * 9 && at < PER_DOCUMENT * 10, "listed at " + at);
    }

    @Test
    void aWindowAndOtherFiltersNarrowTheSameWalk() {
        given().queryParam("source", outlet).queryParam("from", DAY0.plusDays(10).toString())
                .queryParam("to", DAY0.plusDays(19).toString()).queryParam("limit", 100).get("/claims").then()
                .statusCode(200).body("items", hasSize(10 * PER_DOCUMENT)).body("next", org.hamcrest.Matchers.nullValue());
        given().queryParam("source", outlet).queryParam("speaker", "Rex Repeat" + tag).get("/claims")
                .then().body("items.text", contains(recurring));
        given().queryParam("source", outlet).queryParam("from", DAY0.plusDays(31).toString())
                .queryParam("speaker", "Rex Repeat" + tag).get("/claims").then().body("items", hasSize(0));
    }

    @Test
    void aPageReadsAboutAPageOfAppearancesNotTheWholeOutlet() {
        reads.reset();
        given().queryParam("source", outlet).queryParam("limit", 5).get("/claims").then().statusCode(200)
                .body("items", hasSize(5));
        long appearances = reads.returned("appearances");
        // the outlet has 320 appearances; listing them all was the cost before (a distinct over every one)
        assertTrue(appearances > 0 && appearances <= 80, "appearances read for one page of 5: " + appearances);
    }

    /** The newest date the claim appeared in the outlet. */
    @SuppressWarnings("unchecked")
    private String newestIn(Map<String, Object> claim) {
        Set<String> days = new HashSet<>();
        for (Map<String, Object> a : (List<Map<String, Object>>) claim.get("appearances")) {
            if (outlet.equals(a.get("source"))) {
                days.add(((String) a.get("published")).substring(0, 10));
            }
        }
        return days.stream().max(String::compareTo).orElseThrow();
    }
}
