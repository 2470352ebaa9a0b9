package io.claimtrack.gateway.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.mapping.ClaimCsv;
import io.claimtrack.gateway.mapping.MonthlyStats;
import io.claimtrack.gateway.model.ClaimPage;
import io.claimtrack.gateway.model.PageParams;
import io.claimtrack.gateway.model.Speaker;
import io.claimtrack.gateway.model.SpeakerPage;
import io.claimtrack.gateway.model.SpeakerStats;

@Path("/api/v1/speakers")
@Tag(name = "Speakers", description = "People and organisations who make claims.")
@Produces(MediaType.APPLICATION_JSON)
public class SpeakerResource {

    @Inject
    ClaimsCalls claims;

    @GET
    @Operation(summary = "Search speakers", description = "By words of a name or alias; all speakers without q.")
    @APIResponse(responseCode = "200", description = "A page of speakers.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerPage.class)))
    public SpeakerPage speakers(@Parameter(description = "Words of a name or alias.", example = "Ushakov") @RestQuery String q,
            @BeanParam @Valid PageParams page) {
        return claims.speakers(q, page);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a speaker", description = "Name, kind, aliases, roles with when they were seen, and claim count.")
    @APIResponse(responseCode = "200", description = "The speaker.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Speaker.class)))
    @APIResponse(responseCode = "404", description = "No such speaker.")
    public Speaker speaker(@Parameter(description = "Speaker id, name or alias.") @RestPath String id) {
        return claims.speaker(id);
    }

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "A speaker's timeline", description = "The speaker's claims, newest seen first: "
            + "a claim said again while a client pages moves up, and is missed if not yet met. To meet each of her claims "
            + "once while documents land, page GET /api/v1/claims?speaker={id}&sort=created.")
    @Produces({MediaType.APPLICATION_JSON, ClaimCsv.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "A page of claims; or, as CSV (Accept: text/csv or format=csv), "
            + "every claim of the speaker from the cursor on, streamed.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)),
                @Content(mediaType = ClaimCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "404", description = "No such speaker.")
    public Response timeline(@RestPath String id, @BeanParam @Valid PageParams page, @BeanParam @Valid Export export,
            HttpHeaders headers) {
        return export.claims(headers, page, pageAt -> claims.speakerClaims(id, pageAt));
    }

    @GET
    @Path("/{id}/stats")
    @Operation(summary = "A speaker's activity", description = "New claims and appearances per day, ISO week or month.")
    @APIResponse(responseCode = "200", description = "The series.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SpeakerStats.class)))
    @APIResponse(responseCode = "400", description = "Unknown interval.")
    @APIResponse(responseCode = "404", description = "No such speaker.")
    public SpeakerStats stats(@RestPath String id,
            @Parameter(description = "day, week or month.", schema = @Schema(type = SchemaType.STRING, enumeration = {"day", "week", "month"}))
            @RestQuery @DefaultValue("day") @Pattern(regexp = "day|week|month", message = "must be one of day, week, month") String interval) {
        return "month".equals(interval) ? MonthlyStats.fold(claims.speakerStats(id, "day")) : claims.speakerStats(id, interval);
    }
}
