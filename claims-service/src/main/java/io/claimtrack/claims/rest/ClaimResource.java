package io.claimtrack.claims.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimtrack.claims.model.ClaimView;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.service.ClaimQueries;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    @Inject
    ClaimQueries claims;

    @GET
    @Operation(summary = "Claims, filtered and paged", description = "Newest first (sort=date, by last seen) "
            + "or most repeated first (sort=appearances). All filters combine.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @APIResponse(responseCode = "400", description = "Malformed date, cursor, sort or limit")
    public Page<ClaimView> list(
            @QueryParam("speaker") @Parameter(description = "Speaker id, name or alias") String speaker,
            @QueryParam("source") @Parameter(description = "Outlet of an appearance") String source,
            @QueryParam("from") @Parameter(description = "Appeared on or after (ISO date)") String from,
            @QueryParam("to") @Parameter(description = "Appeared on or before (ISO date)") String to,
            @QueryParam("type") @Parameter(description = "direct, indirect or mixed") String type,
            @QueryParam("q") @Parameter(description = "Words that must all occur in the claim") String q,
            @QueryParam("sort") @DefaultValue("date") @Parameter(description = "date or appearances") String sort,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit,
            @QueryParam("cursor") String cursor) {
        return claims.list(new ClaimQueries.Filter(speaker, source, from, to, type, q), sort, limit, cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A claim with all its appearances")
    @APIResponse(responseCode = "200", description = "The claim",
            content = @Content(schema = @Schema(implementation = ClaimView.class)))
    @APIResponse(responseCode = "404", description = "Unknown id")
    public ClaimView get(@PathParam("id") String id) {
        return claims.get(id);
    }
}
