package io.claimtrack.claims.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.claimtrack.claims.MongoTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** A statement posted straight to claims-service, past the gateway, is refused and stores nothing. */
@QuarkusTest
@QuarkusTestResource(MongoTestResource.class)
class ServiceTokenTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "claimtrack.service-token")
    String token;

    @Test
    void aForgedDocumentWithoutTheTokenIsRefusedAndNotStored() throws Exception {
        String source = "Forged " + UUID.randomUUID();
        HttpResponse<String> response = postDocument(source, null);
        assertEquals(401, response.statusCode(), response.body());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));

        assertEquals(401, postDocument(source, "Bearer not-the-service-token-at-all").statusCode());
        assertEquals(401, postDocument(source, "Bearer " + token.toUpperCase()).statusCode());
        assertEquals(401, postDocument(source, "Basic " + token).statusCode());

        given().queryParam("source", source).get("/documents").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void readsNeedTheTokenToo() throws Exception {
        assertEquals(401, get("/claims", null).statusCode());
        assertEquals(401, get("/speakers", null).statusCode());
        assertEquals(401, get("/documents/000000000000000000000000", null).statusCode(), "refused before the lookup");
        // Every other test of this module calls with the token (ServiceTokenForTests) and is served.
        assertEquals(200, get("/claims", "Bearer " + token).statusCode());
    }

    @Test
    void healthAndMetricsStayOpenForProbes() throws Exception {
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics"}) {
            assertEquals(200, get(path, null).statusCode(), path);
        }
    }

    private HttpResponse<String> postDocument(String source, String authorization) throws Exception {
        String text = "\"Taxes will fall,\" Finance Minister Ana Lopes said.";
        String body = """
                {"text": "%s", "source": "%s", "statements": [{"speaker": {"name": "Ana Lopes", "kind": "person"},
                 "content": "Taxes will fall", "type": "direct", "cue": "said", "span": {"start": 1, "end": 16}}]}
                """.formatted(text.replace("\"", "\\\""), source);
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/documents"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() != 500, response.body());
        return response;
    }
}
