package io.claimtrack.claims.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(description = "A correction record: who (the API key's name), when, what, before, after and why")
public record CorrectionView(String id,
        @Schema(description = "Position in the claim stream's order (the feed's seq)") Long seq,
        @Schema(enumeration = {"reassign", "hide", "edit-statement", "edit-speaker", "merge", "split", "undo"}) String action,
        String by, Instant at, String reason,
        @Schema(enumeration = {"applied", "undone"}) String status,
        @Schema(nullable = true) String undoneBy,
        @Schema(description = "For an undo: the correction it undid", nullable = true) String undoes,
        List<Target> targets, State before, State after) {

    @Schema(description = "A statement the correction changes; a revision of its document adds a target where the "
            + "statement still exists, and one with status missing where it no longer does")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Target(String documentId, Span span, String text,
            @Schema(description = "reassign, split: the speaker it goes to") String speakerId,
            @Schema(description = "edit-statement: the new span") Span newSpan,
            @Schema(description = "edit-statement: the new type") String type,
            @Schema(enumeration = {"applied", "missing"}) String status, String note) {
    }

    @Schema(description = "The fields the correction changed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record State(String speakerId, String speakerName, Boolean hidden, Span span, String text, String type,
            String name, String kind, List<String> aliases, List<SpeakerView.RoleSeen> roles, String mergedInto) {
    }
}
