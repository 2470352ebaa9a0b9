package io.claimtrack.claims.rest;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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

import io.claimtrack.claims.feed.FeedReader;
import io.claimtrack.claims.model.ClaimFeed;
import io.claimtrack.claims.model.ClaimView;
import io.claimtrack.claims.model.FeedHead;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.service.ClaimQueries;

@Path("/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimResource {

    @Inject
    ClaimQueries claims;

    @Inject
    FeedReader feed;

    @GET
    @Operation(summary = "Claims, filtered and paged", description = "Newest first (sort=date, by last seen; "
            + "with source, from, to or document, by the newest appearance matching them) or most repeated first "
            + "(sort=appearances) or newest created first (sort=created). All filters combine. Paging while documents "
            + "land: with sort=created, a client that follows next from its first page gets every claim listed when it "
            + "began exactly once (none twice, none skipped; claims created since are not on its later pages), since a "
            + "claim's creation order never changes. With date (or appearances) a claim said again moves up (its last "
            + "sighting, its count only grow): one already met is not met again, one not yet met is met once if it stays "
            + "behind the page reached and not at all if it moves before it; a correction that takes an appearance "
            + "away may move a claim down and have it met twice. A tool that must meet each claim once (a speaker's "
            + "record exported, an audit) pages with sort=created.")
    @APIResponse(responseCode = "200", description = "A page of claims")
    @APIResponse(responseCode = "400", description = "Malformed date, cursor, type, sort or limit")
    public Page<ClaimView> list(
            @QueryParam("speaker") @Parameter(description = "Speaker id, name, alias, a name with a role or title "
                    + "in front, or a surname only one full name has; case and punctuation do not count. Includes "
                    + "the speakers merged into it") String speaker,
            @QueryParam("source") @Parameter(description = "Outlet of an appearance, any of its spellings "
                    + "(case-insensitive, domain or acronym)") String source,
            @QueryParam("from") @Parameter(description = "Appeared on or after (ISO date)") String from,
            @QueryParam("to") @Parameter(description = "Appeared on or before (ISO date)") String to,
            @QueryParam("type") @Parameter(description = "direct, indirect or mixed")
            @Pattern(regexp = "direct|indirect|mixed", message = "must be one of direct|indirect|mixed") String type,
            @QueryParam("q") @Parameter(description = "Words that must all occur in the claim") String q,
            @QueryParam("document") @Parameter(description = "Id of a document the claim appears in") String document,
            @QueryParam("sort") @DefaultValue("date") @Parameter(description = "date, appearances or created") String sort,
            @BeanParam @Valid PageQuery page) {
        return claims.list(new ClaimQueries.Filter(speaker, source, from, to, type, q, document), sort, page.limit, page.cursor);
    }

    @GET
    @Path("/feed")
    @Operation(summary = "New claims in insertion order",
            description = "Claims whose seq is greater than after, oldest first. Pass the answer's last as after to "
                    + "continue (a client resuming from an SSE Last-Event-ID passes that). Each claim appears once, "
                    + "when it is created; later appearances of it do not re-emit it.")
    @APIResponse(responseCode = "200", description = "Up to limit claims",
            content = @Content(schema = @Schema(implementation = ClaimFeed.class)))
    @APIResponse(responseCode = "400", description = "Negative after, limit outside 1..500 or wait outside 0..30")
    public ClaimFeed feed(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
            @QueryParam("wait") @DefaultValue("0") @Min(0) @Max(30) @Parameter(description = "Seconds to wait for a "
                    + "claim after after when there is none yet (long poll); 0 answers at once") int wait) {
        return feed.read(after, limit, Duration.ofSeconds(wait));
    }

    @GET
    @Path("/feed/head")
    @Operation(summary = "The latest seq of the feed",
            description = "The highest seq GET /claims/feed shows now, of a claim or a correction (0 when there is none): "
                    + "a new reader passes it as after to read only what comes next, in one call where a search of the "
                    + "feed took dozens.")
    @APIResponse(responseCode = "200", description = "The latest seq",
            content = @Content(schema = @Schema(implementation = FeedHead.class)))
    public FeedHead head() {
        return claims.head();
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
