package io.claimtrack.ingest.rest;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body is read only as a type its route declares: one sent without a Content-Type, or as
 * application/octet-stream (which the framework hands to a route taking JSON), is refused as a body of another type
 * is (415, {@link ContentTypeProblems}), not extracted as JSON on a guess; claims-service and the gateway refuse it
 * the same way. A request without a body and without a type reaches its route, which says the body is empty.
 */
public class DeclaredBodyTypes {

    @ServerRequestFilter
    public void requireDeclaredType(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Consumes declared = method == null ? null : method.getAnnotation(Consumes.class);
        MediaType sent = request.getMediaType();
        if (declared == null || (sent == null && !hasBody(request))) {
            return;
        }
        if (sent == null || Arrays.stream(declared.value()).map(MediaType::valueOf).noneMatch(sent::isCompatible)) {
            throw new NotSupportedException();
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null ? request.getHeaderString("Transfer-Encoding") != null : !length.trim().equals("0");
    }
}
