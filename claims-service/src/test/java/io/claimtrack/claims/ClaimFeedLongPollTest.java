package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.claimtrack.claims.feed.ClaimInsertsSetup;
import io.claimtrack.claims.feed.FeedConfig.Changes;
import io.claimtrack.claims.feed.PolledInserts;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * GET /claims/feed?wait= on the store the tests run on (mongo-java-server, no change streams): the
 * service chose polling by seq, and a reader waiting with nothing new gets a claim as soon as one is stored.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ClaimFeedLongPollTest {

    @Inject
    ClaimInsertsSetup setup;

    @Test
    void aStoreWithoutChangeStreamsIsPolled() {
        assertEquals(Changes.POLLING, setup.chosen());
        assertInstanceOf(PolledInserts.class, setup.inserts());
    }

    @Test
    void aWaitingReaderGetsAClaimStoredWhileItWaits() throws Exception {
        long head = ConcurrencyAndFeedTest.latest(0);
        long start = System.nanoTime();
        CompletableFuture<JsonPath> waiting = CompletableFuture.supplyAsync(() -> given().queryParam("after", head)
                .queryParam("wait", 20).get("/claims/feed").then().statusCode(200).extract().jsonPath());
        Thread.sleep(700);
        assertFalse(waiting.isDone(), "nothing new yet: the reader waits");

        String tag = Docs.unique();
        Docs.text("Wendy Wait said the pier opens " + tag + ".").says("Wendy Wait", "the pier opens " + tag).postAndGetId();
        JsonPath page = waiting.get(30, TimeUnit.SECONDS);
        long elapsed = System.nanoTime() - start;
        assertEquals(List.of("the pier opens " + tag), page.getList("items.text"));
        // Bounded by the wait itself, not a guess at the machine's speed: a page at the wait's end comes after 20 s.
        assertTrue(elapsed < TimeUnit.SECONDS.toNanos(20), "answered when the claim was stored, before the wait ended: "
                + elapsed / 1_000_000 + " ms");
    }

    @Test
    void aReaderWithNothingNewGetsAnEmptyPageWhenItsWaitEnds() {
        long head = ConcurrencyAndFeedTest.latest(0);
        long start = System.nanoTime();
        given().queryParam("after", head).queryParam("wait", 1).get("/claims/feed").then().statusCode(200)
                .body("items.size()", is(0));
        long elapsed = System.nanoTime() - start;
        assertTrue(elapsed >= Duration.ofMillis(900).toNanos(), "waited about the second asked for: " + elapsed / 1_000_000 + " ms");
        given().queryParam("wait", 31).get("/claims/feed").then().statusCode(400);
    }
}
