package io.claimtrack.claims.model;

public record StatementView(SpeakerMention speaker, String content, Span span, String cue, String type,
        String date, Boolean nested, String via, Double confidence, String claimId, String speakerId) {
}
