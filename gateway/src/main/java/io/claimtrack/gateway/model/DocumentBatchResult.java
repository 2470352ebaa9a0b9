package io.claimtrack.gateway.model;

import java.util.List;

/** claims-service's answer to a {@link DocumentBatch}: one outcome per document, in its order. */
public record DocumentBatchResult(List<DocumentOutcome> results) {
}
