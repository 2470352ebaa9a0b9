package io.claimtrack.ingest.observability;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** The meters of one format, looked up once rather than on every document. */
    private record Meters(Timer time, DistributionSummary characters, DistributionSummary statements) {
    }

    private final MeterRegistry registry;
    private final Map<String, Meters> byFormat = new ConcurrentHashMap<>();

    public ExtractionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void extracted(String format, int characters, int statements, long nanos) {
        Meters meters = byFormat.computeIfAbsent(format, this::register);
        meters.time().record(nanos, TimeUnit.NANOSECONDS);
        meters.characters().record(characters);
        meters.statements().record(statements);
    }

    private Meters register(String format) {
        return new Meters(
                Timer.builder(TIME).description("Time to extract the statements of one document").tag("format", format)
                        .publishPercentileHistogram().register(registry),
                DistributionSummary.builder(CHARACTERS).description("Characters of text per extracted document").baseUnit("characters")
                        .tag("format", format).register(registry),
                DistributionSummary.builder(STATEMENTS).description("Statements found per document").tag("format", format)
                        .publishPercentileHistogram().register(registry));
    }
}
