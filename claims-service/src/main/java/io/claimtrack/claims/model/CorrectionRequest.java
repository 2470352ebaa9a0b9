package io.claimtrack.claims.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One correction. Which fields it needs depends on the action: reassign (statement, to), hide "
        + "(statement), edit-statement (statement, span and/or type), edit-speaker (speaker, edit), merge (speaker, into), "
        + "split (speaker, statements)")
public record CorrectionRequest(
        @NotNull @Pattern(regexp = "reassign|hide|edit-statement|edit-speaker|merge|split",
                message = "must be one of reassign|hide|edit-statement|edit-speaker|merge|split")
        @Schema(enumeration = {"reassign", "hide", "edit-statement", "edit-speaker", "merge", "split"}) String action,
        @Valid StatementRef statement,
        @Valid SpeakerChoice to,
        @Valid Span span,
        @Pattern(regexp = "direct|indirect|mixed", message = "must be one of direct|indirect|mixed")
        @Schema(enumeration = {"direct", "indirect", "mixed"}) String type,
        @Schema(description = "edit-speaker: the speaker; merge: the one merged away; split: the one split off") String speaker,
        @Schema(description = "merge: the speaker kept") String into,
        @Valid SpeakerEdit edit,
        @Schema(description = "split: the statements that go to the split-off speaker; the others of either go to the "
                + "speaker it was merged into. Left out: each keeps the statements recorded for it")
        @Size(max = 1000) List<@NotNull @Valid StatementRef> statements,
        @NotBlank @Size(max = 280) @Schema(description = "Why, in a sentence") String reason) {
}
