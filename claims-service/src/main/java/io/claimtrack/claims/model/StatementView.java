package io.claimtrack.claims.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record StatementView(SpeakerMention speaker, String content, Span span, String cue, String type,
        @Schema(description = "The statement's date after the date rules (README); null when undated") String date,
        Boolean nested, String via, Double confidence, String claimId, String speakerId,
        @Schema(enumeration = {"main", "related"}) String region) {
}
