package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SourcePage", description = "All sources, by name, as a single page (next is always null).")
public record SourcePage(List<Source> items, @Schema(nullable = true) String next) {
}
