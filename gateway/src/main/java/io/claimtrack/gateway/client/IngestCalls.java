package io.claimtrack.gateway.client;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.claimtrack.gateway.model.Extraction;
import io.claimtrack.gateway.model.ExtractionBatch;
import io.claimtrack.gateway.model.ExtractionBatchResult;
import io.claimtrack.gateway.model.ExtractionRequest;

/**
 * Guarded calls to ingest-service. Extraction is a POST, so it is never retried here: the caller
 * decides. Timeout and bulkhead (calls in flight, so a slow ingest-service cannot hold every worker
 * thread) are configured per class in application.properties. The breaker opens only when most of
 * a window of calls fail outright (a slow document times out without counting: it is that input's
 * problem, not everyone's) and lets calls through again 2 s later.
 */
@ApplicationScoped
@Downstream(value = "ingest-service", timeoutBlamesInput = true)
@Bulkhead(16)
@Timeout(15000)
@CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.75, delay = 2000, successThreshold = 2,
        skipOn = {DownstreamRejection.class, TimeoutException.class})
public class IngestCalls {

    @RestClient
    IngestClient client;

    public Extraction extract(ExtractionRequest request) {
        return client.extract(request);
    }

    public ExtractionBatchResult extractBatch(ExtractionBatch batch) {
        return client.extractBatch(batch);
    }
}
