package io.claimtrack.claims.model;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ClaimView(String id,
        @Schema(description = "Insertion sequence of the claim (the feed's order)", nullable = true) Long seq,
        ClaimSpeaker speaker,
        @Schema(description = "What was said, as its first appearance said it: a statement's content, or its parts joined by "
                + "a space when a speaker and cue interrupt it") String text, String type, Instant firstSeen,
        Instant lastSeen, int appearanceCount,
        @Schema(description = "Appearances, earliest first (at most 100; appearanceCount has the total)")
        List<AppearanceView> appearances) {

    @Schema(description = "The speaker (after merges) and the role given at the claim's first appearance")
    public record ClaimSpeaker(String id, String name, String kind, String role) {
    }

    public record AppearanceView(String documentId, String source, String url, String published, Span span,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "Only when a speaker and cue interrupt the statement: what was said, as offsets [start, "
                    + "end) into the document's text, in order, inside span; the claim's text is these parts joined by a "
                    + "space, span runs over the interruption. Absent: span is all of what was said", nullable = true)
            List<Span> parts,
            String cue, String type,
            @Schema(description = "The statement's date (README: date rules)", nullable = true) String date,
            Double confidence, Boolean nested, String via,
            @Schema(description = "The speaker's role in this appearance", nullable = true) String role,
            @Schema(enumeration = {"main", "related"}) String region) {
    }
}
