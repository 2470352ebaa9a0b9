package io.claimtrack.gateway.client;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.RestResponse;

import io.claimtrack.gateway.model.Claim;
import io.claimtrack.gateway.model.ClaimFeedPage;
import io.claimtrack.gateway.model.ClaimFilter;
import io.claimtrack.gateway.model.ClaimPage;
import io.claimtrack.gateway.model.CorrectedDocumentPage;
import io.claimtrack.gateway.model.Correction;
import io.claimtrack.gateway.model.CorrectionPage;
import io.claimtrack.gateway.model.Document;
import io.claimtrack.gateway.model.DocumentBatch;
import io.claimtrack.gateway.model.DocumentBatchResult;
import io.claimtrack.gateway.model.DocumentPage;
import io.claimtrack.gateway.model.FeedHead;
import io.claimtrack.gateway.model.NewCorrection;
import io.claimtrack.gateway.model.NewDocument;
import io.claimtrack.gateway.model.NewUndo;
import io.claimtrack.gateway.model.PageParams;
import io.claimtrack.gateway.model.SourcePage;
import io.claimtrack.gateway.model.Speaker;
import io.claimtrack.gateway.model.SpeakerPage;
import io.claimtrack.gateway.model.SpeakerStats;
import io.smallrye.mutiny.Uni;

/** claims-service over HTTP, with the same typed records the public API serves. */
@RegisterRestClient(configKey = "claims")
@RegisterProvider(DownstreamErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ClaimsClient {

    /** 201 for a new document, 200 with the stored one for a repeat. */
    @POST
    @Path("/documents")
    RestResponse<Document> store(NewDocument document);

    /** One outcome per document, in its order; 200 even when some documents were refused. */
    @POST
    @Path("/documents:batch")
    DocumentBatchResult storeBatch(DocumentBatch batch);

    @GET
    @Path("/documents/{id}")
    Document document(@RestPath String id);

    /** The claims of the document's statements (as corrected), in their order, each as {@code /claims/{id}} shows it. */
    @GET
    @Path("/documents/{id}/claims")
    ClaimPage documentClaims(@RestPath String id);

    @GET
    @Path("/documents")
    DocumentPage documents(@RestQuery String source, @RestQuery String from, @RestQuery String to, @RestQuery String include,
            @BeanParam PageParams page);

    @GET
    @Path("/claims")
    ClaimPage claims(@BeanParam ClaimFilter filter, @BeanParam PageParams page);

    @GET
    @Path("/claims/feed")
    ClaimFeedPage feed(@RestQuery long after, @RestQuery int limit, @RestQuery int wait);

    /** The highest seq the feed shows now: where a new poller starts. */
    @GET
    @Path("/claims/feed/head")
    FeedHead feedHead();

    @GET
    @Path("/claims/{id}")
    Claim claim(@RestPath String id);

    @GET
    @Path("/speakers")
    SpeakerPage speakers(@RestQuery String q, @BeanParam PageParams page);

    @GET
    @Path("/speakers/{id}")
    Speaker speaker(@RestPath String id);

    @GET
    @Path("/speakers/{id}/claims")
    ClaimPage speakerClaims(@RestPath String id, @BeanParam PageParams page);

    @GET
    @Path("/speakers/{id}/stats")
    SpeakerStats speakerStats(@RestPath String id, @RestQuery String interval);

    @GET
    @Path("/sources")
    SourcePage sources();

    /** 201 for a new correction, 200 with the first record for a repeat of its Idempotency-Key. */
    @POST
    @Path("/corrections")
    RestResponse<Correction> correct(NewCorrection correction);

    @POST
    @Path("/corrections/{id}/undo")
    RestResponse<Correction> undo(@RestPath String id, NewUndo undo);

    @GET
    @Path("/corrections")
    CorrectionPage corrections(@RestQuery String since, @RestQuery String speaker, @RestQuery String document,
            @BeanParam PageParams page);

    @GET
    @Path("/corrections/documents")
    CorrectedDocumentPage correctedDocuments(@BeanParam PageParams page);

    @GET
    @Path("/corrections/{id}")
    Correction correction(@RestPath String id);

    @GET
    @Path("/q/health/ready")
    Uni<Response> ready();
}
