package io.claimtrack.claims.rest;

import java.util.Objects;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import io.claimtrack.claims.model.ClaimView;
import io.claimtrack.claims.model.DocumentInput;
import io.claimtrack.claims.model.DocumentSummary;
import io.claimtrack.claims.model.DocumentView;
import io.claimtrack.claims.model.Page;
import io.claimtrack.claims.model.StatementView;
import io.claimtrack.claims.service.ClaimQueries;
import io.claimtrack.claims.service.DocumentService;

@Path("/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Documents")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @Inject
    ClaimQueries claims;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Store a document with its extracted statements",
            description = "Idempotent: the same text from the same outlet again (any URL) answers 200 with the stored "
                    + "document and repeat=true. The same text from another outlet is a syndicated copy: 201, a "
                    + "document of that outlet with syndicationOf, each claim gaining an appearance with its outlet, "
                    + "URL and date. Changed text at a known URL is a revision (revisionOf): it replaces the earlier "
                    + "version's appearances. 201/200 come only once the document and all its claims are durably "
                    + "stored; after a timeout, retrying the same request is safe and converges.")
    @APIResponse(responseCode = "201", description = "Stored",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "200", description = "Already stored (repeat)",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid document (missing text, malformed date, bad span)")
    public Response store(@NotNull(message = ValidationProblems.NO_BODY) @Valid DocumentInput input) {
        DocumentService.Stored stored = documents.ingest(input);
        return Answers.stored(stored.created(), "/documents/" + stored.document().id(), stored.document());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A stored document with its statements")
    @APIResponse(responseCode = "200", description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "404", description = "Unknown id")
    public DocumentView get(@PathParam("id") String id) {
        return documents.get(id);
    }

    @GET
    @Path("/{id}/claims")
    @Operation(summary = "A document's claims", description = "The claim each statement (as corrected) makes, in the "
            + "order of the statements, each once, as GET /claims/{id} shows it, as a single page.")
    @APIResponse(responseCode = "200", description = "The claims")
    @APIResponse(responseCode = "404", description = "Unknown id, or a claim of it withdrawn")
    public Page<ClaimView> claims(@PathParam("id") String id) {
        return new Page<>(claims.get(documents.get(id).statements().stream().map(StatementView::claimId)
                .filter(Objects::nonNull).distinct().toList()), null);
    }

    @GET
    @Operation(summary = "Documents, newest publication first, without text and statements unless include asks for them")
    @APIResponse(responseCode = "200", description = "A page of documents")
    @APIResponse(responseCode = "400", description = "Malformed date, cursor or include")
    public Page<DocumentSummary> list(
            @QueryParam("source") @Parameter(description = "Outlet, any of its spellings") String source,
            @QueryParam("from") @Parameter(description = "Published on or after (ISO date)") String from,
            @QueryParam("to") @Parameter(description = "Published on or before (ISO date)") String to,
            @QueryParam("include") @Parameter(description = "text, statements or both, comma-separated: added to each document")
            @Pattern(regexp = "(text|statements)(,(text|statements))?", message = "must be text, statements or text,statements")
            String include,
            @BeanParam @Valid PageQuery page) {
        return documents.list(source, from, to, DocumentService.Include.of(include), page.limit, page.cursor);
    }
}
