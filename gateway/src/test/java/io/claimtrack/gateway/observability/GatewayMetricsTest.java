package io.claimtrack.gateway.observability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Documents ingested and rejected by reason, downstream failures by service and cause, open streams: all in /q/metrics. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class GatewayMetricsTest extends StubbedDownstreamsTest {

    @Test
    void ingestedAndRejectedDocumentsAreCountedByResultAndReason() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));
        double stored = metric("claimtrack_documents_ingested_total{result=\"stored\"}");
        double tooLarge = metric("claimtrack_documents_rejected_total{reason=\"request_entity_too_large\"}");

        postDocument("{\"text\": \"" + TEXT + "\"}").then().statusCode(201);
        postDocument("{\"text\": \"" + "x".repeat(70_000) + "\"}").then().statusCode(413);

        assertEquals(stored + 1, metric("claimtrack_documents_ingested_total{result=\"stored\"}"));
        assertEquals(tooLarge + 1, metric("claimtrack_documents_rejected_total{reason=\"request_entity_too_large\"}"));
    }

    @Test
    void downstreamFailuresAreCountedByServiceAndCause() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(aResponse().withStatus(500)));
        String series = "claimtrack_downstream_failures_total{cause=\"server_error\",service=\"ingest-service\"}";
        double before = metric(series);

        postDocument("{\"text\": \"" + TEXT + "\"}").then().statusCode(503);

        assertEquals(before + 1, metric(series));
    }

    @Test
    void faultToleranceKeepsNoMetersOfItsOwn() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));

        postDocument("{\"text\": \"" + TEXT + "\"}").then().statusCode(201);

        String metrics = given().get("/q/metrics").asString();
        assertTrue(metrics.contains("claimtrack_documents_ingested_total{"));
        assertFalse(metrics.lines().anyMatch(line -> line.startsWith("ft_")), "fault tolerance's own meters are off");
    }

    @Test
    void openStreamsAreAGauge() {
        assertTrue(given().get("/q/metrics").asString().contains("claimtrack_stream_subscribers "));
    }

    private static io.restassured.response.Response postDocument(String body) {
        return editor().contentType(ContentType.JSON).body(body).post("/api/v1/documents");
    }

    private static double metric(String series) {
        for (String line : given().get("/q/metrics").asString().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1).trim());
            }
        }
        return 0;
    }
}
