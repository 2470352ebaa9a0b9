package io.claimtrack.claims;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Storing shows in /q/metrics: store time by result, and the claims and speakers held. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class StoreMetricsTest {

    @Test
    void storesAreTimedByResultAndClaimsAndSpeakersCounted() {
        String tag = Docs.unique();
        Docs doc = Docs.text("\"Harbour fees will not rise " + tag + ",\" port director Lena Ortiz said.")
                .says("Lena Ortiz", "Harbour fees will not rise " + tag);
        double stored = metric("claimtrack_store_seconds_count{result=\"stored\"}");
        double repeats = metric("claimtrack_store_seconds_count{result=\"repeat\"}");
        double claims = metric("claimtrack_claims");

        doc.post().statusCode(201);
        doc.post().statusCode(200);

        assertEquals(stored + 1, metric("claimtrack_store_seconds_count{result=\"stored\"}"));
        assertEquals(repeats + 1, metric("claimtrack_store_seconds_count{result=\"repeat\"}"));
        assertTrue(metric("claimtrack_claims") >= claims + 1, "the new claim is counted");
        assertTrue(metric("claimtrack_speakers") >= 1);
        assertTrue(given().get("/q/metrics").asString().contains("claimtrack_speakers_merged "));
    }

    private static double metric(String series) {
        for (String line : given().get("/q/metrics").asString().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }
}
