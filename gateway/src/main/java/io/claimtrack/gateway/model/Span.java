package io.claimtrack.gateway.model;

import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Span", description = "Offsets [start, end) into the document text, in UTF-16 code units (Java and JavaScript string indices).")
public record Span(@Min(0) @Schema(example = "23") int start, @Min(0) @Schema(example = "85") int end) {
}
