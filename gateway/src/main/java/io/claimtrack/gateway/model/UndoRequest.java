package io.claimtrack.gateway.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UndoRequest", description = "Why a correction is undone.")
public record UndoRequest(@NotBlank @Size(max = 280) @Schema(example = "Checked the recording: it was the minister") String reason) {
}
