package io.claimtrack.ingest.observability;

import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Extraction as on-call sees it: time per document, characters (their rate over the time's rate is
 * characters per second) and statements per document, by format (text or html).
 */
@Singleton
public class ExtractionMetrics {

    static final String TIME = "claimtrack.extraction";
    static final String CHARACTERS = "claimtrack.extraction.characters";
    static final String STATEMENTS = "claimtrack.extraction.statements";

    private final MeterRegistry registry;

    public ExtractionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void extracted(String format, int characters, int statements, long nanos) {
        Timer.builder(TIME).description("Time to extract the statements of one document").tag("format", format)
                .publishPercentileHistogram().register(registry).record(nanos, TimeUnit.NANOSECONDS);
        DistributionSummary.builder(CHARACTERS).description("Characters of text per extracted document").baseUnit("characters")
                .tag("format", format).register(registry).record(characters);
        DistributionSummary.builder(STATEMENTS).description("Statements found per document").tag("format", format)
                .publishPercentileHistogram().register(registry).record(statements);
    }
}
