package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Span", description = "Offsets [start, end) into the document text, in UTF-16 code units (Java and JavaScript string indices).")
public record Span(@Schema(example = "23") int start, @Schema(example = "85") int end) {
}
