package io.claimtrack.claims.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.claimtrack.claims.mapping.CorrectionViews;
import io.claimtrack.claims.model.CorrectedDocument;
import io.claimtrack.claims.model.CorrectionInput;
import io.claimtrack.claims.model.CorrectionView;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.UndoInput;
import io.claimtrack.claims.service.CorrectionQueries;
import io.claimtrack.claims.service.CorrectionService;

@Path("/corrections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Corrections")
public class CorrectionResource {

    @Inject
    CorrectionService corrections;

    @Inject
    CorrectionQueries queries;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a correction and apply it",
            description = "201 once the record and everything derived from it are durably stored. With an idempotencyKey "
                    + "a repeat of the same request answers 200 with the first record (the same key with another request "
                    + "is a 422). Without one, the same request by the same caller after a call that failed (a 5xx or no "
                    + "answer) finishes that call's correction and answers 201 with it. A correction that would change "
                    + "nothing is a 409.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier request with the same key",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid request")
    @APIResponse(responseCode = "404", description = "Unknown statement or speaker")
    @APIResponse(responseCode = "409", description = "The record already says this")
    @APIResponse(responseCode = "422", description = "idempotencyKey reused with another request")
    public Response record(@NotNull(message = ValidationProblems.NO_BODY) @Valid CorrectionInput input) {
        return answer(corrections.record(input));
    }

    @POST
    @Path("/{id}/undo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo a correction", description = "Recorded as a correction of its own (action undo).")
    @APIResponse(responseCode = "201", description = "Undone",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "200", description = "A repeat of an earlier request with the same key",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "404", description = "Unknown correction")
    @APIResponse(responseCode = "409", description = "Already undone")
    public Response undo(@PathParam("id") String id, @NotNull(message = ValidationProblems.NO_BODY) @Valid UndoInput input) {
        return answer(corrections.undo(id, input));
    }

    @GET
    @Operation(summary = "Corrections, oldest first, for audit")
    @APIResponse(responseCode = "200", description = "A page of corrections")
    @APIResponse(responseCode = "400", description = "Malformed since, cursor or limit")
    public Page<CorrectionView> list(
            @QueryParam("since") @Parameter(description = "Made at or after (ISO date or date-time)") String since,
            @QueryParam("speaker") @Parameter(description = "A speaker involved (id or name)") String speaker,
            @QueryParam("document") @Parameter(description = "A document with a corrected statement") String document,
            @BeanParam @Valid PageQuery page) {
        return queries.list(since, speaker, document, page.limit, page.cursor);
    }

    @GET
    @Path("/documents")
    @Operation(summary = "Corrected documents as an evaluation set",
            description = "Each current document with a correction: its text and its statements as corrected, in the "
                    + "format of eval/score.py's gold file, by id.")
    @APIResponse(responseCode = "200", description = "A page of documents")
    public Page<CorrectedDocument> documents(@BeanParam @Valid PageQuery page) {
        return queries.documents(page.limit, page.cursor);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A correction record")
    @APIResponse(responseCode = "200", description = "The correction",
            content = @Content(schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(responseCode = "404", description = "Unknown id")
    public CorrectionView get(@PathParam("id") String id) {
        return queries.get(id);
    }

    private static Response answer(CorrectionService.Recorded recorded) {
        CorrectionView view = CorrectionViews.view(recorded.correction());
        return Answers.stored(recorded.created(), "/corrections/" + view.id(), view);
    }
}
