package io.claimtrack.claims.rest;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A body sent without a Content-Type is refused as a body of another type is (415, {@link InputProblems}), not read
 * as JSON on a guess: the gateway refuses it the same way, and always says what it sends.
 */
public class UntypedBodies {

    @ServerRequestFilter
    public void requireType(ContainerRequestContext request) {
        if (request.getMediaType() == null && sent(request)) {
            throw new NotSupportedException();
        }
    }

    private static boolean sent(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return length == null ? request.getHeaderString("Transfer-Encoding") != null : !length.trim().equals("0");
    }
}
