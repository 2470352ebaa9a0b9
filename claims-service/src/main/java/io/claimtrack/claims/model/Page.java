package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A page of results; pass next as cursor to get the following page")
public record Page<T>(List<T> items, @Schema(nullable = true) String next) {
}
