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
import io.claimtrack.claims.service.SourceService;

@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources")
public class SourceResource {

    @Inject
    SourceService sources;

    @GET
    @Operation(summary = "Outlets with their document and claim counts, by name (a single page)",
            description = "One entry per outlet: spellings of the same outlet (case, punctuation, a leading The, its "
                    + "domain, a name starting with its acronym) are its aliases. Syndicated copies count as documents "
                    + "of the outlet that republished them; earlier revisions do not count.")
    @APIResponse(responseCode = "200", description = "All sources")
    public Page<SourceView> list() {
        return sources.list();
    }
}
