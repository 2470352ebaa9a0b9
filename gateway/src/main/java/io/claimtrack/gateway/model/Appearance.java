package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Appearance", description = "Where and how a claim appeared: one statement of one document.")
public record Appearance(
        @Schema(example = "doc_85c3c4c09e9fd2732627d4ff") String documentId,
        @Schema(example = "TASS") String source,
        @Schema(example = "https://tass.com/politics/1968231") String url,
        @Schema(example = "2025-06-04") String published,
        Span span,
        @Schema(example = "said") String cue,
        @Schema(enumeration = {"direct", "indirect", "mixed"}, example = "indirect") String type,
        @Schema(description = "When it was said, when the text dates it differently from publication.") String date,
        @Schema(example = "0.86") Double confidence,
        @Schema(description = "True when reported inside another statement.") Boolean nested,
        @Schema(description = "For a nested statement: who reported it.") String via,
        @Schema(description = "The speaker's role in this appearance.", nullable = true, example = "Kremlin aide") String role,
        @Schema(description = "main: the article itself; related: a teaser of another article on the page.", enumeration = {"main", "related"})
        String region) {
}
