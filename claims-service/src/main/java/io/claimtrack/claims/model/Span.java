package io.claimtrack.claims.model;

import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Character offsets [start, end) into the document text")
public record Span(@PositiveOrZero int start, @PositiveOrZero int end) {
}
