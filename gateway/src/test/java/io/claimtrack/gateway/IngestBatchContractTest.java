package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The consumer side of the contract with ingest-service's {@code POST /extractions:batch}: what the
 * gateway sends for an NDJSON batch, and what it makes of the answer, are the interaction recorded in
 * {@code contracts/ingest-service/extractions-batch.json}. ingest-service's GatewayContractTest replays
 * the same file against the real service, so neither side can change the exchange alone.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
@TestProfile(IngestBatchContractTest.OneChunk.class)
class IngestBatchContractTest extends StubbedDownstreamsTest {

    static final String CONTRACT = "/contracts/ingest-service/extractions-batch.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One worker: the batch's documents go to ingest-service as one chunk, as the contract records. */
    public static class OneChunk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.batch.concurrency", "1");
        }
    }

    @Test
    void aBatchIsExtractedInOneCallAsTheContractRecords() {
        JsonNode contract = contract();
        JsonNode request = contract.get("request");
        JsonNode response = contract.get("response");
        downstreams.ingest().stubFor(post(urlEqualTo(request.get("path").asText()))
                .withHeader("Content-Type", equalTo(request.at("/headers/Content-Type").asText()))
                .withRequestBody(equalToJson(request.get("body").toString()))
                .willReturn(json(response.get("status").asInt(), response.get("body").toString())));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));

        StringBuilder ndjson = new StringBuilder();
        for (JsonNode document : request.at("/body/documents")) {
            ObjectNode line = ((ObjectNode) document.deepCopy());
            line.remove("format");
            ndjson.append(line).append('\n');
        }
        // On a cold test JVM the first call may outlast the test profile's 2.5 s timeout and fall back to single calls.
        postBatch(ndjson.toString());
        downstreams.ingest().resetRequests();
        downstreams.claims().resetRequests();
        String body = postBatch(ndjson.toString());

        List<JsonNode> results = body.lines().filter(line -> !line.isBlank()).map(IngestBatchContractTest::parse)
                .sorted(Comparator.comparingInt(result -> result.get("line").asInt())).toList();
        assertEquals(2, results.size(), body);
        assertEquals(201, results.get(0).get("status").asInt(), body);
        assertEquals("doc-1", results.get(0).get("id").asText(), body);
        JsonNode refused = response.at("/body/results/1");
        assertEquals(refused.get("status").asInt(), results.get(1).get("status").asInt(), body);
        assertEquals(refused.get("detail").asText(), results.get(1).get("detail").asText(), body);

        downstreams.ingest().verify(1, postRequestedFor(urlEqualTo(request.get("path").asText())));
        downstreams.ingest().verify(0, postRequestedFor(urlEqualTo("/extractions")));
        // what was extracted is what is stored
        downstreams.claims().verify(1, postRequestedFor(urlEqualTo("/documents"))
                .withRequestBody(matchingJsonPath("$.statements[0].speaker.name", equalTo("Yury Ushakov")))
                .withRequestBody(matchingJsonPath("$.source", equalTo("TASS"))));
    }

    private static String postBatch(String ndjson) {
        return editor().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/documents:batch")
                .then().statusCode(200).extract().asString();
    }

    static JsonNode contract() {
        try (InputStream in = IngestBatchContractTest.class.getResourceAsStream(CONTRACT)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
