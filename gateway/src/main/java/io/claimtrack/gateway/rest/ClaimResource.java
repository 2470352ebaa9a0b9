package io.claimtrack.gateway.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.config.GatewayConfig;
import io.claimtrack.gateway.mapping.ClaimCsv;
import io.claimtrack.gateway.mapping.ClaimReviewMapper;
import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimFilter;
import io.claimtrack.gateway.model.ClaimPage;
import io.claimtrack.gateway.model.ClaimReview;
import io.claimtrack.gateway.model.PageParams;
import io.claimtrack.gateway.security.CurrentCaller;
import io.claimtrack.gateway.service.ClaimFeed;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerResponse;

/** Reads need no combining: claims-service already gives each claim its speaker and each appearance its source and URL. */
@Path("/api/v1/claims")
@Tag(name = "Claims", description = "What was claimed, by whom, and where it appeared.")
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    /** How long a client dropped as too slow has to read the event saying why, before its connection is closed anyway. */
    private static final long DROP_GRACE_MILLIS = 10_000;

    @Inject
    ClaimsCalls claims;

    @Inject
    ClaimReviewMapper claimReviews;

    @Inject
    ClaimFeed feed;

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentCaller caller;

    @Inject
    Vertx vertx;

    @GET
    @Operation(summary = "List claims",
            description = "Newest first (or by number of appearances), filtered, paged with the opaque cursor from the previous page's next.")
    @Produces({MediaType.APPLICATION_JSON, ClaimCsv.MEDIA_TYPE})
    @APIResponse(responseCode = "200", description = "A page of claims; or, as CSV (Accept: text/csv or format=csv), "
            + "every claim matching the filters from the cursor on, streamed.",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class),
                    examples = @ExampleObject(name = "claims", value = ApiExamples.CLAIMS)),
                @Content(mediaType = ClaimCsv.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "csv", value = ApiExamples.CLAIMS_CSV))})
    @APIResponse(responseCode = "400", description = "limit outside 1..100, a bad filter or a bad cursor.")
    public Response claims(@BeanParam @Valid ClaimFilter filter, @BeanParam @Valid PageParams page, @BeanParam @Valid Export export,
            HttpHeaders headers) {
        return export.claims(headers, page, pageAt -> claims.claims(filter, pageAt));
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live claims (Server-Sent Events)",
            description = "An event named claim is a new claim (the shape of GET /claims/{id}, as first stored) ingested "
                    + "through any gateway after the subscription, optionally only a speaker's or a source's; an event named "
                    + "correction is an editor's correction (the shape of GET /corrections/{id}), whatever the filters: a claim "
                    + "it withdraws (hidden, or reassigned to another speaker's claim) is no longer read. Claims and corrections "
                    + "share one sequence, the event ids. A client reconnecting with Last-Event-ID is first sent the events it "
                    + "missed (at most the 1,000 before it reconnected), then live ones. An idle stream sends a keep-alive "
                    + "comment now and then. A client that falls more than 500 events behind is sent a last event, named "
                    + "closed, whose data says why, and is disconnected; reconnecting with Last-Event-ID resumes it.")
    @APIResponse(responseCode = "200", description = "An endless event stream; each event's data is a Claim (event claim) or a "
            + "Correction (event correction) as JSON, its id the seq.",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "An unknown query parameter, or a Last-Event-ID that is not an event id of this stream.")
    @APIResponse(responseCode = "429", description = "This API key already has the most streams open on this server (20); "
            + "or over the key's rate limit. Retry-After says when to try again.")
    @APIResponse(responseCode = "503", description = "claims-service is unavailable (a stream first reads where the store is), "
            + "or this server already sends the most streams it may (1,000); Retry-After says when to try again.")
    // Blocking: a pod's first subscriber starts the poller, which first reads where the store is.
    @Blocking
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Speaker id or name, exact (case-insensitive).") @RestQuery String speaker,
            @Parameter(description = "Outlet of an appearance of the claim, exact (case-insensitive).") @RestQuery String source,
            @Parameter(description = "The id of the last event received, to resume after it.") @RestHeader("Last-Event-ID") String lastEventId,
            @Context Sse sse, @Context HttpServerResponse response) {
        // Serialized here: an event given a media type would carry it as a stray content-type field in the frame.
        Multi<OutboundSseEvent> claimEvents = feed.subscribe(caller.get().id(), speaker, source, eventId(lastEventId),
                reason -> closeTooSlow(response, reason)).map(event -> sse.newEventBuilder()
                .name(event.name()).id(String.valueOf(event.seq())).data(String.class, toJson(event.data())).build());
        Multi<OutboundSseEvent> keepAlive = Multi.createFrom().ticks().every(config.stream().keepAlive())
                .map(tick -> sse.newEventBuilder().comment("keep-alive").build());
        // one item requested of each at a time: the claims waiting for a slow client stay in the feed's bounded queue
        return Multi.createBy().merging().withRequests(1).streams(claimEvents, keepAlive);
    }

    /**
     * A client too slow to read is written a last event past the stream's queue, and its connection is
     * closed once that is sent, or after a grace period if it does not read at all.
     */
    private void closeTooSlow(HttpServerResponse response, String reason) {
        response.write("event: closed\ndata: " + reason + "\n\n").onComplete(sent -> response.close());
        vertx.setTimer(DROP_GRACE_MILLIS, timer -> response.close());
    }

    private static Long eventId(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(lastEventId.trim());
            if (id >= 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw Problems.of(Response.Status.BAD_REQUEST, "Last-Event-ID must be the id of an event of this stream (a non-negative number)");
    }

    private String toJson(Object record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a claim or correction record always serializes", e);
        }
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a claim", description = "With its speaker and every appearance.")
    @APIResponse(responseCode = "200", description = "The claim.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Claim.class)))
    @APIResponse(responseCode = "404", description = "No such claim.")
    public Claim claim(@RestPath String id) {
        return claims.claim(id);
    }

    @GET
    @Path("/{id}/claimreview")
    @Produces({ClaimReviewMapper.JSON_LD, MediaType.APPLICATION_JSON})
    @Operation(summary = "A claim as a ClaimReview draft",
            description = "schema.org ClaimReview JSON-LD with the Claim filled in (text, author, date, first appearance, "
                    + "appearances); the reviewing organisation, URL, date and rating are null for the fact-checker to complete.")
    @APIResponse(responseCode = "200", description = "The draft.",
            content = {@Content(mediaType = ClaimReviewMapper.JSON_LD, schema = @Schema(implementation = ClaimReview.class),
                    examples = @ExampleObject(name = "draft", value = ApiExamples.CLAIM_REVIEW)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimReview.class))})
    @APIResponse(responseCode = "404", description = "No such claim.")
    public ClaimReview claimReview(@RestPath String id) {
        return claimReviews.draft(claims.claim(id));
    }
}
