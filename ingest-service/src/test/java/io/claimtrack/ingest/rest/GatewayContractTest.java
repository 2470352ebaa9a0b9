package io.claimtrack.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The provider side of the gateway's contracts with this service: each interaction the gateway
 * recorded (its consumer test, IngestBatchContractTest, checks that it sends exactly the request and
 * copes with exactly the answer) is replayed here against the real service. The answer must have the
 * recorded status and every recorded field, with a value of the same JSON type; a field named status
 * must have the same value, and an array at least the recorded items. Fields the gateway does not
 * rely on may be added freely.
 */
@QuarkusTest
class GatewayContractTest {

    private static final Path CONTRACTS = Path.of("../gateway/src/test/resources/contracts/ingest-service");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theBatchExtractionAnswersAsTheGatewayExpects() throws IOException {
        JsonNode contract = JSON.readTree(Files.readString(CONTRACTS.resolve("extractions-batch.json")));
        JsonNode request = contract.get("request");
        JsonNode expected = contract.get("response");
        assertEquals("POST", request.get("method").asText());
        Response response = given().urlEncodingEnabled(false).headers(headers(request)).body(request.get("body").toString())
                .post(request.get("path").asText());
        assertEquals(expected.get("status").asInt(), response.statusCode(), response.asString());
        matches(expected.get("body"), JSON.readTree(response.asString()), "$");
    }

    private static Map<String, Object> headers(JsonNode request) {
        return JSON.convertValue(request.get("headers"), JSON.getTypeFactory().constructMapType(Map.class, String.class, Object.class));
    }

    private static void matches(JsonNode expected, JsonNode actual, String path) {
        if (actual == null || actual.isMissingNode()) {
            fail(path + " is missing");
        }
        assertEquals(expected.getNodeType(), actual.getNodeType(), path + " has another JSON type: " + actual);
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path + "." + field.getKey();
                matches(field.getValue(), actual.get(field.getKey()), at);
                if (field.getKey().equals("status")) {
                    assertEquals(field.getValue(), actual.get("status"), at);
                }
            }
        } else if (expected.isArray()) {
            assertTrue(actual.size() >= expected.size(), path + " has " + actual.size() + " items, fewer than " + expected.size());
            for (int i = 0; i < expected.size(); i++) {
                matches(expected.get(i), actual.get(i), path + "[" + i + "]");
            }
        }
    }
}
