package io.claimtrack.claims.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A statement: its document and its span as extracted (GET /documents/{id} lists them)")
public record StatementRef(@NotBlank String document, @NotNull @Valid Span span) {
}
