package io.claimtrack.ingest.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One outcome per document of the batch, in the batch's order")
public record ExtractionBatchResult(List<ExtractionOutcome> results) {
}
