package io.claimtrack.claims.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A stored document with its statements")
public record DocumentView(String id, String source, String url, String title, String published, String language,
        Dateline dateline, String contentHash,
        @Schema(description = "Id of the earlier revision at the same URL") String revisionOf,
        @Schema(description = "Id of the later revision that replaced this one", nullable = true) String supersededBy,
        @Schema(description = "This outlet republished the text of that document (syndication)", nullable = true)
        String syndicationOf,
        @Schema(description = "True when this request repeated an already stored document") boolean repeat,
        Instant ingestedAt, String text, List<StatementView> statements) {
}
