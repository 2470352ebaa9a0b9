package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "An outlet with its document and claim counts.")
public record Source(@Schema(example = "TASS") String source,
        @Schema(description = "Other spellings that name the same outlet, matched case-insensitively.", example = "[\"tass.com\", \"TASS Russian News Agency\"]")
        List<String> aliases,
        @Schema(example = "42") long documents, @Schema(example = "310") long claims) {
}
