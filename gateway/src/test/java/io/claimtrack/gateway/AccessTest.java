package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Api.reader;
import static io.claimtrack.gateway.support.Fixtures.CLAIMS_PAGE;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** API keys and roles, the body limit and CORS on /api/v1; management paths stay open. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class AccessTest extends StubbedDownstreamsTest {

    @BeforeEach
    void stubDownstreams() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(json(200, CLAIMS_PAGE)));
    }

    @Test
    void noKeyIsUnauthorized() {
        given().when().get("/api/v1/claims")
                .then().spec(problem(401, "missing X-API-Key header"));
    }

    @Test
    void unknownKeyIsUnauthorized() {
        given().header("X-API-Key", "test-editor-ke").when().get("/api/v1/claims")
                .then().spec(problem(401, "unknown API key"));
    }

    @Test
    void readerReadsButMayNotIngest() {
        reader().when().get("/api/v1/claims").then().statusCode(200).body("next", is("c2"));

        reader().contentType(ContentType.JSON).body("{\"text\": \"Officials said so.\"}")
                .when().post("/api/v1/extractions")
                .then().spec(problem(403, "an API key with role reader may not POST here; role editor is required"));
        downstreams.ingest().verify(0, postRequestedFor(urlEqualTo("/extractions")));
    }

    @Test
    void editorReadsAndWrites() {
        editor().when().get("/api/v1/claims").then().statusCode(200);
        editor().contentType(ContentType.JSON).body("{\"text\": \"Officials said so.\"}")
                .when().post("/api/v1/extractions")
                .then().statusCode(200);
    }

    @Test
    void managementPathsNeedNoKey() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void oversizedBodyIsRefusedBeforeExtraction() {
        // The test profile limits bodies to 64 KiB.
        editor().contentType(ContentType.TEXT).body("x".repeat(70_000))
                .when().post("/api/v1/documents")
                .then().spec(problem(413, "request body is larger than 65536 bytes"));
        downstreams.ingest().verify(0, postRequestedFor(urlEqualTo("/extractions")));
    }

    @Test
    void configuredDashboardOriginMayCallTheApi() {
        given().header("Origin", "https://dashboard.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "X-API-Key")
                .when().options("/api/v1/claims")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("https://dashboard.example"));
        reader().header("Origin", "https://dashboard.example").when().get("/api/v1/claims")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("https://dashboard.example"));
    }
}
