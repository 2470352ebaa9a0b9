package io.claimtrack.ingest.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A document to split into attributed statements")
public record ExtractionRequest(
        @Schema(description = "The document: plain text, or HTML when format is html", required = true,
                example = "MOSCOW, June 4. /TASS/. Kremlin aide Yury Ushakov said the talks were useful.") String text,
        @Schema(description = "Outlet that published it", example = "TASS") String source,
        @Schema(description = "Where it was published") String url,
        @Schema(description = "Publication date (ISO date or date-time)", example = "2025-06-04") String published,
        @Schema(description = "text (default) or html", enumeration = {"text", "html"}) String format) {
}
