package io.claimtrack.claims.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StatementView(SpeakerMention speaker, String content, Span span,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Only when a speaker and cue interrupt what was said: the offsets [start, end) into the "
                + "document's text of what was said, in order, inside span (\"The data\", \"arrived on Monday\" of \"The "
                + "data, she said, arrived on Monday\"). content and span hold the whole, interruption included; the "
                + "claim's text is these parts joined by a space. Absent: content is all of what was said",
                nullable = true) List<Span> parts,
        String cue, String type,
        @Schema(description = "The statement's date after the date rules (README); null when undated") String date,
        Boolean nested, String via, Double confidence, String claimId, String speakerId,
        @Schema(enumeration = {"main", "related"}) String region,
        @Schema(description = "Set when corrections hold for this statement: claimId, speakerId, span, content and type "
                + "are then as corrected (the extraction is kept in the corrections' before)", nullable = true)
        Corrected corrected) {

    public record Corrected(@Schema(description = "Not a statement: counted and listed nowhere") boolean hidden,
            @Schema(description = "The corrections that hold, oldest first") List<String> corrections,
            @Schema(description = "The latest one's reason") String reason) {
    }
}
