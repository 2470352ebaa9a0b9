package io.claimtrack.gateway.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StatementRef", description = "A stored statement: its document and its span as extracted (GET /documents/{id} lists both).")
public record StatementRef(@NotBlank @Schema(example = "doc_85c3c4c09e9fd2732627d4ff") String document, @NotNull @Valid Span span) {
}
