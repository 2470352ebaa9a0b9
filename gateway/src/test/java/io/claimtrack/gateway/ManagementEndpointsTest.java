package io.claimtrack.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ManagementEndpointsTest extends StubbedDownstreamsTest {

    @Test
    void readinessReportsReachableDownstreams() {
        downstreams.ingest().stubFor(get("/q/health/ready").willReturn(okJson("{\"status\": \"UP\"}")));
        downstreams.claims().stubFor(get("/q/health/ready").willReturn(okJson("{\"status\": \"UP\"}")));

        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'ingest-service' }.data.ready", is(true))
                .body("checks.find { it.name == 'claims-service' }.data.ready", is(true));
    }

    @Test
    void metricsAreExposed() {
        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("jvm_"));
    }

    @Test
    void openApiDescribesThePublicApi() {
        given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", is("Claimtrack public API"))
                .body("paths", hasKey("/api/v1/documents"))
                .body("paths", hasKey("/api/v1/extractions"))
                .body("paths", hasKey("/api/v1/documents/{id}"))
                .body("paths", hasKey("/api/v1/claims"))
                .body("paths", hasKey("/api/v1/documents:batch"))
                .body("paths", hasKey("/api/v1/claims/stream"))
                .body("paths", hasKey("/api/v1/claims/{id}/claimreview"))
                .body("paths", hasKey("/api/v1/speakers/{id}/stats"))
                .body("paths", hasKey("/api/v1/sources"))
                .body("components.securitySchemes.apiKey.name", is("X-API-Key"))
                .body("paths.'/api/v1/documents'.post.summary", is("Ingest a document"));
    }
}
