package io.claimtrack.claims.rest;

import java.io.IOException;

import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.claimtrack.claims.config.BatchConfig;
import io.claimtrack.claims.model.DocumentBatch;
import io.claimtrack.claims.model.DocumentBatchResult;
import io.claimtrack.claims.service.DocumentBatches;

@Path("/documents:batch")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentBatchResource {

    @Inject
    DocumentBatches batches;

    @Inject
    BatchConfig limits;

    @Inject
    ObjectMapper json;

    /** The body is read here, not by the framework, so its size is known before it is parsed. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store several documents in one call",
            description = "Each document gets the outcome POST /documents would give it alone, in the batch's order, "
                    + "as if posted one after another: 201 new or 200 repeat with its id, or an RFC 7807 problem "
                    + "(400 invalid: missing text, malformed date, a span that does not hold its statement; nothing of "
                    + "that document is stored) while the others are stored. The answer comes once every stored "
                    + "document is durable (one commit for the batch); retrying the same batch after a timeout is "
                    + "safe and converges (each document is stored once).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DocumentBatch.class)))
    @APIResponse(responseCode = "200", description = "One outcome per document",
            content = @Content(schema = @Schema(implementation = DocumentBatchResult.class)))
    @APIResponse(responseCode = "400", description = "Not a JSON object with a non-empty documents list")
    @APIResponse(responseCode = "413", description = "More documents or more bytes than claims.batch.max-documents "
            + "(100) and claims.batch.max-bytes (8 MB)")
    public DocumentBatchResult store(byte[] body) {
        if (body.length > limits.maxBytes()) {
            throw new WebApplicationException("Batch of " + body.length + " bytes is over the limit of "
                    + limits.maxBytes() + "; nothing was stored", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        DocumentBatch batch = read(body);
        if (batch.documents() == null || batch.documents().isEmpty()) {
            throw new BadRequestException("Field 'documents' is required and must list at least one document");
        }
        if (batch.documents().size() > limits.maxDocuments()) {
            throw new WebApplicationException("Batch of " + batch.documents().size() + " documents is over the limit of "
                    + limits.maxDocuments() + "; nothing was stored", Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
        return batches.store(batch.documents());
    }

    private DocumentBatch read(byte[] body) {
        try {
            DocumentBatch batch = body.length == 0 ? null : json.readValue(body, DocumentBatch.class);
            if (batch == null) {
                throw new BadRequestException("the body " + ValidationProblems.NO_BODY + "; nothing was stored");
            }
            return batch;
        } catch (MismatchedInputException e) {
            throw JsonBodyProblems.problem(e);
        } catch (JacksonException e) {
            throw JsonBodyProblems.unreadable(e);
        } catch (IOException e) {
            throw new BadRequestException("Request body could not be read: " + e.getMessage());
        }
    }
}
