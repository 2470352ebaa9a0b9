package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Fixtures.problemResponse;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class BatchIngestTest extends StubbedDownstreamsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TWO_STORED = "{\"results\": [{\"status\": 201, \"id\": \"doc-1\", \"statements\": 1}, "
            + "{\"status\": 200, \"id\": \"doc-1\", \"statements\": 1}]}";

    @Test
    void everyLineGetsAResultAndBadLinesDoNotStopTheBatch() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.ingest().stubFor(post("/extractions").withRequestBody(containing("unreadable"))
                .willReturn(problemResponse(400, "Bad Request", "invalid UTF-8")));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));

        String ndjson = """
                {"text": "First, the minister said it was fine.", "source": "TASS"}
                {"text": "broken
                {"text": "unreadable"}

                {"text": "Last, officials said so.", "source": "AFP"}
                """;
        // Clients send the ':' of documents:batch as is; RestAssured would percent-encode it.
        String body = editor().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/documents:batch")
                .then().statusCode(200)
                .contentType(startsWith("application/x-ndjson"))
                .extract().asString();

        List<JsonNode> results = body.lines().filter(line -> !line.isBlank()).map(BatchIngestTest::parse)
                .sorted(Comparator.comparingInt(result -> result.get("line").asInt())).toList();
        assertEquals(4, results.size(), body);
        assertResult(results.get(0), 1, 201);
        assertEquals("doc-1", results.get(0).get("id").asText());
        assertEquals(1, results.get(0).get("statements").asInt());
        assertResult(results.get(1), 2, 400);
        assertResult(results.get(2), 3, 400);
        assertEquals("invalid UTF-8", results.get(2).get("detail").asText());
        assertResult(results.get(3), 5, 201);
        downstreams.claims().verify(2, postRequestedFor(urlEqualTo("/documents")));
        // no batch operation stubbed (an older ingest-service): each document was extracted alone
        downstreams.ingest().verify(3, postRequestedFor(urlEqualTo("/extractions")));
    }

    @Test
    void aBatchIsExtractedAFewDocumentsACall() {
        String twoOutcomes = "{\"results\": [{\"status\": 200, \"extraction\": %s}, {\"status\": 200, \"extraction\": %s}]}"
                .formatted(EXTRACTION, EXTRACTION);
        downstreams.ingest().stubFor(post("/extractions:batch").willReturn(json(200, twoOutcomes)));
        downstreams.claims().stubFor(post("/documents:batch").willReturn(json(200, TWO_STORED)));
        // On a cold test JVM the first call may outlast the test profile's 2.5 s timeout and fall back to single calls.
        postBatch(1);
        downstreams.ingest().resetRequests();
        downstreams.claims().resetRequests();

        List<JsonNode> results = postBatch(8);
        assertEquals(8, results.size());
        // 8 lines, 4 workers: 4 calls of 2 documents, none alone
        downstreams.ingest().verify(4, postRequestedFor(urlEqualTo("/extractions:batch"))
                .withRequestBody(matchingJsonPath("$.documents.length()", equalTo("2"))));
        downstreams.ingest().verify(0, postRequestedFor(urlEqualTo("/extractions")));
        // and stored a chunk a call: the first line of each chunk new, the second a repeat
        downstreams.claims().verify(4, postRequestedFor(urlEqualTo("/documents:batch"))
                .withRequestBody(matchingJsonPath("$.documents.length()", equalTo("2"))));
        downstreams.claims().verify(0, postRequestedFor(urlEqualTo("/documents")));
        assertEquals(List.of(201, 200, 201, 200, 201, 200, 201, 200), results.stream()
                .sorted(Comparator.comparingInt(result -> result.get("line").asInt()))
                .map(result -> result.get("status").asInt()).toList());
    }

    /** claims-service without the batch store (an older one), or failing: each document is stored alone. */
    @Test
    void whenABatchStoreFailsItsDocumentsAreStoredOneByOne() {
        String twoOutcomes = "{\"results\": [{\"status\": 200, \"extraction\": %s}, {\"status\": 200, \"extraction\": %s}]}"
                .formatted(EXTRACTION, EXTRACTION);
        downstreams.ingest().stubFor(post("/extractions:batch").willReturn(json(200, twoOutcomes)));
        downstreams.claims().stubFor(post("/documents:batch").willReturn(problemResponse(404, "Not Found", "no such operation")));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));

        List<JsonNode> results = postBatch(8);
        assertEquals(8, results.size());
        results.forEach(result -> assertEquals(201, result.get("status").asInt(), result.toString()));
        downstreams.claims().verify(8, postRequestedFor(urlEqualTo("/documents")));
    }

    @Test
    void whenABatchCallFailsItsDocumentsAreExtractedOneByOne() {
        downstreams.ingest().stubFor(post("/extractions:batch").willReturn(aResponse().withStatus(500)));
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));

        List<JsonNode> results = postBatch(8);
        assertEquals(8, results.size());
        results.forEach(result -> assertEquals(201, result.get("status").asInt(), result.toString()));
        downstreams.ingest().verify(8, postRequestedFor(urlEqualTo("/extractions")));
    }

    private static List<JsonNode> postBatch(int lines) {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < lines; i++) {
            ndjson.append("{\"text\": \"Document ").append(i).append(", the minister said.\"}\n");
        }
        String body = editor().urlEncodingEnabled(false).contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/documents:batch")
                .then().statusCode(200).extract().asString();
        return body.lines().filter(line -> !line.isBlank()).map(BatchIngestTest::parse).toList();
    }

    @Test
    void readersMayNotIngestBatches() {
        reader().urlEncodingEnabled(false).contentType("application/x-ndjson").body("{\"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/documents:batch")
                .then().statusCode(403);
    }

    private static void assertResult(JsonNode result, int line, int status) {
        assertEquals(line, result.get("line").asInt(), result.toString());
        assertEquals(status, result.get("status").asInt(), result.toString());
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
