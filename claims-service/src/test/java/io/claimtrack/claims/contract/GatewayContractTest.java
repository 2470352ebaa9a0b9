package io.claimtrack.claims.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.claims.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The provider side of the gateway's contracts with this service: each interaction the gateway recorded
 * (its consumer tests, ClaimsBatchContractTest, ClaimsFeedHeadContractTest and ClaimsSortCreatedContractTest, check that it sends exactly the
 * request and copes with exactly the answer) is replayed here against the real service, with the service token the tests carry.
 * The answer must have the recorded status and, at every place the recorded body has a value, a value of
 * the same JSON type; a field named status must have the same value. Fields the gateway does not rely on
 * may be added freely.
 */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class GatewayContractTest {

    private static final Path CONTRACTS = Path.of("../gateway/src/test/resources/contracts/claims-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBatchStoreAnswersAsTheGatewayExpects() throws IOException {
        replay("documents-batch.json");
    }

    @Test
    void theFeedsHeadAnswersAsTheGatewayExpects() throws IOException {
        replay("feed-head.json");
    }

    @Test
    void theCreatedOrderAnswersAsTheGatewayExpects() throws IOException {
        replay("claims-sort-created.json");
    }

    /** The contract's request sent as it is, and its answer held to the recorded one. */
    private static void replay(String file) throws IOException {
        JsonNode contract = JSON.readTree(Files.readString(CONTRACTS.resolve(file)));
        JsonNode request = contract.get("request");
        JsonNode expected = contract.get("response");
        RequestSpecification sent = given().urlEncodingEnabled(false).headers(JSON.convertValue(request.get("headers"), Map.class));
        if (request.has("body")) {
            sent.body(request.get("body").toString());
        }
        Response response = sent.request(request.get("method").asText(), request.get("path").asText());
        assertEquals(expected.get("status").asInt(), response.statusCode(), response.asString());
        holds(expected.get("body"), JSON.readTree(response.asString()), "");
    }

    /** Every value of {@code expected} is at its place in {@code actual}, of the same type; statuses are equal. */
    private static void holds(JsonNode expected, JsonNode actual, String pointer) {
        JsonNode found = actual.at(pointer);
        assertFalse(found.isMissingNode(), pointer + " is missing in " + actual);
        JsonNode wanted = pointer.isEmpty() ? expected : expected.at(pointer);
        assertEquals(wanted.getNodeType(), found.getNodeType(), pointer + " has another JSON type: " + found);
        if (pointer.endsWith("/status")) {
            assertEquals(wanted, found, pointer);
        }
        if (wanted.isArray()) {
            assertTrue(found.size() >= wanted.size(), pointer + " has fewer items than " + wanted.size());
            for (int i = 0; i < wanted.size(); i++) {
                holds(expected, actual, pointer + "/" + i);
            }
        }
        wanted.fieldNames().forEachRemaining(field -> holds(expected, actual, pointer + "/" + field));
    }
}
