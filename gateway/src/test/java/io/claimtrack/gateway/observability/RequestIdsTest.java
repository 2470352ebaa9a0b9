package io.claimtrack.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** One id per request, from the caller or made here, returned and passed on to both services. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class RequestIdsTest extends StubbedDownstreamsTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @BeforeEach
    void stubDownstreams() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));
    }

    @Test
    void theCallersIdIsReturnedAndPassedToBothServices() {
        editor().header(RequestIds.HEADER, "desk-42").contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\"}")
                .post("/api/v1/documents").then().statusCode(201).header(RequestIds.HEADER, "desk-42");

        downstreams.ingest().verify(postRequestedFor(urlEqualTo("/extractions")).withHeader(RequestIds.HEADER, equalTo("desk-42")));
        downstreams.claims().verify(postRequestedFor(urlEqualTo("/documents")).withHeader(RequestIds.HEADER, equalTo("desk-42")));
    }

    @Test
    void withoutAnIdTheGatewayMakesOneAndPassesItOn() {
        String id = editor().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\"}")
                .post("/api/v1/documents").then().statusCode(201).header(RequestIds.HEADER, matchesPattern(UUID))
                .extract().header(RequestIds.HEADER);

        downstreams.ingest().verify(postRequestedFor(urlEqualTo("/extractions")).withHeader(RequestIds.HEADER, equalTo(id)));
        downstreams.claims().verify(postRequestedFor(urlEqualTo("/documents")).withHeader(RequestIds.HEADER, matching(id)));
    }

    @Test
    void refusedCallsHaveAnIdToo() {
        given().header(RequestIds.HEADER, "bad id\r\nforged: yes").get("/api/v1/claims")
                .then().statusCode(401).header(RequestIds.HEADER, matchesPattern(UUID));
    }
}
