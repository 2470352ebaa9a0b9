package io.claimtrack.claims.model;

import java.util.List;

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
        @Schema(description = "Only when a speaker and cue interrupt what was said (\"The data, she said, arrived on Monday\"): "
                + "the offsets [start, end) into text of what was said, in order, each inside span, not overlapping, not "
                + "blank (\"The data\", \"arrived on Monday\"). content stays the text of span; the claim's words are the "
                + "parts' texts joined by a space. Absent (or empty): content is all of what was said. A part outside the "
                + "span, out of order, overlapping or empty refuses the document (400 naming statements[i].parts[j])",
                nullable = true) List<@NotNull @Valid Span> parts,
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
