package io.claimtrack.ingest.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimtrack.ingest.model.ExtractionBatch;
import io.claimtrack.ingest.model.ExtractionBatchResult;
import io.claimtrack.ingest.model.ExtractionRequest;
import io.claimtrack.ingest.model.ExtractionResponse;
import io.claimtrack.ingest.service.ExtractionService;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A single document is extracted on the event loop that read it when its body is small (a news article takes well
 * under a millisecond), which saves two thread hand-offs a call; a larger body, whose extraction may take long enough
 * to hold up the loop's other connections, goes to a worker thread as a blocking endpoint would.
 */
@Path("/")
@Tag(name = "extractions", description = "Split documents into attributed statements")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    /** Bodies up to this many bytes are extracted on the event loop: at worst a few milliseconds of it. */
    static final int ON_LOOP_MAX_BYTES = 16 * 1024;

    private final ExtractionService service;
    private final ObjectMapper json;

    public ExtractionResource(ExtractionService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @POST
    @Path("/extractions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract attributed statements from a JSON document request; stores nothing")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExtractionRequest.class)))
    @APIResponse(responseCode = "200", description = "The statements found",
            content = @Content(schema = @Schema(implementation = ExtractionResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty text, invalid JSON or UTF-8, a field of the wrong JSON type "
            + "(named with the type it must be), unknown format, bad date")
    @APIResponse(responseCode = "413", description = "Document over the configured size limit")
    @NonBlocking
    public Uni<ExtractionResponse> extractJson(byte[] body) {
        return onLoopIfSmall(body, () -> BodyShapeProblems.explained(json, body, ExtractionRequest.class,
                () -> service.extractJson(body)));
    }

    @POST
    @Path("/extractions:batch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Extract attributed statements from several documents in one call; stores nothing",
            description = "Each document gets the outcome POST /extractions would give it alone (200 with its extraction, "
                    + "or 400/413 with title and detail), in the batch's order; a bad document does not fail the others.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ExtractionBatch.class)))
    @APIResponse(responseCode = "200", description = "One outcome per document",
            content = @Content(schema = @Schema(implementation = ExtractionBatchResult.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object with a non-empty documents list, or invalid UTF-8")
    @APIResponse(responseCode = "413", description = "More documents or more bytes than the configured batch limits")
    public ExtractionBatchResult extractBatch(byte[] body) {
        return BodyShapeProblems.explained(json, body, ExtractionBatch.class, () -> service.extractBatch(body));
    }

    @POST
    @Path("/extractions")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Extract attributed statements from a plain-text or HTML body; stores nothing")
    @APIResponse(responseCode = "200", description = "The statements found",
            content = @Content(schema = @Schema(implementation = ExtractionResponse.class)))
    @APIResponse(responseCode = "400", description = "Empty text, invalid UTF-8 or bad date")
    @APIResponse(responseCode = "413", description = "Document over the configured size limit")
    @NonBlocking
    public Uni<ExtractionResponse> extractRaw(byte[] body,
            @jakarta.ws.rs.HeaderParam("Content-Type") String contentType,
            @Parameter(description = "Outlet that published it") @QueryParam("source") String source,
            @Parameter(description = "Where it was published") @QueryParam("url") String url,
            @Parameter(description = "Publication date, ISO") @QueryParam("published") String published) {
        String format = contentType != null && contentType.toLowerCase().startsWith(MediaType.TEXT_HTML) ? "html" : "text";
        return onLoopIfSmall(body, () -> service.extractRaw(body, format, source, url, published));
    }

    static <T> Uni<T> onLoopIfSmall(byte[] body, Supplier<T> extraction) {
        if (body == null || body.length <= ON_LOOP_MAX_BYTES) {
            return Uni.createFrom().item(extraction);
        }
        // executeBlocking keeps the request's Vert.x context, and with it the request id its log lines carry
        Context context = Vertx.currentContext();
        return Uni.createFrom().completionStage(() -> context.executeBlocking(extraction::get, false).toCompletionStage());
    }
}
