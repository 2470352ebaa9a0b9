package io.claimtrack.gateway.client;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.gateway.model.Problem;

/** Sorts downstream error responses into rejections (4xx, passed through) and failures (5xx). */
public class DownstreamErrorMapper implements ResponseExceptionMapper<RuntimeException> {

    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public RuntimeException toThrowable(Response response) {
        int status = response.getStatus();
        // 401/403: the downstream refused the gateway's own service token, a deployment fault the caller cannot fix.
        if (status >= 500 || status == 401 || status == 403) {
            return new DownstreamFailure(status);
        }
        Problem problem = readProblem(response);
        String title = problem != null && problem.title() != null ? problem.title() : response.getStatusInfo().getReasonPhrase();
        return new DownstreamRejection(status, title, problem != null && problem.detail() != null ? problem.detail() : title);
    }

    private static Problem readProblem(Response response) {
        try {
            response.bufferEntity();
            return JSON.readValue(response.readEntity(String.class), Problem.class);
        } catch (RuntimeException | java.io.IOException e) {
            // Not every 4xx carries a problem body; status and reason phrase still pass through.
            return null;
        }
    }
}
