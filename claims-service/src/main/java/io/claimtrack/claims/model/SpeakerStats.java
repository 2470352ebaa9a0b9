package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A speaker's activity per day or ISO week (periods without activity are left out)")
public record SpeakerStats(String speakerId, String name, String interval, List<Bucket> series) {

    public record Bucket(@Schema(description = "The day, or the Monday of the week") String period,
            @Schema(description = "Claims first seen in the period") long newClaims,
            @Schema(description = "Appearances of any of the speaker's claims in the period") long appearances) {
    }
}
