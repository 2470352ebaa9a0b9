package io.claimtrack.claims.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Undo of a correction as the gateway sends it")
public record UndoInput(@NotBlank @Size(max = 64) String by, @Size(min = 1, max = 255) String idempotencyKey,
        @NotBlank @Size(max = 280) String reason) {
}
