package io.claimtrack.ingest.health;

import io.claimtrack.ingest.model.ExtractionRequest;
import io.claimtrack.ingest.service.ExtractionService;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the extractor, with its lexicon, answers a one-line document. */
@Readiness
@ApplicationScoped
public class ExtractorReadinessCheck implements HealthCheck {

    private static final ExtractionRequest PROBE =
            new ExtractionRequest("\"It works,\" the engineer said.", null, null, null, null);

    private final ExtractionService service;

    public ExtractorReadinessCheck(ExtractionService service) {
        this.service = service;
    }

    @Override
    public HealthCheckResponse call() {
        int found = service.extract(PROBE).statements().size();
        return HealthCheckResponse.named("extractor").status(found == 1).withData("probeStatements", found).build();
    }
}
