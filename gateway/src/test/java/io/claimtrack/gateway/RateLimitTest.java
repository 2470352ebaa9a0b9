package io.claimtrack.gateway;

import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.Ports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Each key has its own budget; an exhausted one gets 429 with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitTest.ThreePerMinute.class)
class RateLimitTest {

    private static final String BATCH_KEY = "batch-editor-key";

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Nothing listens downstream: the 503s count against the budget like any answer.
            return Map.of("gateway.rate-limit.requests-per-minute", "3",
                    "gateway.api-keys", "test-editor-key:editor,test-reader-key:reader," + BATCH_KEY + ":editor",
                    "quarkus.rest-client.ingest.url", "http://localhost:" + Ports.free(),
                    "quarkus.rest-client.claims.url", "http://localhost:" + Ports.free());
        }
    }

    @Test
    void exhaustedKeyIsTooManyRequestsAndOtherKeysAreNot() {
        for (int i = 0; i < 3; i++) {
            reader().when().get("/api/v1/documents/d1").then().statusCode(503);
        }
        String retryAfter = reader().when().get("/api/v1/documents/d1")
                .then().spec(problem(429, "rate limit of 3 requests per minute exceeded"))
                .extract().header("Retry-After");
        long seconds = Long.parseLong(retryAfter);
        assertTrue(seconds >= 1 && seconds <= 20, "one request comes back every 20 s, Retry-After was " + seconds);

        editor().when().get("/api/v1/documents/d1").then().statusCode(503);
    }

    @Test
    void guessingKeysIsRateLimitedToo() {
        for (int i = 0; i < 3; i++) {
            given().header("X-API-Key", "guess-" + i).when().get("/api/v1/documents/d1").then().statusCode(401);
        }
        given().header("X-API-Key", "guess-3").when().get("/api/v1/documents/d1")
                .then().spec(problem(429, "rate limit of 3 requests per minute exceeded"))
                .header("Retry-After", notNullValue());
    }

    @Test
    void eachLineOfABatchCountsAgainstTheLimit() {
        String fiveLines = "{\"text\": \"one\"}\n{\"text\": \"two\"}\n{\"text\": \"three\"}\n{\"text\": \"four\"}\n{\"text\": \"five\"}\n";
        List<Integer> statuses = given().urlEncodingEnabled(false).header("X-API-Key", BATCH_KEY).contentType("application/x-ndjson").body(fiveLines.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/documents:batch")
                .then().statusCode(200)
                .extract().asString().lines().map(line -> Integer.parseInt(line.replaceAll(".*\"status\":(\\d+).*", "$1"))).toList();
        // The request took one of the three; two lines were admitted (and found ingest-service down), three were not.
        assertEquals(5, statuses.size());
        assertEquals(3, statuses.stream().filter(status -> status == 429).count(), "statuses " + statuses);
    }
}
