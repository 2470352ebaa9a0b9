package io.claimtrack.gateway.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;

import jakarta.ws.rs.core.MediaType;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.gateway.model.ExtractionRequest;
import io.claimtrack.gateway.service.BatchIngest;
import io.claimtrack.gateway.support.TestConfig;
import io.quarkiverse.resteasy.problem.HttpProblem;

/**
 * Coverage-guided fuzzing of how the gateway reads a POST /api/v1/documents:batch body: the bytes are
 * text within the limit or the documented 400/413, the text splits into numbered lines, and each line is
 * a request with text or a 400 of its own, never another exception. Regression mode on the committed
 * inputs in every build; fuzzing mode: see README.md.
 */
class NdjsonBatchFuzzTest {

    private static final MediaType NDJSON = MediaType.valueOf("application/x-ndjson");
    private static final ExtractionRequests REQUESTS = new ExtractionRequests(new StrictJson(new ObjectMapper()));
    private static final RequestBodies BODIES = new RequestBodies();

    static {
        BODIES.config = TestConfig.bodyLimit(65_536);
    }

    @FuzzTest(maxDuration = "10m")
    void ndjsonBody(byte[] input) {
        String body;
        try {
            body = BODIES.text(new ByteArrayInputStream(input), NDJSON);
        } catch (HttpProblem problem) {
            assertTrue(Set.of(400, 413).contains(problem.getStatusCode()), problem.getMessage());
            return;
        }
        List<BatchIngest.Line> lines = BatchIngest.lines(body);
        int previous = 0;
        for (BatchIngest.Line line : lines) {
            assertTrue(line.number() > previous, "lines are numbered in order");
            previous = line.number();
            assertFalse(line.json().isBlank());
            assertTrue(line.json().indexOf('\n') < 0 && line.json().indexOf('\r') < 0, "one line, one request");
            try {
                ExtractionRequest request = REQUESTS.read(line.json(), MediaType.APPLICATION_JSON_TYPE, null, null, null);
                assertFalse(request.text().isBlank());
            } catch (HttpProblem problem) {
                assertEquals(400, problem.getStatusCode(), problem.getMessage());
            }
        }
    }
}
