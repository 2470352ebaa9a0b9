package io.claimtrack.gateway.rest;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.mapping.RequestBodies;
import io.claimtrack.gateway.mapping.StrictJson;
import io.claimtrack.gateway.model.CorrectedDocument;
import io.claimtrack.gateway.model.CorrectedDocumentPage;
import io.claimtrack.gateway.model.Correction;
import io.claimtrack.gateway.model.CorrectionPage;
import io.claimtrack.gateway.model.CorrectionRequest;
import io.claimtrack.gateway.model.NewCorrection;
import io.claimtrack.gateway.model.NewUndo;
import io.claimtrack.gateway.model.PageParams;
import io.claimtrack.gateway.model.UndoRequest;
import io.claimtrack.gateway.security.CurrentCaller;
import io.claimtrack.gateway.service.IdempotencyKeys;

/**
 * Editors' corrections, recorded and applied by claims-service; the gateway names who made each (the
 * API key's name, never the key) and passes the caller's Idempotency-Key on, where it is kept durably.
 */
@Path("/api/v1/corrections")
@Tag(name = "Corrections", description = "Editors fix the record (who said what, what is a statement, who is who); every correction "
        + "is kept for audit, applied on read and can be undone.")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionsResource {

    private static final String KEY_DESCRIPTION = "Makes the POST safe to repeat: a repeat with the same key and body gets the first "
            + "record again (200, header Idempotent-Replayed: true), also after a restart; the same key with another body is a 422.";

    @Inject
    ClaimsCalls claims;

    @Inject
    StrictJson json;

    @Inject
    RequestBodies bodies;

    @Inject
    CurrentCaller caller;

    @Inject
    ObjectMapper mapper;

    @POST
    @BodyTypes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct the record",
            description = "Reassign a statement to another speaker (existing, or new by name), mark it not a statement (hide), edit its "
                    + "span or type, edit a speaker (name, kind, aliases, roles with dates), merge two speakers, or split a merged "
                    + "speaker back out choosing which statements go where. Role editor. Every read (claims, counts, stats, the "
                    + "stream, ClaimReview, CSV) shows the corrected record at once; the extraction itself is kept.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorrectionRequest.class), examples = {
                @ExampleObject(name = "reassign", value = ApiExamples.REASSIGN),
                @ExampleObject(name = "hide", value = ApiExamples.HIDE)}))
    @APIResponse(responseCode = "201", description = "Recorded and applied; also the answer to the same request sent "
            + "again without an Idempotency-Key after a call that failed (that call's correction, finished).",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The correction.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Correction.class),
                    examples = @ExampleObject(name = "reassigned", value = ApiExamples.CORRECTION)))
    @APIResponse(responseCode = "200", description = "A repeat with the same Idempotency-Key: the first record.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Correction.class)))
    @APIResponse(responseCode = "400", description = "Invalid correction: malformed JSON, an unknown field, a missing reason or a reason "
            + "over 280 characters, an unknown action, a field the action needs left out; violations name each.")
    @APIResponse(responseCode = "404", description = "No such statement (document and span) or speaker.")
    @APIResponse(responseCode = "409", description = "The record already says this (a retry without Idempotency-Key of a correction that "
            + "was made), or a speaker is already merged, or not merged for a split.")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused with a different request.")
    public Response correct(InputStream body, HttpHeaders headers, UriInfo uri,
            @Parameter(description = KEY_DESCRIPTION, example = "0b6a7c1e-3f55-4f0e-9d38-2f1d2c9b7a10")
            @RestHeader(IdempotencyKeys.HEADER) String idempotencyKey) {
        CorrectionRequest request = json.readValid(bodies.text(body, headers.getMediaType()), CorrectionRequest.class,
                "a JSON object with action and reason");
        NewCorrection correction = new NewCorrection(caller.get().name(), IdempotencyKeys.checked(idempotencyKey), request);
        return answer(claims.correct(correction), uri);
    }

    @POST
    @Path("/{id}/undo")
    @BodyTypes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Undo a correction",
            description = "Recorded as a correction of its own (action undo); the undone one stays listed with status undone. Role editor.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UndoRequest.class)))
    @APIResponse(responseCode = "201", description = "Undone.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Correction.class)))
    @APIResponse(responseCode = "200", description = "A repeat with the same Idempotency-Key: the first record.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Correction.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, an unknown field, a missing or too long reason, or an undo of an undo.")
    @APIResponse(responseCode = "404", description = "No such correction.")
    @APIResponse(responseCode = "409", description = "Already undone.")
    @APIResponse(responseCode = "422", description = "An Idempotency-Key reused with a different request.")
    public Response undo(@RestPath String id, InputStream body, HttpHeaders headers, UriInfo uri,
            @Parameter(description = KEY_DESCRIPTION) @RestHeader(IdempotencyKeys.HEADER) String idempotencyKey) {
        UndoRequest request = json.readValid(bodies.text(body, headers.getMediaType()), UndoRequest.class, "a JSON object with reason");
        return answer(claims.undo(id, new NewUndo(caller.get().name(), IdempotencyKeys.checked(idempotencyKey), request.reason())), uri);
    }

    @GET
    @Operation(summary = "List corrections", description = "For audit: oldest first, undos and undone ones included, paged.")
    @APIResponse(responseCode = "400", description = "A malformed since or cursor, limit outside 1..100, or an unknown query parameter.")
    @APIResponse(responseCode = "200", description = "A page of corrections.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CorrectionPage.class)))
    public CorrectionPage corrections(
            @Parameter(description = "Made at or after (ISO date or date-time).", example = "2025-06-01") @RestQuery String since,
            @Parameter(description = "A speaker involved, before or after (id or name).") @RestQuery String speaker,
            @Parameter(description = "A document with a corrected statement.") @RestQuery String document,
            @BeanParam @Valid PageParams page) {
        return claims.corrections(since, speaker, document, page);
    }

    @GET
    @Path("/export")
    @Produces(DocumentResource.NDJSON)
    @Operation(summary = "Corrected documents as an evaluation set",
            description = "JSON lines, one per current document with a correction: its text and its statements as corrected (hidden "
                    + "ones left out), with content_spans, in the gold format of the project's scorer (eval/score.py). Score an "
                    + "extractor against it as gateway/README.md shows.")
    @APIResponse(responseCode = "200", description = "The documents, one a line.",
            content = @Content(mediaType = DocumentResource.NDJSON, schema = @Schema(implementation = CorrectedDocument.class)))
    public Response export() {
        StreamingOutput lines = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            PageParams page = new PageParams();
            String next = null;
            do {
                CorrectedDocumentPage documents = claims.correctedDocuments(page.at(next));
                for (CorrectedDocument document : documents.items() == null ? List.<CorrectedDocument>of() : documents.items()) {
                    out.write(mapper.writeValueAsString(document));
                    out.write('\n');
                }
                out.flush();
                next = documents.next();
            } while (next != null);
        };
        return Response.ok(lines, DocumentResource.NDJSON + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"corrections.jsonl\"").build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a correction")
    @APIResponse(responseCode = "200", description = "The correction.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Correction.class)))
    @APIResponse(responseCode = "404", description = "No such correction.")
    public Correction correction(@RestPath String id) {
        return claims.correction(id);
    }

    private static Response answer(RestResponse<Correction> stored, UriInfo uri) {
        // claims-service answers 200 only for a repeated Idempotency-Key
        boolean created = stored.getStatus() == RestResponse.StatusCode.CREATED;
        return Stored.answer(created, !created,
                uri.getBaseUriBuilder().path(CorrectionsResource.class).path(stored.getEntity().id()).build(), stored.getEntity());
    }
}
