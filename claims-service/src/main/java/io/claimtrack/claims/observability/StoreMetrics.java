package io.claimtrack.claims.observability;

import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.mongodb.client.model.Filters;

import io.claimtrack.claims.domain.Claim;
import io.claimtrack.claims.domain.Speaker;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.StartupEvent;

/**
 * The store as on-call sees it: time to store one document ({@code claimtrack.store}, by result:
 * stored, repeat, rejected, failed) and the claims and speakers held, merged speakers apart. Their
 * growth over time is what was created; the counts are read from MongoDB when scraped.
 */
@Singleton
public class StoreMetrics {

    static final String STORE = "claimtrack.store";
    static final String CLAIMS = "claimtrack.claims";
    static final String SPEAKERS = "claimtrack.speakers";
    static final String SPEAKERS_MERGED = "claimtrack.speakers.merged";
    private static final String STARTED = StoreMetrics.class.getName() + ".started";

    private final MeterRegistry registry;

    StoreMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void registerGauges(@Observes StartupEvent start) {
        Gauge.builder(CLAIMS, () -> Claim.mongoCollection().estimatedDocumentCount())
                .description("Claims stored").register(registry);
        Gauge.builder(SPEAKERS, () -> Speaker.mongoCollection().estimatedDocumentCount())
                .description("Speakers stored, merged ones included").register(registry);
        Gauge.builder(SPEAKERS_MERGED, () -> Speaker.mongoCollection().countDocuments(Filters.ne("mergedInto", null)))
                .description("Speakers found to be another speaker and merged into it").register(registry);
    }

    @ServerRequestFilter
    public void startStore(ContainerRequestContext request) {
        if (HttpMethod.POST.equals(request.getMethod()) && "/documents".equals(request.getUriInfo().getPath())) {
            request.setProperty(STARTED, System.nanoTime());
        }
    }

    @ServerResponseFilter
    public void stopStore(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long started)) {
            return;
        }
        int status = response.getStatus();
        String result = status == 201 ? "stored" : status == 200 ? "repeat" : status < 500 ? "rejected" : "failed";
        Timer.builder(STORE).description("Time to validate and store one document with its statements").tag("result", result)
                .publishPercentileHistogram().register(registry).record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
