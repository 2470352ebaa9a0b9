package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Fixtures.CLAIMS_PAGE;
import static io.claimtrack.gateway.support.Fixtures.DOCUMENT_ID;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Fixtures.problemResponse;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Problems.problem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The happy paths and pass-through of the public API against stubbed downstreams. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class DocumentFlowTest extends StubbedDownstreamsTest {

    @BeforeEach
    void stubDownstreams() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
    }

    @Test
    void ingestExtractsThenStoresAndAnswersCreatedWithLocation() {
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));

        editor().contentType(ContentType.JSON)
                .body("{\"text\": \"" + TEXT + "\", \"source\": \"TASS\", \"url\": \"https://tass.com/1\"}")
                .when().post("/api/v1/documents")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/documents/" + DOCUMENT_ID))
                .body("id", is(DOCUMENT_ID))
                .body("statements[0].claimId", is("claim-1"))
                .body("statements[0].speakerId", is("speaker-1"));

        downstreams.ingest().verify(postRequestedFor(urlEqualTo("/extractions"))
                .withRequestBody(matchingJsonPath("$.text", equalTo(TEXT)))
                .withRequestBody(matchingJsonPath("$.source", equalTo("TASS"))));
        // claims-service receives the extracted document with its statements, as one body.
        downstreams.claims().verify(postRequestedFor(urlEqualTo("/documents"))
                .withRequestBody(matchingJsonPath("$.text", equalTo(TEXT)))
                .withRequestBody(matchingJsonPath("$.dateline.place", equalTo("MOSCOW")))
                .withRequestBody(matchingJsonPath("$.statements[0].speaker.name", equalTo("Yury Ushakov")))
                .withRequestBody(matchingJsonPath("$.statements[0].span.start", equalTo("23"))));
    }

    @Test
    void repeatAnswersOkWithTheStoredDocument() {
        downstreams.claims().stubFor(post("/documents").willReturn(json(200, STORED.replace("\"repeat\": false", "\"repeat\": true"))));

        editor().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\"}")
                .when().post("/api/v1/documents")
                .then().statusCode(200)
                .header("Location", endsWith("/api/v1/documents/" + DOCUMENT_ID))
                .body("repeat", is(true));
    }

    @Test
    void plainTextTakesMetadataFromQueryParameters() {
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));

        editor().contentType("text/plain; charset=UTF-8").body(TEXT)
                .queryParam("source", "TASS").queryParam("published", "2025-06-04")
                .when().post("/api/v1/documents")
                .then().statusCode(201);

        downstreams.ingest().verify(postRequestedFor(urlEqualTo("/extractions"))
                .withRequestBody(equalToJson("{\"text\": \"" + TEXT + "\", \"source\": \"TASS\", \"url\": null, "
                        + "\"published\": \"2025-06-04\", \"format\": \"text\"}")));
    }

    @Test
    void htmlIsSentForExtractionAsHtml() {
        editor().contentType("text/html").body("<p>" + TEXT + "</p>")
                .when().post("/api/v1/extractions")
                .then().statusCode(200)
                .body("statements[0].speaker.name", is("Yury Ushakov"));

        downstreams.ingest().verify(postRequestedFor(urlEqualTo("/extractions"))
                .withRequestBody(matchingJsonPath("$.format", equalTo("html"))));
    }

    @Test
    void extractionStoresNothing() {
        editor().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\"}")
                .when().post("/api/v1/extractions")
                .then().statusCode(200)
                .body("document.dateline.wire", is("TASS"))
                .body("statements[0].type", is("indirect"));

        downstreams.claims().verify(0, postRequestedFor(urlEqualTo("/documents")));
    }

    @Test
    void emptyTextIsRejectedWithoutCallingDownstream() {
        editor().contentType(ContentType.JSON).body("{\"text\": \"  \"}")
                .when().post("/api/v1/documents")
                .then().spec(problem(400, "text must not be empty"));
        editor().contentType(ContentType.JSON).body("{not json")
                .when().post("/api/v1/documents")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"));

        downstreams.ingest().verify(0, postRequestedFor(urlEqualTo("/extractions")));
    }

    @Test
    void downstreamClientErrorsPassThroughWithStatusAndDetail() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(problemResponse(400, "Bad Request", "unknown format: pdf")));
        editor().contentType(ContentType.JSON).body("{\"text\": \"x\", \"format\": \"pdf\"}")
                .when().post("/api/v1/documents")
                .then().spec(problem(400, "unknown format: pdf"));

        downstreams.ingest().stubFor(post("/extractions").willReturn(problemResponse(413, "Payload Too Large", "text exceeds 1000000 characters")));
        editor().contentType(ContentType.TEXT).body("x")
                .when().post("/api/v1/extractions")
                .then().statusCode(413)
                .body("title", is("Payload Too Large"))
                .body("detail", is("text exceeds 1000000 characters"));

        downstreams.claims().stubFor(get("/documents/nope").willReturn(problemResponse(404, "Not Found", "no document nope")));
        reader().when().get("/api/v1/documents/nope")
                .then().spec(problem(404, "no document nope"));
        // A 4xx is an answer, not a failure: it is not retried.
        downstreams.claims().verify(1, getRequestedFor(urlEqualTo("/documents/nope")));
    }

    @Test
    void readsAreProxied() {
        downstreams.claims().stubFor(get("/documents/" + DOCUMENT_ID).willReturn(json(200, STORED)));
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(json(200, CLAIMS_PAGE)));

        reader().when().get("/api/v1/documents/" + DOCUMENT_ID)
                .then().statusCode(200)
                .body("text", is(TEXT))
                .body("statements[0].claimId", is("claim-1"));

        reader().queryParam("speaker", "Yury Ushakov").queryParam("limit", 5).queryParam("cursor", "c1")
                .when().get("/api/v1/claims")
                .then().statusCode(200)
                .body("items[0].speaker.name", is("Yury Ushakov"))
                .body("next", is("c2"));

        downstreams.claims().verify(getRequestedFor(urlPathEqualTo("/claims"))
                .withQueryParam("speaker", equalTo("Yury Ushakov"))
                .withQueryParam("limit", equalTo("5"))
                .withQueryParam("cursor", equalTo("c1")));
    }

    @Test
    void claimsPageSizeIsBounded() {
        reader().queryParam("limit", 101).when().get("/api/v1/claims")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        reader().queryParam("limit", 0).when().get("/api/v1/claims")
                .then().statusCode(400);
        downstreams.claims().verify(0, getRequestedFor(urlPathEqualTo("/claims")));
    }
}
