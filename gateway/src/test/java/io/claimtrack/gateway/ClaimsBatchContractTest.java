package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrack.gateway.support.Fixtures.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.claimtrack.gateway.support.Contracts;
import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The consumer side of the contract with claims-service's {@code POST /documents:batch}: the documents of
 * an NDJSON batch that ingest-service extracted are stored in one call, exactly as
 * {@code contracts/claims-service/documents-batch.json} records it, and its answer becomes the batch's
 * result lines. claims-service's GatewayContractTest replays the same file against the real service.
 */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
@TestProfile(IngestBatchContractTest.OneChunk.class)
class ClaimsBatchContractTest extends StubbedDownstreamsTest {

    static final String CONTRACT = "/contracts/claims-service/documents-batch.json";

    @Test
    void aChunkIsStoredInOneCallAsTheContractRecords() {
        JsonNode contract = Contracts.read(CONTRACT);
        JsonNode request = contract.get("request");
        JsonNode response = contract.get("response");
        // ingest-service extracts each line into the document the contract stores
        ArrayNode extracted = JsonNodeFactory.instance.arrayNode();
        StringBuilder ndjson = new StringBuilder();
        for (JsonNode document : request.at("/body/documents")) {
            ObjectNode extraction = extracted.addObject().put("status", 200).putObject("extraction");
            ObjectNode read = ((ObjectNode) document.deepCopy());
            extraction.set("statements", read.remove("statements"));
            extraction.set("document", read);
            ndjson.append(JsonNodeFactory.instance.objectNode().put("text", document.get("text").asText())).append('\n');
        }
        downstreams.ingest().stubFor(post(urlEqualTo("/extractions:batch"))
                .willReturn(json(200, JsonNodeFactory.instance.objectNode().set("results", extracted).toString())));
        downstreams.claims().stubFor(post(urlEqualTo(request.get("path").asText()))
                .withHeader("Content-Type", equalTo(request.at("/headers/Content-Type").asText()))
                .withHeader("Authorization", matching("Bearer .+"))
                .withRequestBody(equalToJson(request.get("body").toString()))
                .willReturn(json(response.get("status").asInt(), response.get("body").toString())));

        // On a cold test JVM the first call may outlast the test profile's 2.5 s timeout and fall back to single calls.
        Contracts.postBatch(ndjson.toString());
        downstreams.claims().resetRequests();
        String body = Contracts.postBatch(ndjson.toString());

        List<JsonNode> results = Contracts.results(body);
        assertEquals(2, results.size(), body);
        JsonNode stored = response.at("/body/results/0");
        assertEquals(stored.get("status").asInt(), results.get(0).get("status").asInt(), body);
        assertEquals(stored.get("id").asText(), results.get(0).get("id").asText(), body);
        assertEquals(stored.get("statements").asInt(), results.get(0).get("statements").asInt(), body);
        JsonNode refused = response.at("/body/results/1");
        assertEquals(refused.get("status").asInt(), results.get(1).get("status").asInt(), body);
        assertEquals(refused.get("title").asText(), results.get(1).get("title").asText(), body);
        assertEquals(refused.get("detail").asText(), results.get(1).get("detail").asText(), body);

        downstreams.claims().verify(1, postRequestedFor(urlEqualTo(request.get("path").asText())));
        downstreams.claims().verify(0, postRequestedFor(urlEqualTo("/documents")));
    }
}
