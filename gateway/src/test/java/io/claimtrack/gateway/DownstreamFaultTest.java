package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Problems.problem;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.http.Fault;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Slow, broken and failing downstreams give a prompt 503 naming the service. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class DownstreamFaultTest extends StubbedDownstreamsTest {

    @Test
    void slowInputIsUnprocessableNotAnOutage() {
        // The test profile bounds ingest calls at 2.5 s: the 422 (not the stub's 200) shows the bound held.
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION).withFixedDelay(4000)));

        postDocument().then()
                .spec(problem(422, "this document could not be analysed in the time allowed; nothing was stored; send it in smaller parts"));
    }

    @Test
    void failingStoreIsUnavailableAndNotRetried() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        postDocument().then().statusCode(503)
                .body("status", is(503))
                .header("Retry-After", "2")
                .body("detail", is("claims-service unavailable; the document may have been stored; sending it again is safe: it is stored once"));

        downstreams.claims().verify(1, postRequestedFor(urlEqualTo("/documents")));
    }

    @Test
    void ingestServerErrorIsUnavailableAndNotRetried() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(aResponse().withStatus(500)));

        postDocument().then().spec(problem(503, "ingest-service unavailable; nothing was stored; sending the document again is safe"))
                .header("Retry-After", "2");

        downstreams.ingest().verify(1, postRequestedFor(urlEqualTo("/extractions")));
    }

    @Test
    void readsAreRetriedOnce() {
        downstreams.claims().stubFor(get("/documents/d1").willReturn(aResponse().withStatus(500)));

        editor().get("/api/v1/documents/d1").then().spec(problem(503, "claims-service unavailable"));

        downstreams.claims().verify(2, getRequestedFor(urlEqualTo("/documents/d1")));
    }

    @Test
    void openBreakerAnswersWithoutCallingTheDownstream() {
        downstreams.claims().stubFor(get("/documents/d2").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        for (int i = 0; i < 12; i++) {
            editor().get("/api/v1/documents/d2").then().statusCode(503);
        }
        int callsBefore = downstreams.claims().countRequestsMatching(getRequestedFor(urlEqualTo("/documents/d2")).build()).getCount();

        editor().get("/api/v1/documents/d2").then().spec(problem(503, "claims-service unavailable"));

        int callsAfter = downstreams.claims().countRequestsMatching(getRequestedFor(urlEqualTo("/documents/d2")).build()).getCount();
        assertEquals(callsBefore, callsAfter, "an open circuit breaker must not reach claims-service");
    }

    private static io.restassured.response.Response postDocument() {
        return editor().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\"}").when().post("/api/v1/documents");
    }
}
