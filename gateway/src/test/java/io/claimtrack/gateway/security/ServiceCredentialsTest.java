package io.claimtrack.gateway.security;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Fixtures.CLAIMS_PAGE;
import static io.claimtrack.gateway.support.Fixtures.EXTRACTION;
import static io.claimtrack.gateway.support.Fixtures.STORED;
import static io.claimtrack.gateway.support.Fixtures.TEXT;
import static io.claimtrack.gateway.support.Fixtures.json;
import static io.claimtrack.gateway.support.Fixtures.problemResponse;
import static io.claimtrack.gateway.support.Problems.problem;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.StubbedDownstreamsTest;
import io.claimtrack.gateway.support.WireMockDownstreams;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The gateway presents the service token to both downstreams, and never passes their refusal on as the caller's. */
@QuarkusTest
@WithTestResource(WireMockDownstreams.class)
class ServiceCredentialsTest extends StubbedDownstreamsTest {

    @ConfigProperty(name = "claimtrack.service-token")
    String token;

    @Test
    void everyDownstreamCallCarriesTheServiceToken() {
        downstreams.ingest().stubFor(post("/extractions").willReturn(json(200, EXTRACTION)));
        downstreams.claims().stubFor(post("/documents").willReturn(json(201, STORED)));
        downstreams.claims().stubFor(get(urlPathEqualTo("/claims")).willReturn(json(200, CLAIMS_PAGE)));

        editor().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\"}").post("/api/v1/documents").then().statusCode(201);
        editor().get("/api/v1/claims").then().statusCode(200);

        downstreams.ingest().verify(1, postRequestedFor(urlEqualTo("/extractions")).withHeader("Authorization", equalTo("Bearer " + token)));
        downstreams.claims().verify(1, postRequestedFor(urlEqualTo("/documents")).withHeader("Authorization", equalTo("Bearer " + token)));
        downstreams.claims().verify(1, getRequestedFor(urlPathEqualTo("/claims")).withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aDownstreamRefusingTheGatewaysCredentialIsUnavailableNotTheCallersFault() {
        // A token that differs between the gateway and a service is a deployment fault: the caller's key is fine.
        downstreams.claims().stubFor(get("/documents/d1").willReturn(problemResponse(401, "Unauthorized", "service credential not accepted")));

        editor().get("/api/v1/documents/d1").then().spec(problem(503, "claims-service unavailable"));
    }
}
