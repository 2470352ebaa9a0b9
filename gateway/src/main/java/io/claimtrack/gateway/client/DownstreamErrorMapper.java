package io.claimtrack.gateway.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Sorts downstream error responses into rejections (4xx, passed through) and failures (5xx). */
public class DownstreamErrorMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        // 401/403: the downstream refused the gateway's own service token, a deployment fault the caller cannot fix.
        if (status >= 500 || status == 401 || status == 403) {
            return new DownstreamFailure(status);
        }
        JsonNode problem = readProblem(response);
        String title = text(problem, "title", response.getStatusInfo().getReasonPhrase());
        return new DownstreamRejection(status, title, text(problem, "detail", title));
    }

    private static JsonNode readProblem(Response response) {
        try {
            response.bufferEntity();
            return JSON.readTree(response.readEntity(String.class));
        } catch (RuntimeException | java.io.IOException e) {
            // Not every 4xx carries a problem body; status and reason phrase still pass through.
            return JSON.createObjectNode();
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }
}
