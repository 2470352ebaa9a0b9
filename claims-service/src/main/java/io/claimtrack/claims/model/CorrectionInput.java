package io.claimtrack.claims.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A correction as the gateway sends it: who asks, and the caller's Idempotency-Key if any")
public record CorrectionInput(@NotBlank @Size(max = 64) String by,
        @Size(min = 1, max = 255) String idempotencyKey,
        @NotNull @Valid CorrectionRequest request) {
}
