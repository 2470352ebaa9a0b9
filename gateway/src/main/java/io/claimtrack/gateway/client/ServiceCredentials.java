package io.claimtrack.gateway.client;

import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Presents the service token on every call to ingest-service and claims-service, which refuse calls
 * without it (a {@code @Provider} client filter applies to both REST clients).
 */
@Provider
@Singleton
public class ServiceCredentials implements ClientRequestFilter {

    static final int MIN_LENGTH = 16;

    private final Optional<String> authorization;

    ServiceCredentials(@ConfigProperty(name = "claimtrack.service-token") Optional<String> token) {
        authorization = token.map(String::strip).filter(t -> t.length() >= MIN_LENGTH).map(t -> "Bearer " + t);
    }

    /** Without the token every downstream call would be refused: fail at start, not on the first request. */
    void requireToken(@Observes StartupEvent start) {
        if (authorization.isEmpty()) {
            throw new IllegalStateException("claimtrack.service-token (env SERVICE_TOKEN) must be set to the secret of at least "
                    + MIN_LENGTH + " characters that ingest-service and claims-service expect");
        }
    }

    @Override
    public void filter(ClientRequestContext request) {
        authorization.ifPresent(value -> request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, value));
    }
}
