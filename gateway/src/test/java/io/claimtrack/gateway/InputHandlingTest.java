package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.CLAIMS_PAGE;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Problems.problem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.Api;
import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Bad input is refused the same way on every operation, in the API's words, before any downstream call. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class InputHandlingTest extends StubbedDownstreamsTest {

    private static final String BODY_TYPES = "this route takes a JSON, plain-text or HTML body (application/json, text/plain, "
            + "text/html); got ";

    @TestHTTPResource("/api/v1")
    URL api;

    @Test
    void aBodyWithoutContentTypeIsRefusedWithTheAcceptedTypes() throws Exception {
        HttpResponse<String> response = post("/documents", null, "{\"text\": \"Officials said so.\"}".getBytes(StandardCharsets.UTF_8), false);
        assertEquals(415, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(response.body().contains(BODY_TYPES + "no Content-Type"), response.body());
        assertNoDownstreamCalls();
    }

    @Test
    void anUnacceptedContentTypeIsRefusedInTheApisWords() {
        String body = editor().contentType("application/xml").body("<doc/>")
                .when().post("/api/v1/extractions")
                .then().spec(problem(415, BODY_TYPES + "application/xml"))
                .extract().asString();
        assertFalse(body.contains("@Consumes"), body);
        editor().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/documents:batch")
                .then().spec(problem(415, "this route takes an NDJSON body (application/x-ndjson); got application/json"));
    }

    @Test
    void invalidUtf8IsRefused() throws Exception {
        byte[] latin1 = "Officials said the caf\u00e9 was closed.".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> response = post("/documents", "text/plain", latin1, false);
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("request body is not valid UTF-8"), response.body());
        assertNoDownstreamCalls();
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        editor().contentType(ContentType.JSON).body("{\"text\": 42}")
                .when().post("/api/v1/documents")
                .then().spec(problem(400, "text must be a string"))
                .body("violations[0].field", is("text"))
                .body("violations[0].in", is("body"))
                .body("violations[0].message", is("text must be a string"));
        assertNoDownstreamCalls();
    }

    @Test
    void anUnknownFieldIsNamed() {
        editor().contentType(ContentType.JSON).body("{\"text\": \"Officials said so.\", \"publishedAt\": \"2025-06-04\"}")
                .when().post("/api/v1/extractions")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("unknown field: publishedAt; known fields: format, published, source, text, url"))
                .body("violations[0].field", is("publishedAt"));
        assertNoDownstreamCalls();
    }

    @Test
    void anUnknownQueryParameterIsNamed() {
        reader().queryParam("publishedAt", "2025-06-04").when().get("/api/v1/documents")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("unknown query parameter: publishedAt; this operation takes cursor, from, include, limit, source, to"))
                .body("violations[0].field", is("publishedAt"))
                .body("violations[0].in", is("query"))
                .body("violations[0].message", is("unknown query parameter"));
        editor().contentType(ContentType.TEXT).body("Officials said so.").queryParam("sauce", "TASS")
                .when().post("/api/v1/documents")
                .then().statusCode(400).body("detail", startsWith("unknown query parameter: sauce"));
        assertNoDownstreamCalls();
    }

    @Test
    void badParameterValuesSayWhereTheyWere() {
        reader().queryParam("type", "bogus").when().get("/api/v1/claims")
                .then().spec(problem(400, "type must be one of direct, indirect, mixed"))
                .body("violations[0].field", is("type"))
                .body("violations[0].in", is("query"));
        reader().queryParam("limit", 500).when().get("/api/v1/claims")
                .then().statusCode(400)
                .body("violations[0].field", is("limit"))
                .body("violations[0].in", is("query"))
                .body("violations[0].message", is("must be less than or equal to 100"));
        reader().queryParam("limit", "abc").when().get("/api/v1/documents")
                .then().spec(problem(400, "a query parameter's value has the wrong type: For input string: \"abc\""));
        assertNoDownstreamCalls();
    }

    @Test
    void validParametersStillPass() {
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(json(200, CLAIMS_PAGE)));
        reader().queryParam("type", "direct").queryParam("limit", 5).queryParam("sort", "appearances")
                .when().get("/api/v1/claims").then().statusCode(200);
    }

    @Test
    void aChunkedBodyOverTheLimitIsAProblem() throws Exception {
        // The test profile's limit is 64 KiB; chunked, so no Content-Length announces the size.
        byte[] big = ("{\"text\": \"" + "Officials said so. ".repeat(10_000) + "\"}\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> batch = post("/documents:batch", "application/x-ndjson", big, true);
        assertEquals(413, batch.statusCode(), batch.body());
        assertTrue(batch.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(batch.body().contains("request body is larger than 65536 bytes"), batch.body());

        HttpResponse<String> document = post("/documents", "text/plain", big, true);
        assertEquals(413, document.statusCode(), document.body());
        assertTrue(document.body().contains("request body is larger than 65536 bytes"), document.body());
        assertNoDownstreamCalls();
    }

    @Test
    void unknownPathsAndMethodsAreProblemsInTheApisWords() {
        reader().when().get("/api/v1/nothing-here")
                .then().spec(problem(404, "no such resource: /api/v1/nothing-here"));
        editor().contentType(ContentType.JSON).body("{}").when().put("/api/v1/documents")
                .then().statusCode(405)
                .contentType(startsWith("application/problem+json"))
                .body("detail", not(containsString("HTTP 405")));
    }

    private HttpResponse<String> post(String path, String contentType, byte[] body, boolean chunked) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).header("X-API-Key", Api.EDITOR_KEY);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.POST(chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body));
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertNoDownstreamCalls() {
        downstreams.ingest().verify(0, anyRequestedFor(anyUrl()));
        downstreams.claims().verify(0, anyRequestedFor(anyUrl()));
    }
}
