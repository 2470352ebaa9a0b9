package io.claimtrack.gateway.rest;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.claimtrack.gateway.service.DocumentService;

@Path("/api/v1/claims")
@Tag(name = "Claims", description = "What was claimed, by whom, and where it appeared.")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    DocumentService documents;

    @GET
    @Operation(summary = "List claims", description = "Newest first, paged with the opaque cursor from the previous page's next.")
    @APIResponse(responseCode = "200", description = "A page of claims.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, examples = @ExampleObject(name = "claims", value = ApiExamples.CLAIMS)))
    @APIResponse(responseCode = "400", description = "limit outside 1..100 or a bad cursor.")
    public JsonNode claims(
            @Parameter(description = "Speaker id, name or alias.", example = "Yury Ushakov") @RestQuery String speaker,
            @Parameter(description = "Page size, 1 to 100.") @RestQuery @DefaultValue("20") @Min(1) @Max(100) int limit,
            @Parameter(description = "The next value of the previous page.") @RestQuery String cursor) {
        return documents.claims(speaker, limit, cursor);
    }
}
