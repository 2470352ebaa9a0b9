package io.claimtrack.claims.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ClaimView(String id,
        @Schema(description = "Insertion sequence of the claim (the feed's order)", nullable = true) Long seq,
        ClaimSpeaker speaker, String text, String type, Instant firstSeen,
        Instant lastSeen, int appearanceCount,
        @Schema(description = "Appearances, earliest first (at most 100; appearanceCount has the total)")
        List<AppearanceView> appearances) {

    @Schema(description = "The speaker (after merges) and the role given at the claim's first appearance")
    public record ClaimSpeaker(String id, String name, String kind, String role) {
    }

    public record AppearanceView(String documentId, String source, String url, String published, Span span,
            String cue, String type,
            @Schema(description = "The statement's date (README: date rules)", nullable = true) String date,
            Double confidence, Boolean nested, String via,
            @Schema(description = "The speaker's role in this appearance", nullable = true) String role,
            @Schema(enumeration = {"main", "related"}) String region) {
    }
}
