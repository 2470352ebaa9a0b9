package io.claimtrack.claims.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An attributed statement from ingest-service")
public record StatementInput(
        @NotNull @Valid SpeakerMention speaker,
        @NotBlank String content,
        @NotNull @Valid Span span,
        String cue,
        @Pattern(regexp = "direct|indirect|mixed", message = "must be one of direct|indirect|mixed")
        @Schema(enumeration = {"direct", "indirect", "mixed"}) String type,
        @Schema(description = "When the statement was made, if the text dates it differently from publication; "
                + "empty: dated by the rules in the README") String date,
        Boolean nested,
        String via,
        Double confidence,
        @Pattern(regexp = "main|related", message = "must be one of main|related")
        @Schema(enumeration = {"main", "related"}, defaultValue = "main",
                description = "Where on the page: the article (main) or a related-story block, which the page's "
                        + "publication date does not date") String region) {

    public String regionOrMain() {
        return region == null ? "main" : region;
    }
}
