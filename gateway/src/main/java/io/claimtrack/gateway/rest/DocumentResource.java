package io.claimtrack.gateway.rest;

import java.io.InputStream;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import org.jboss.resteasy.reactive.RestStreamElementType;

import io.claimtrack.gateway.client.ClaimsCalls;
import io.claimtrack.gateway.mapping.ExtractionRequests;
import io.claimtrack.gateway.mapping.RequestBodies;
import io.claimtrack.gateway.model.BatchResult;
import io.claimtrack.gateway.model.ClaimPage;
import io.claimtrack.gateway.model.Document;
import io.claimtrack.gateway.model.DocumentPage;
import io.claimtrack.gateway.model.Extraction;
import io.claimtrack.gateway.model.ExtractionRequest;
import io.claimtrack.gateway.model.PageParams;
import io.claimtrack.gateway.model.SourcePage;
import io.claimtrack.gateway.security.CurrentCaller;
import io.claimtrack.gateway.service.BatchIngest;
import io.claimtrack.gateway.service.DocumentService;
import io.claimtrack.gateway.service.IdempotencyKeys;
import io.claimtrack.gateway.service.StoredDocument;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;

/** Documents in (ingest, or extraction only) and back out, and the sources they came from. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    static final String NDJSON = "application/x-ndjson";

    @Inject
    DocumentService documents;

    @Inject
    ExtractionRequests requests;

    @Inject
    ClaimsCalls claims;

    @Inject
    BatchIngest batches;

    @Inject
    RequestBodies bodies;

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotencyKeys idempotency;

    @POST
    @Path("/documents")
    @Tag(name = "Documents", description = "Ingest documents and read them back with their statements.")
    @BodyTypes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Ingest a document",
            description = "Extracts attributed statements with ingest-service and stores the document, its statements "
                    + "and their claims with claims-service. A repeat (same URL and text, or same content) is not stored "
                    + "twice: the stored document comes back with 200.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ExtractionRequest.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "wire story",
                    value = "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, Kremlin aide Yury Ushakov said.")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "Stored as a new document.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The stored document.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class),
                    examples = @ExampleObject(name = "stored", value = ApiExamples.DOCUMENT)))
    @APIResponse(responseCode = "200", description = "A repeat: the document was already stored and is returned as stored.",
            headers = @Header(name = HttpHeaders.LOCATION, description = "The stored document.", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class)))
    @APIResponse(responseCode = "400", description = "Empty text, bad JSON or a request the extractor rejects.")
    public Response ingest(InputStream body, HttpHeaders headers, UriInfo uri,
            @Parameter(description = "Makes the POST safe to repeat: a repeat with the same key and body gets the first "
                    + "answer again (header Idempotent-Replayed: true); the same key with another body is a 422. Kept 24 h.",
                    example = "0b6a7c1e-3f55-4f0e-9d38-2f1d2c9b7a10")
            @RestHeader(IdempotencyKeys.HEADER) String idempotencyKey,
            @Parameter(description = "Source for text bodies, e.g. TASS.") @RestQuery String source,
            @Parameter(description = "URL for text bodies.") @RestQuery String url,
            @Parameter(description = "Publication date for text bodies.") @RestQuery String published) {
        MediaType type = headers.getMediaType();
        ExtractionRequest request = requests.read(bodies.text(body, type), type, source, url, published);
        IdempotencyKeys.Outcome outcome = idempotency.ingest(caller.get().id(), idempotencyKey, request, () -> documents.ingest(request),
                claims::document);
        StoredDocument stored = outcome.stored();
        return Stored.answer(stored.created(), outcome.replayed(),
                uri.getBaseUriBuilder().path(DocumentResource.class).path("documents").path(stored.id()).build(), stored.document());
    }

    @POST
    @Path("/documents:batch")
    @Tag(name = "Documents")
    @BodyTypes(NDJSON)
    @Produces(NDJSON)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ingest many documents",
            description = "NDJSON in, one extraction request (as for POST /documents) a line; NDJSON out, streamed, one result "
                    + "a non-blank line as it completes: {line, status, id, statements} or {line, status, title, detail}. "
                    + "A few documents are ingested at a time; a bad line does not stop the batch.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "two documents",
            value = "{\"text\": \"...\", \"source\": \"TASS\"}\n{\"text\": \"...\", \"source\": \"Reuters\"}")))
    @APIResponse(responseCode = "200", description = "The results, one a line.",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = BatchResult.class), examples = @ExampleObject(name = "results",
                    value = "{\"line\": 1, \"status\": 201, \"id\": \"doc_85c3c4c09e9fd2732627d4ff\", \"statements\": 4}\n"
                            + "{\"line\": 2, \"status\": 400, \"title\": \"Bad Request\", \"detail\": \"text must not be empty\"}")))
    @Blocking
    public Multi<BatchResult> batch(InputStream body, HttpHeaders headers) {
        List<BatchIngest.Line> lines = BatchIngest.lines(bodies.text(body, headers.getMediaType()));
        if (lines.isEmpty()) {
            // not an empty 200: a client that sent nothing (a failed export, a truncated file) learns so
            throw Problems.of(Response.Status.BAD_REQUEST, "request body holds no document: send one extraction request "
                    + "(a JSON object) a line");
        }
        return batches.ingest(lines, caller.get().id());
    }

    @GET
    @Path("/documents")
    @Tag(name = "Documents")
    @Operation(summary = "List documents", description = "Newest first, filtered by outlet and publication date, paged. "
            + "Summaries: without text and statements unless include asks for them.")
    @APIResponse(responseCode = "200", description = "A page of documents.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentPage.class)))
    public DocumentPage documents(@Parameter(description = "Outlet, exact.", example = "TASS") @RestQuery String source,
            @Parameter(description = "Published on or after (ISO date).") @RestQuery String from,
            @Parameter(description = "Published on or before (ISO date).") @RestQuery String to,
            @Parameter(description = "What to add to each summary: text, statements or both, comma-separated.", example = "text,statements")
            @RestQuery @Pattern(regexp = "(text|statements)(,(text|statements))?", message = "must be text, statements or text,statements")
            String include,
            @BeanParam @Valid PageParams page) {
        // one read: claims-service adds the text and the statements (as corrected) itself
        return claims.documents(source, from, to, include, page);
    }

    @GET
    @Path("/documents/{id}/claims")
    @Tag(name = "Documents")
    @Operation(summary = "A document's claims", description = "Every claim the document's statements were recorded as, with "
            + "speaker and appearances, in the order of the statements, as a single page.")
    @APIResponse(responseCode = "200", description = "The claims.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)))
    @APIResponse(responseCode = "404", description = "No such document.")
    public ClaimPage documentClaims(@RestPath String id) {
        return claims.documentClaims(id);
    }

    @GET
    @Path("/sources")
    @Tag(name = "Documents")
    @Operation(summary = "List sources", description = "Outlets with their document and claim counts, by name, as a single page.")
    @APIResponse(responseCode = "200", description = "All sources.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePage.class)))
    public SourcePage sources() {
        return claims.sources();
    }

    @GET
    @Path("/documents/{id}")
    @Tag(name = "Documents")
    @Operation(summary = "Read a stored document", description = "The document with its statements and their claim and speaker ids.")
    @APIResponse(responseCode = "200", description = "The document.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Document.class),
                    examples = @ExampleObject(name = "document", value = ApiExamples.DOCUMENT)))
    @APIResponse(responseCode = "404", description = "No such document.")
    public Document document(@RestPath String id) {
        return claims.document(id);
    }

    @POST
    @Path("/extractions")
    @Tag(name = "Extractions", description = "Find attributed statements without storing anything.")
    @BodyTypes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(summary = "Extract statements only", description = "Who said what in the document, with spans into its text. Stores nothing.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractionRequest.class)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "The document as read and its statements.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Extraction.class),
                    examples = @ExampleObject(name = "extraction", value = ApiExamples.EXTRACTION)))
    @APIResponse(responseCode = "400", description = "Empty text, bad JSON or unknown format.")
    public Extraction extract(InputStream body, HttpHeaders headers,
            @Parameter(description = "Source for text bodies, e.g. TASS.") @RestQuery String source,
            @Parameter(description = "URL for text bodies.") @RestQuery String url,
            @Parameter(description = "Publication date for text bodies.") @RestQuery String published) {
        MediaType type = headers.getMediaType();
        return documents.extract(requests.read(bodies.text(body, type), type, source, url, published));
    }
}
