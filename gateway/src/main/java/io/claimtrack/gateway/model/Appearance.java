package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

@Schema(name = "Appearance", description = "Where and how a claim appeared: one statement of one document.")
public record Appearance(
        @Schema(example = "doc_85c3c4c09e9fd2732627d4ff") String documentId,
        @Schema(example = "TASS") String source,
        @Schema(example = "https://tass.com/politics/1968231") String url,
        @Schema(example = "2025-06-04") String published,
        Span span,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only when a speaker and cue interrupt the statement: what was said, as offsets into the document's "
                + "text, in order, inside span; the claim's text is their texts joined by a space. Absent: span is all of what "
                + "was said.", nullable = true)
        List<Span> parts,
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
