package io.claimtrack.gateway;

import static io.claimtrack.gateway.support.Api.editor;
import static io.claimtrack.gateway.support.Problems.problem;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.claimtrack.gateway.support.Ports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Both downstreams refuse connections: callers get a 503 naming the service, the gateway stays ready. */
@QuarkusTest
@TestProfile(DownstreamsDownTest.NothingListening.class)
class DownstreamsDownTest {

    public static class NothingListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String closed = "http://localhost:" + Ports.free();
            return Map.of("quarkus.rest-client.ingest.url", closed, "quarkus.rest-client.claims.url", closed);
        }
    }

    @Test
    void ingestDownIsUnavailable() {
        editor().contentType(ContentType.JSON).body("{\"text\": \"Officials said it was fine.\"}")
                .when().post("/api/v1/documents")
                .then().spec(problem(503, "ingest-service unavailable; nothing was stored; sending the document again is safe"))
                .header("Retry-After", "2")
                .body("title", is("Service Unavailable"));
    }

    @Test
    void claimsDownIsUnavailable() {
        editor().queryParam("speaker", "Yury Ushakov")
                .when().get("/api/v1/claims")
                .then().spec(problem(503, "claims-service unavailable"));
    }

    @Test
    void gatewayStaysReadyAndReportsDownstreamsAsData() {
        editor().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'ingest-service' }.data.ready", is(false))
                .body("checks.find { it.name == 'claims-service' }.data.ready", is(false));
    }
}
