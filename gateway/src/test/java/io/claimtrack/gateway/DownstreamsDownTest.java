package io.claimtrack.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
            String closed = "http://localhost:" + closedPort();
            return Map.of("quarkus.rest-client.ingest.url", closed, "quarkus.rest-client.claims.url", closed);
        }

        private static int closedPort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void ingestDownIsUnavailable() {
        given().contentType(ContentType.JSON).body("{\"text\": \"Officials said it was fine.\"}")
                .when().post("/api/v1/documents")
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .body("title", is("Service Unavailable"))
                .body("detail", is("ingest-service unavailable"));
    }

    @Test
    void claimsDownIsUnavailable() {
        given().queryParam("speaker", "Yury Ushakov")
                .when().get("/api/v1/claims")
                .then().statusCode(503)
                .body("detail", is("claims-service unavailable"));
    }

    @Test
    void gatewayStaysReadyAndReportsDownstreamsAsData() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'ingest-service' }.data.ready", is(false))
                .body("checks.find { it.name == 'claims-service' }.data.ready", is(false));
    }
}
