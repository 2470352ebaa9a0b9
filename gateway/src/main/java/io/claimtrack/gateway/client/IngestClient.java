package io.claimtrack.gateway.client;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import io.claimtrack.gateway.model.Extraction;
import io.claimtrack.gateway.model.ExtractionBatch;
import io.claimtrack.gateway.model.ExtractionBatchResult;
import io.claimtrack.gateway.model.ExtractionRequest;
import io.smallrye.mutiny.Uni;

/** ingest-service over HTTP, with the same typed records the public API serves. */
@RegisterRestClient(configKey = "ingest")
@RegisterProvider(DownstreamErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface IngestClient {

    @POST
    @Path("/extractions")
    Extraction extract(ExtractionRequest request);

    /** Several documents in one call; each gets the outcome {@link #extract} would have given it. */
    @POST
    @Path("/extractions:batch")
    ExtractionBatchResult extractBatch(ExtractionBatch batch);

    @GET
    @Path("/q/health/ready")
    Uni<Response> ready();
}
