package io.claimtrack.claims.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An extracted document with its statements")
public record DocumentInput(
        @Schema(example = "TASS") String source,
        String url,
        String title,
        @Schema(description = "ISO date or date-time", example = "2025-06-04") String published,
        @Schema(example = "en") String language,
        Dateline dateline,
        @NotBlank String text,
        List<@NotNull @Valid StatementInput> statements) {
}
