package io.claimtrack.gateway.rest;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Flow;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.reactivestreams.Publisher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;

/**
 * HTTP/1.0 has no chunked encoding: a response larger than the framework's output buffer would go
 * out without Content-Length and end the connection, so keep-alive clients (ab -k) break off. For
 * those clients the body is serialized up front, and sent with its length.
 */
public class Http10Responses {

    @Inject
    ObjectMapper json;

    @ServerResponseFilter
    public void sendWithLength(ContainerResponseContext response, HttpServerRequest request) throws JsonProcessingException {
        Object entity = response.getEntity();
        if (request.version() != HttpVersion.HTTP_1_0 || entity == null || entity instanceof byte[] || entity instanceof Publisher<?>
                || entity instanceof Flow.Publisher<?>) {
            return;
        }
        MediaType type = response.getMediaType();
        if (entity instanceof String text) {
            response.setEntity(text.getBytes(StandardCharsets.UTF_8), null, type);
        } else if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            response.setEntity(json.writeValueAsBytes(entity), null, type);
        }
    }
}
