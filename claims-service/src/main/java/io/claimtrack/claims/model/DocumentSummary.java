package io.claimtrack.claims.model;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored document without its text and statements (GET /documents/{id} has them)")
public record DocumentSummary(String id, String source, String url, String title, String published,
        String language, Dateline dateline, String contentHash, String revisionOf, String syndicationOf,
        Instant ingestedAt, int statementCount) {
}
