package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ExtractedDocument", description = "The document as the extractor read it; statement spans index its text.")
public record ExtractedDocument(String title, @Schema(example = "TASS") String source,
        @Schema(example = "https://tass.com/politics/1968231") String url,
        @Schema(example = "2025-06-04") String published, @Schema(example = "en") String language, Dateline dateline,
        @Schema(example = "MOSCOW, June 4 (TASS). Putin told Trump that talks with Ukraine in Turkey were useful, Kremlin aide Yury Ushakov said.")
        String text) {
}
