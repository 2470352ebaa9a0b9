package io.claimtrack.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.claimtrack.gateway.model.Extraction;
import io.claimtrack.gateway.model.ExtractionRequest;

/**
 * Guarded calls to ingest-service. Extraction is a POST, so it is never retried here: the caller
 * decides. Timeout and bulkhead (calls in flight, so a slow ingest-service cannot hold every worker
 * thread) are configured per class in application.properties.
 */
@ApplicationScoped
@Downstream("ingest-service")
@Bulkhead(16)
@Timeout(15000)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5000, skipOn = DownstreamRejection.class)
public class IngestCalls {

    @RestClient
    IngestClient client;

    public Extraction extract(ExtractionRequest request) {
        return client.extract(request);
    }
}
