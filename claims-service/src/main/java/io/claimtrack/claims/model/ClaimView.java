package io.claimtrack.claims.model;

import java.time.Instant;
import java.util.List;

public record ClaimView(String id, ClaimSpeaker speaker, String text, String type, Instant firstSeen,
        Instant lastSeen, int appearanceCount, List<AppearanceView> appearances) {

    public record ClaimSpeaker(String id, String name, String kind, String role) {
    }

    public record AppearanceView(String documentId, String source, String url, String published, Span span,
            String cue, String type, String date, Double confidence, Boolean nested, String via) {
    }
}
