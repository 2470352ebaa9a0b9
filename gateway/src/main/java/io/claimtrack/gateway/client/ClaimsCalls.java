package io.claimtrack.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Guarded calls to claims-service. Only idempotent reads are retried; storing is not, and a
 * caller retrying a failed store is safe because claims-service recognises repeats.
 */
@ApplicationScoped
@Downstream("claims-service")
@Timeout(5000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
public class ClaimsCalls {

    @RestClient
    ClaimsClient client;

    public RestResponse<JsonNode> store(JsonNode document) {
        return client.store(document);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = {DownstreamRejection.class, CircuitBreakerOpenException.class})
    public JsonNode document(String id) {
        return client.document(id);
    }

    @Retry(maxRetries = 1, delay = 100, abortOn = {DownstreamRejection.class, CircuitBreakerOpenException.class})
    public JsonNode claims(String speaker, Integer limit, String cursor) {
        return client.claims(speaker, limit, cursor);
    }
}
