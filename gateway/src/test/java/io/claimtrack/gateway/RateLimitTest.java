package io.claimtrack.gateway;

import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    public static class ThreePerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // Nothing listens downstream: the 503s count against the budget like any answer.
            return Map.of("gateway.rate-limit.requests-per-minute", "3",
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
}
