package io.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Correction", description = "An editor's correction: who (the API key's name), when, what, before, after and why. "
        + "Applied on read: the extraction itself is kept.")
public record Correction(@Schema(example = "co_1b7e0c2f9a6d4e3b8c5a7f10") String id,
        @Schema(description = "Its place in the claim stream's order (the id of its correction event).", example = "418") Long seq,
        @Schema(enumeration = {"reassign", "hide", "edit-statement", "edit-speaker", "merge", "split", "undo"}, example = "reassign") String action,
        @Schema(example = "desk-editor") String by, Instant at,
        @Schema(example = "The quote is the spokesman's, not the minister's") String reason,
        @Schema(enumeration = {"applied", "undone"}, example = "applied") String status,
        @Schema(description = "The undo that undid it.", nullable = true) String undoneBy,
        @Schema(description = "For an undo: the correction it undid.", nullable = true) String undoes,
        List<Target> targets, State before, State after) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CorrectionTarget", description = "A statement the correction changes. A later revision of its document adds a target "
            + "where the statement still exists, and one with status missing (and a note) where it no longer does.")
    public record Target(String documentId, Span span, String text,
            @Schema(description = "reassign, split: the speaker it goes to.") String speakerId,
            @Schema(description = "edit-statement: the new span.") Span newSpan,
            @Schema(description = "edit-statement: the new type.") String type,
            @Schema(enumeration = {"applied", "missing"}) String status, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CorrectionState", description = "The fields the correction changed, before or after it.")
    public record State(String speakerId, String speakerName, Boolean hidden, Span span, String text, String type,
            String name, String kind, List<String> aliases, List<Speaker.RoleSeen> roles,
            @Schema(description = "merge, split: the speaker it is merged into.") String mergedInto) {
    }
}
