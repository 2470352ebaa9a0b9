package io.claimtrack.claims.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where a new reader of the feed starts: the latest seq it shows now")
public record FeedHead(@Schema(description = "The highest seq of a claim or correction GET /claims/feed shows now (0: none); "
        + "pass it as after to read only what comes next", example = "4017") long seq) {
}
