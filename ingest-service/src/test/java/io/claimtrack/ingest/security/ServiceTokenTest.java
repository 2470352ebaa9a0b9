package io.claimtrack.ingest.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Only a caller with the service token (the gateway) gets an extraction; probes stay open. */
@QuarkusTest
class ServiceTokenTest {

    private static final String STORY = "\"We will appeal,\" the company said.";

    private final HttpClient http = HttpClient.newHttpClient();

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "claimtrack.service-token")
    String token;

    @Test
    void aCallWithoutTheTokenIsRefusedWithAProblem() throws Exception {
        HttpResponse<String> response = post(STORY, null);
        assertEquals(401, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        assertEquals("Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
        assertTrue(response.body().contains("missing service credential"), response.body());
    }

    @Test
    void aWrongTokenIsRefused() throws Exception {
        assertEquals(401, post(STORY, "Bearer " + token + "x").statusCode());
        assertEquals(401, post(STORY, "Bearer " + token.substring(1)).statusCode());
        assertEquals(401, post(STORY, token).statusCode(), "the token without the Bearer scheme");
    }

    @Test
    void theTokenIsCheckedBeforeTheBodyIsLookedAt() throws Exception {
        // An oversized body would be a 413 and malformed JSON a 400 for the gateway; a stranger learns nothing.
        assertEquals(401, post("x".repeat(50_000), "Bearer wrong-token-of-some-length").statusCode());
        HttpRequest malformed = HttpRequest.newBuilder(base.resolve("/extractions")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":")).build();
        assertEquals(401, http.send(malformed, HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    @Test
    void theGatewaysTokenGetsTheExtraction() throws Exception {
        HttpResponse<String> response = post(STORY, "Bearer " + token);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("We will appeal"), response.body());
    }

    @Test
    void healthAndMetricsStayOpenForProbes() throws Exception {
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics"}) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), path);
        }
    }

    private HttpResponse<String> post(String text, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/extractions"))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(text));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
