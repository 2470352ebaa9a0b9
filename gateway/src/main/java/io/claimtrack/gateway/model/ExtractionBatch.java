package io.claimtrack.gateway.model;

import java.util.List;

/** Documents ingest-service extracts in one call ({@code POST /extractions:batch}): the NDJSON batch's way to it. */
public record ExtractionBatch(List<ExtractionRequest> documents) {
}
