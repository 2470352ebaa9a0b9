package io.claimtrack.claims;

import static com.mongodb.client.model.Filters.eq;
import static io.claimtrack.claims.CorrectionResourceTest.correct;
import static io.claimtrack.claims.CorrectionResourceTest.hide;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.domain.Appearance;
import io.claimtrack.claims.domain.Claim;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Decisions that must not depend on arrival order, appearances outside the claim, and the feed. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ConcurrencyAndFeedTest {

    /** Pairwise shingle Jaccard 0.76 to 0.97: every order of arrival must make them one claim. */
    private static final String[] WORDINGS = {
        "talks with Ukraine in Turkey were useful and both delegations agreed to meet again after the prisoner exchange",
        "the talks with Ukraine in Turkey were useful and both delegations agreed to meet again after the prisoner exchange",
        "that talks with Ukraine in Turkey were useful and both delegations agreed to meet again after the prisoner exchange",
        "talks with Ukraine in Turkey were useful and both delegations agreed to meet again after the prisoner exchange next week",
        "talks with Ukraine in Turkey were very useful and both delegations agreed to meet again after the prisoner exchange",
        "talks with Ukraine in Turkey were useful and the two delegations agreed to meet again after the prisoner exchange",
        "talks with Ukraine in Turkey were useful and both delegations have agreed to meet again after the prisoner exchange",
        "talks with Ukraine in Turkey were useful and both delegations agreed to meet again after the prisoner exchange, he said" };

    @Test
    void concurrentNearDuplicatesOfOneSpeakerAreOneClaim() throws Exception {
        String tag = Docs.unique();
        String speaker = "Yury Near" + tag;
        List<Callable<String>> posts = new ArrayList<>();
        for (int i = 0; i < WORDINGS.length; i++) {
            String content = WORDINGS[i] + " " + tag;
            String text = "Story " + i + " " + tag + ": " + content + ", Near said.";
            posts.add(() -> Docs.text(text).says(speaker, content).post().statusCode(201)
                    .extract().path("statements[0].claimId"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(WORDINGS.length);
        try {
            HashSet<String> claimIds = new HashSet<>();
            for (Future<String> f : pool.invokeAll(posts)) {
                claimIds.add(f.get());
            }
            assertEquals(1, claimIds.size(), claimIds.toString());
        } finally {
            pool.shutdown();
        }
        given().queryParam("speaker", speaker).get("/claims").then().body("items", hasSize(1))
                .body("items[0].appearanceCount", is(WORDINGS.length));
    }

    @Test
    void mentionsOfASurnameWhileItsFullNameArrivesAreAllKept() throws Exception {
        String surname = "Merger" + Docs.letters();
        List<Callable<Object>> posts = new ArrayList<>();
        posts.add(() -> Docs.text("Ada " + surname + " said first.").says("Ada " + surname, "first").postAndGetId());
        String[] contents = { "ports reopen", "grain prices fall", "the ceasefire holds", "sanctions stay",
            "elections in spring", "new tariffs on steel", "a summit in June" };
        for (String content : contents) {
            posts.add(() -> Docs.text(surname + " said " + content + ".").says(surname, content).postAndGetId());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Object> f : pool.invokeAll(posts)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        given().queryParam("speaker", "Ada " + surname).get("/claims").then().body("items", hasSize(8));
        given().queryParam("speaker", surname).get("/speakers").then().statusCode(200);
        String full = given().queryParam("speaker", "Ada " + surname).get("/claims").then()
                .extract().path("items[0].speaker.id");
        given().get("/speakers/" + full).then().body("claimCount", is(8));
    }

    /**
     * A claim is created counting the appearance of the statement that created it; when several requests
     * finish the same new document at once, whichever inserts that appearance must not count it again.
     */
    @Test
    void theSameNewDocumentPostedConcurrentlyCountsEachAppearanceOnce() throws Exception {
        String tag = Docs.unique();
        String speaker = "Olga Counted" + tag;
        Docs doc = Docs.text("Counted said ports reopen " + tag + ". She added grain prices fall " + tag + ".")
                .with("published", "2025-05-03").says(speaker, "ports reopen " + tag)
                .says(speaker, "grain prices fall " + tag);
        List<Callable<Integer>> posts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            posts.add(() -> doc.post().extract().statusCode());
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Integer> f : pool.invokeAll(posts)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(5, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
        given().queryParam("speaker", speaker).get("/claims").then().body("items", hasSize(2))
                .body("items.appearanceCount", everyItem(is(1)))
                .body("items.firstSeen", everyItem(is("2025-05-03T00:00:00Z")))
                .body("items.lastSeen", everyItem(is("2025-05-03T00:00:00Z")));
        String speakerId = given().queryParam("speaker", speaker).get("/claims").then().extract().path("items[0].speaker.id");
        given().get("/speakers/" + speakerId).then().body("claimCount", is(2));
    }

    @Test
    void appearancesLiveOutsideTheClaimWithCountsOnIt() {
        String tag = Docs.unique();
        String claimId = null;
        for (int i = 0; i < 5; i++) {
            claimId = Docs.text("Copy " + i + ": Ana Apps said the line " + tag + ".").with("published", "2025-05-0" + (i + 1))
                    .says("Ana Apps", "the line " + tag).post().statusCode(201).extract().path("statements[0].claimId");
        }
        Document stored = Claim.mongoCollection().withDocumentClass(Document.class).find(eq("_id", claimId)).first();
        assertFalse(stored.containsKey("appearances"));
        assertEquals(5, stored.getInteger("appearanceCount"));
        assertEquals(5, Appearance.count("claimId", claimId));
        given().get("/claims/" + claimId).then().body("appearances", hasSize(5))
                .body("firstSeen", is("2025-05-01T00:00:00Z")).body("lastSeen", is("2025-05-05T00:00:00Z"));
    }

    @Test
    void theFeedListsNewClaimsInInsertionOrderFromAnyPoint() {
        long start = ((Number) given().queryParam("after", 0).queryParam("limit", 500).get("/claims/feed").then()
                .statusCode(200).extract().path("last")).longValue();
        long before = latest(start);
        String tag = Docs.unique();
        for (int i = 0; i < 3; i++) {
            Docs.text("Feed " + i + " " + tag).says("Fred Feed", "Feed " + i + " " + tag).postAndGetId();
        }
        List<Number> seqs = given().queryParam("after", before).get("/claims/feed").then().statusCode(200)
                .body("items", hasSize(3)).body("items.seq", everyItem(greaterThan((int) before)))
                .extract().path("items.seq");
        List<String> texts = given().queryParam("after", before).get("/claims/feed").then().extract().path("items.text");
        assertEquals(List.of("Feed 0 " + tag, "Feed 1 " + tag, "Feed 2 " + tag), texts);
        assertTrue(seqs.get(0).longValue() < seqs.get(1).longValue() && seqs.get(1).longValue() < seqs.get(2).longValue());
        // resume from the middle, as a client passing its Last-Event-ID would
        given().queryParam("after", seqs.get(0)).get("/claims/feed").then().body("items", hasSize(2))
                .body("last", is(seqs.get(2).intValue()));
        given().queryParam("after", seqs.get(2)).get("/claims/feed").then().body("items", hasSize(0))
                .body("last", is(seqs.get(2).intValue()));
        given().queryParam("after", -1).get("/claims/feed").then().statusCode(400);
    }

    @Test
    void theFeedsHeadIsTheLatestSeqItShowsOfAClaimOrACorrection() {
        long before = latest(0);
        String tag = Docs.unique();
        JsonPath doc = Docs.text("Hedda Head said the dam holds " + tag + ". She said the road opens " + tag + ".")
                .says("Hedda Head", "the dam holds " + tag).says("Hedda Head", "the road opens " + tag)
                .post().statusCode(201).extract().jsonPath();
        List<Number> claims = given().queryParam("after", before).get("/claims/feed").then().body("items", hasSize(2))
                .extract().path("items.seq");
        assertEquals(claims.get(1).longValue(), head());

        correct(hide(doc.getString("id"), doc, 1, "an ad")).statusCode(201);
        JsonPath fed = given().queryParam("after", before).get("/claims/feed").then().extract().jsonPath();
        assertEquals(1, fed.getList("items").size(), "the hidden statement's claim is withdrawn");
        assertEquals(fed.getLong("corrections[0].seq"), head());
        assertTrue(head() > claims.get(1).longValue());
    }

    private static long head() {
        return ((Number) given().get("/claims/feed/head").then().statusCode(200).extract().path("seq")).longValue();
    }

    /** The highest seq stored, read through the feed from {@code from} on. */
    static long latest(long from) {
        long last = from;
        while (true) {
            long next = ((Number) given().queryParam("after", last).queryParam("limit", 500).get("/claims/feed").then()
                    .extract().path("last")).longValue();
            if (next == last) {
                return last;
            }
            last = next;
        }
    }
}
