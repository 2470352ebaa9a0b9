package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.service.SinglePostGroups;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Single posts that come at once are completed together ({@code SinglePostGroups}): what they store must be what
 * posting them one after another stores, and each must be answered with its own document as stored. The documents
 * are chosen so that their order does not matter (concurrent posts have none): one speaker's claim repeated across
 * them, claims of their own, anonymous speakers, a speaker with a role in one of them.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class SinglePostGroupingTest {

    private static final Comparator<Map<String, Object>> BY_TEXT = Comparator.comparing(c -> (String) c.get("text"));

    @Inject
    SinglePostGroups groups;

    @Test
    void postsCompletedTogetherStoreWhatPostsInTurnStore() throws Exception {
        String posted = Docs.letters();
        for (Map<String, Object> doc : documents(posted)) {
            given().contentType("application/json").body(doc).post("/documents").then().statusCode(201);
        }
        String expected = DocumentBatchGroupingTest.stored(posted, BY_TEXT);

        // concurrent posts group only when they meet: a few rounds make sure some did
        long groupedBefore = groups.groupedDocuments();
        for (int round = 0; round < 5 && groups.groupedDocuments() == groupedBefore; round++) {
            String together = Docs.letters();
            postAtOnce(documents(together));
            assertEquals(expected, DocumentBatchGroupingTest.stored(together, BY_TEXT).replace(together, posted)
                    .replace(DocumentBatchGroupingTest.capital(together), DocumentBatchGroupingTest.capital(posted)));
        }
        assertTrue(groups.groupedDocuments() > groupedBefore, "no posts were completed together");
    }

    /** Posts the documents from as many threads at once; each answer is its document as a read gives it. */
    private static void postAtOnce(List<Map<String, Object>> documents) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(documents.size());
        try {
            CyclicBarrier start = new CyclicBarrier(documents.size());
            List<Future<Response>> answers = new ArrayList<>();
            for (Map<String, Object> doc : documents) {
                answers.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return given().contentType("application/json").body(doc).post("/documents");
                }));
            }
            for (Future<Response> answer : answers) {
                Response stored = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, stored.statusCode(), stored.asString());
                Map<String, Object> read = given().get("/documents/" + stored.path("id")).then().statusCode(200)
                        .extract().path("");
                assertEquals(read.get("statements"), stored.path("statements"));
                assertEquals(read.get("text"), stored.path("text"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Map<String, Object>> documents(String tag) {
        String t = DocumentBatchGroupingTest.capital(tag);
        String irina = "Irina " + t;
        String olga = "Olga " + t + "ova";
        String useful = "the talks on " + tag + " were useful and will go on";
        String prices = "prices of " + tag + " will fall";
        // unlike each other, so that no claim is a near-duplicate of another and which came first does not matter
        List<String> own = List.of("the harvest in the north was poor", "our navy will patrol the strait",
                "taxes on fuel go up in spring", "the border crossing reopens on friday", "schools close early this winter",
                "a new bridge links both banks");
        List<Map<String, Object>> documents = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            String mine = own.get(i) + " for " + tag;
            String aside = "aside " + i + " on " + tag + " is noted";
            // a speaker's roles are kept in the order they came: one document gives the role
            String minister = i == 2 ? " Minister " + olga + " said \"" + prices + "\"." : "";
            Docs doc = Docs.text(irina + " said \"" + useful + "\" and \"" + mine + "\". A source said \"" + aside + "\"."
                    + minister).with("source", "Wire " + tag).with("url", "https://wire.example/" + tag + "/" + i)
                    .with("published", "2026-03-0" + (1 + i))
                    .says(irina, useful).says(irina, mine).says("a source", null, "anonymous", aside, "direct");
            documents.add((minister.isEmpty() ? doc : doc.says(olga, "Minister", "person", prices, "direct")).body());
        }
        return documents;
    }
}
