package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One outcome per document of the batch, in the batch's order")
public record DocumentBatchResult(List<DocumentOutcome> results) {
}
