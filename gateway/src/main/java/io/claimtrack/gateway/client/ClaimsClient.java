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

import com.fasterxml.jackson.databind.JsonNode;

import io.claimtrack.gateway.model.ClaimFilter;
import io.claimtrack.gateway.model.PageParams;
import io.smallrye.mutiny.Uni;

/** claims-service over HTTP. Bodies stay JSON trees so fields the service adds pass through. */
@RegisterRestClient(configKey = "claims")
@RegisterProvider(DownstreamErrorMapper.class)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface ClaimsClient {

    /** 201 for a new document, 200 with the stored one for a repeat. */
    @POST
    @Path("/documents")
    RestResponse<JsonNode> store(JsonNode document);

    @GET
    @Path("/documents/{id}")
    JsonNode document(@RestPath String id);

    @GET
    @Path("/documents")
    JsonNode documents(@RestQuery String source, @RestQuery String from, @RestQuery String to, @BeanParam PageParams page);

    @GET
    @Path("/claims")
    JsonNode claims(@BeanParam ClaimFilter filter, @BeanParam PageParams page);

    @GET
    @Path("/claims/{id}")
    JsonNode claim(@RestPath String id);

    @GET
    @Path("/speakers")
    JsonNode speakers(@RestQuery String q, @BeanParam PageParams page);

    @GET
    @Path("/speakers/{id}")
    JsonNode speaker(@RestPath String id);

    @GET
    @Path("/speakers/{id}/claims")
    JsonNode speakerClaims(@RestPath String id, @BeanParam PageParams page);

    @GET
    @Path("/speakers/{id}/stats")
    JsonNode speakerStats(@RestPath String id, @RestQuery String interval);

    @GET
    @Path("/sources")
    JsonNode sources();

    @GET
    @Path("/q/health/ready")
    Uni<Response> ready();
}
