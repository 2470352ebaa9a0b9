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
        String date,
        Boolean nested,
        String via,
        Double confidence) {
}
