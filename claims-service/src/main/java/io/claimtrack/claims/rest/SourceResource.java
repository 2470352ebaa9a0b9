package io.claimtrack.claims.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.SourceView;
import io.claimtrack.claims.service.SourceQueries;

@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    @Inject
    SourceQueries sources;

    @GET
    @Operation(summary = "Outlets with their document and claim counts, by name (a single page)")
    @APIResponse(responseCode = "200", description = "All sources")
    public Page<SourceView> list() {
        return sources.list();
    }
}
