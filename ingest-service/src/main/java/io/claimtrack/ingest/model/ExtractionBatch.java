package io.claimtrack.ingest.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Several documents extracted in one call (the gateway's NDJSON batch sends its documents this way). */
@Schema(description = "Documents to split into attributed statements in one call, each as for POST /extractions")
public record ExtractionBatch(@Schema(required = true, description = "At most ingest.max-batch-documents (default 100)") List<ExtractionRequest> documents) {
}
