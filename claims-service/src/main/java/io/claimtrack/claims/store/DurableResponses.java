package io.claimtrack.claims.store;

import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * No answer to a request that may have written leaves before its writes are durable: the embedded
 * store commits (and syncs) everything written so far, shared with concurrent requests, before the
 * response is sent. Reads do not wait.
 */
@Provider
public class DurableResponses implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    EmbeddedStoreLifecycle store;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!READS.contains(request.getMethod())) {
            store.flush();
        }
    }
}
