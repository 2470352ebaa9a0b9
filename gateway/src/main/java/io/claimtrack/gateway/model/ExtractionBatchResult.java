package io.claimtrack.gateway.model;

import java.util.List;

/** ingest-service's answer to an {@link ExtractionBatch}: one outcome per document, in its order. */
public record ExtractionBatchResult(List<ExtractionOutcome> results) {
}
