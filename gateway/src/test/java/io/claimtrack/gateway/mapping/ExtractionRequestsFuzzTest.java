package io.claimtrack.gateway.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.MediaType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.gateway.model.ExtractionRequest;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Coverage-guided fuzzing of the gateway's JSON request parsing: any body is a request with text or
 * the documented 400 problem, never another exception. Regression mode on the committed inputs in
 * every build; fuzzing mode: see README.md.
 */
class ExtractionRequestsFuzzTest {

    private static final ExtractionRequests REQUESTS = new ExtractionRequests(new StrictJson(new ObjectMapper()));

    @FuzzTest(maxDuration = "10m")
    void jsonBody(byte[] input) {
        String body = new String(input, StandardCharsets.UTF_8);
        try {
            ExtractionRequest request = REQUESTS.read(body, MediaType.APPLICATION_JSON_TYPE, null, null, null);
            assertFalse(request.text().isBlank());
        } catch (HttpProblem problem) {
            assertEquals(400, problem.getStatusCode(), problem.getMessage());
        }
    }
}
