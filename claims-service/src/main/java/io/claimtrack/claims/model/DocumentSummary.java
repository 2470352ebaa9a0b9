package io.claimtrack.claims.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A stored document without its text and statements unless include asks for them (GET /documents/{id} has them)")
public record DocumentSummary(String id, String source, String url, String title, String published,
        String language, Dateline dateline, String contentHash, String revisionOf,
        @Schema(description = "Id of the later revision that replaced this one", nullable = true) String supersededBy,
        String syndicationOf, Instant ingestedAt, int statementCount,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Only with include=text") String text,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only with include=statements: as corrected, as GET /documents/{id} has them")
        List<StatementView> statements) {
}
