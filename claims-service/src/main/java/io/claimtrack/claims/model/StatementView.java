package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StatementView(SpeakerMention speaker, String content, Span span, String cue, String type,
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
