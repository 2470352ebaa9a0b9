package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document to extract statements from, in the shape ingest-service accepts. */
@Schema(name = "ExtractionRequest", description = "A document to extract attributed statements from.")
public record ExtractionRequest(
        @Schema(required = true, description = "Plain text or HTML, depending on format.",
                example = "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, Kremlin aide Yury Ushakov said.")
        String text,
        @Schema(example = "TASS") String source,
        @Schema(example = "https://tass.com/politics/1968231") String url,
        @Schema(description = "ISO date or date-time.", example = "2025-06-04") String published,
        @Schema(enumeration = {"text", "html"}, defaultValue = "text") String format) {
}
