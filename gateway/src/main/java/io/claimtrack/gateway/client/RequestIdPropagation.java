package io.claimtrack.gateway.client;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

import org.jboss.logging.MDC;

import io.claimtrack.gateway.observability.RequestIds;

/** Passes the id of the request being served on to ingest-service and claims-service, so their logs carry it too. */
@Provider
public class RequestIdPropagation implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        Object id = MDC.get(RequestIds.MDC_KEY);
        if (id != null) {
            request.getHeaders().putSingle(RequestIds.HEADER, id.toString());
        }
    }
}
