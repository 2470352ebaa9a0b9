package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Dateline", description = "A wire dateline, e.g. MOSCOW, June 4 (TASS).")
public record Dateline(@Schema(example = "MOSCOW") String place, @Schema(example = "2025-06-04") String date,
        @Schema(example = "TASS") String wire) {
}
