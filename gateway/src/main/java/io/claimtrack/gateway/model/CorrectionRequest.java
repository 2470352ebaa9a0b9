package io.claimtrack.gateway.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectionRequest", description = "One correction. The fields it needs depend on action: reassign (statement, to); "
        + "hide, i.e. not a statement (statement); edit-statement (statement, span and/or type); edit-speaker (speaker, edit); "
        + "merge (speaker, into); split (speaker, statements optional). Always a reason.")
public record CorrectionRequest(
        @NotNull @Pattern(regexp = "reassign|hide|edit-statement|edit-speaker|merge|split",
                message = "must be one of reassign|hide|edit-statement|edit-speaker|merge|split")
        @Schema(enumeration = {"reassign", "hide", "edit-statement", "edit-speaker", "merge", "split"}, example = "reassign") String action,
        @Valid @Schema(description = "reassign, hide, edit-statement: the statement.") StatementRef statement,
        @Valid @Schema(description = "reassign: the speaker it goes to.") SpeakerChoice to,
        @Valid @Schema(description = "edit-statement: the new span of the statement's content in its document.") Span span,
        @Pattern(regexp = "direct|indirect|mixed", message = "must be one of direct|indirect|mixed")
        @Schema(description = "edit-statement: the new type.", enumeration = {"direct", "indirect", "mixed"}) String type,
        @Schema(description = "edit-speaker: the speaker; merge: the one merged away; split: the one split back off.",
                example = "sp_5f68287c63833a55c32686a7") String speaker,
        @Schema(description = "merge: the speaker kept.") String into,
        @Valid @Schema(description = "edit-speaker: the new values.") SpeakerEdit edit,
        @Size(max = 1000) @Schema(description = "split: the statements that go to the split-off speaker; the others of either go to the "
                + "speaker it was merged into. Left out: each keeps the statements recorded for it.")
        List<@NotNull @Valid StatementRef> statements,
        @NotBlank @Size(max = 280) @Schema(description = "Why, in a sentence (at most 280 characters).",
                example = "The quote is the spokesman's, not the minister's") String reason) {
}
