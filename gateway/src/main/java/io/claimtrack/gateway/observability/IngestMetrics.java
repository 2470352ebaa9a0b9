package io.claimtrack.gateway.observability;

import java.util.Locale;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.claimtrack.gateway.service.ClaimFeed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * What on-call watches at the front door: documents ingested (stored or recognised as a repeat) and
 * rejected by reason, read off the answers to {@code POST /api/v1/documents}, and the open claim streams.
 */
@Singleton
public class IngestMetrics {

    static final String INGESTED = "claimtrack.documents.ingested";
    static final String REJECTED = "claimtrack.documents.rejected";
    static final String SUBSCRIBERS = "claimtrack.stream.subscribers";
    private static final String DOCUMENTS = "/api/v1/documents";

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void registerGauges(@Observes StartupEvent start, ClaimFeed feed) {
        Gauge.builder(SUBSCRIBERS, feed, ClaimFeed::subscribers)
                .description("Open GET /api/v1/claims/stream connections of this gateway").register(registry);
    }

    @ServerResponseFilter
    public void countDocuments(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.POST.equals(request.getMethod()) || !DOCUMENTS.equals(request.getUriInfo().getPath())) {
            return;
        }
        int status = response.getStatus();
        if (status == 201 || status == 200) {
            registry.counter(INGESTED, "result", status == 201 ? "stored" : "repeat").increment();
        } else if (status >= 400 && status < 500) {
            registry.counter(REJECTED, "reason", reason(status)).increment();
        }
    }

    /** A short, bounded label: the status's reason phrase, e.g. {@code payload_too_large}. */
    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String phrase = known == null ? "client_error_" + status : known.getReasonPhrase();
        return phrase.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }
}
