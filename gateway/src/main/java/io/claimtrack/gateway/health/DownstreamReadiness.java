package io.claimtrack.gateway.health;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.claimtrack.gateway.client.ClaimsClient;
import io.claimtrack.gateway.client.IngestClient;
import io.claimtrack.gateway.config.GatewayConfig;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Reports whether each downstream is ready. Always UP: the gateway still serves (and answers 503
 * for what needs a missing downstream), so a downstream outage must not take it out of rotation.
 */
@ApplicationScoped
public class DownstreamReadiness {

    @Inject
    GatewayConfig config;

    @Produces
    @Readiness
    AsyncHealthCheck ingest(@RestClient IngestClient client) {
        return () -> probe("ingest-service", client::ready);
    }

    @Produces
    @Readiness
    AsyncHealthCheck claims(@RestClient ClaimsClient client) {
        return () -> probe("claims-service", client::ready);
    }

    private Uni<HealthCheckResponse> probe(String service, Supplier<Uni<Response>> ready) {
        return Uni.createFrom().deferred(ready::get)
                .ifNoItem().after(config.health().downstreamTimeout()).fail()
                .map(response -> true)
                .onFailure().recoverWithItem(false)
                .map(reachable -> HealthCheckResponse.named(service).up().withData("ready", reachable).build());
    }
}
