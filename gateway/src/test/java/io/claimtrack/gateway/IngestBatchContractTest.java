package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimtrack.gateway.support.Contracts;
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

    /** One worker: the batch's documents go to ingest-service as one chunk, as the contract records. */
    public static class OneChunk implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.batch.concurrency", "1");
        }
    }

    @Test
    void aBatchIsExtractedInOneCallAsTheContractRecords() {
        JsonNode contract = Contracts.read(CONTRACT);
        JsonNode request = contract.get("request");
        JsonNode response = contract.get("response");
        downstreams.ingest().stubFor(post(urlEqualTo(request.get("path").asText()))
                .withHeader("Content-Type", equalTo(request.at("/headers/Content-Type").asText()))
                .withRequestBody(equalToJson(request.get("body").toString()))
                .willReturn(json(response.get("status").asInt(), response.get("body").toString())));
        downstreams.claims().stubFor(post(urlEqualTo("/documents:batch"))
                .willReturn(json(200, "{\"results\": [{\"status\": 201, \"id\": \"doc-1\", \"statements\": 1}]}")));

        StringBuilder ndjson = new StringBuilder();
        for (JsonNode document : request.at("/body/documents")) {
            ObjectNode line = ((ObjectNode) document.deepCopy());
            line.remove("format");
            ndjson.append(line).append('\n');
        }
        // On a cold test JVM the first call may outlast the test profile's 2.5 s timeout and fall back to single calls.
        Contracts.postBatch(ndjson.toString());
        downstreams.ingest().resetRequests();
        downstreams.claims().resetRequests();
        String body = Contracts.postBatch(ndjson.toString());

        List<JsonNode> results = Contracts.results(body);
        assertEquals(2, results.size(), body);
        assertEquals(201, results.get(0).get("status").asInt(), body);
        assertEquals("doc-1", results.get(0).get("id").asText(), body);
        JsonNode refused = response.at("/body/results/1");
        assertEquals(refused.get("status").asInt(), results.get(1).get("status").asInt(), body);
        assertEquals(refused.get("detail").asText(), results.get(1).get("detail").asText(), body);

        downstreams.ingest().verify(1, postRequestedFor(urlEqualTo(request.get("path").asText())));
        downstreams.ingest().verify(0, postRequestedFor(urlEqualTo("/extractions")));
        // what was extracted is what is stored (the refused document is not sent), parts of what was said included
        JsonNode interrupted = response.at("/body/results/0/extraction/statements/2");
        downstreams.claims().verify(1, postRequestedFor(urlEqualTo("/documents:batch"))
                .withRequestBody(matchingJsonPath("$.documents.length()", equalTo("1")))
                .withRequestBody(matchingJsonPath("$.documents[0].statements[0].speaker.name", equalTo("Yury Ushakov")))
                .withRequestBody(matchingJsonPath("$.documents[0].statements[2].parts[1].start",
                        equalTo(interrupted.at("/parts/1/start").asText())))
                .withRequestBody(matchingJsonPath("$.documents[0].statements[2].parts.length()", equalTo("2")))
                .withRequestBody(matchingJsonPath("$.documents[0].source", equalTo("TASS"))));
    }
}
