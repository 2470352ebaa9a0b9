package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SourceView(@Schema(description = "The outlet, as first seen") String source,
        @Schema(description = "Other spellings that name the same outlet") List<String> aliases,
        @Schema(description = "Current documents (own and syndicated copies; earlier revisions not counted)")
        long documents,
        @Schema(description = "Claims with an appearance in this outlet") long claims) {
}
