package io.claimtrack.claims.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimtrack.claims.model.ClaimView;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.SpeakerStats;
import io.claimtrack.claims.model.SpeakerView;
import io.claimtrack.claims.service.ClaimQueries;
import io.claimtrack.claims.service.SpeakerQueries;

@Path("/speakers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Speakers")
public class SpeakerResource {

    @Inject
    SpeakerQueries speakers;

    @Inject
    ClaimQueries claims;

    @GET
    @Operation(summary = "Speakers by name or alias words, with claim counts, sorted by name")
    @APIResponse(responseCode = "200", description = "A page of speakers")
    @APIResponse(responseCode = "400", description = "Malformed cursor or limit")
    public Page<SpeakerView> search(@QueryParam("q") @Parameter(description = "Words of a name or alias") String q,
            @BeanParam @Valid PageQuery page) {
        return speakers.search(q, page.limit, page.cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A speaker with aliases, roles and the merges that formed it",
            description = "The id of a speaker merged into another answers with that other speaker.")
    @APIResponse(responseCode = "200", description = "The speaker")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public SpeakerView get(@PathParam("id") String id) {
        return speakers.get(id);
    }

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "The speaker's claims, newest first", description = "Newest seen first, as GET /claims "
            + "with sort=date: a claim said again while a client pages moves up and is missed if not yet met. To meet "
            + "each of her claims once while documents land, page GET /claims?speaker={id}&sort=created.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public Page<ClaimView> claims(@PathParam("id") String id,
            @BeanParam @Valid PageQuery page) {
        String speakerId = speakers.get(id).id();
        return claims.list(new ClaimQueries.Filter(speakerId, null, null, null, null, null, null), "date", page.limit, page.cursor);
    }

    @GET
    @Path("/{id}/stats")
    @Operation(summary = "New claims and appearances per day or week")
    @APIResponse(responseCode = "200", description = "The series")
    @APIResponse(responseCode = "400", description = "Unknown interval")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public SpeakerStats stats(@PathParam("id") String id,
            @QueryParam("interval") @DefaultValue("day") @Parameter(description = "day or week") String interval) {
        return speakers.stats(id, interval);
    }
}
