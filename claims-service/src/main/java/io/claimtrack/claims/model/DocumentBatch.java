package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Documents stored in one call (the gateway's NDJSON batch sends each chunk this way). */
@Schema(description = "Documents to store in one call, each as for POST /documents")
public record DocumentBatch(
        @Schema(required = true, description = "1 to claims.batch.max-documents (default 100) documents")
        List<DocumentInput> documents) {
}
