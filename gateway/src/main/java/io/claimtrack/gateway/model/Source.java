package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Source", description = "An outlet with its document and claim counts.")
public record Source(@Schema(example = "TASS") String source, @Schema(example = "42") long documents, @Schema(example = "310") long claims) {
}
