package io.claimtrack.gateway.model;

import java.util.List;

/** Documents claims-service stores in one call ({@code POST /documents:batch}): the NDJSON batch's way to it. */
public record DocumentBatch(List<NewDocument> documents) {
}
