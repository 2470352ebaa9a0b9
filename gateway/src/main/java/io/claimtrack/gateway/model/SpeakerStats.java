package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpeakerStats", description = "A speaker's activity per period; periods without activity are left out.")
public record SpeakerStats(@Schema(example = "sp_5f68287c63833a55c32686a7") String speakerId, @Schema(example = "Yury Ushakov") String name,
        @Schema(enumeration = {"day", "week", "month"}, example = "week") String interval, List<Bucket> series) {

    @Schema(name = "StatsBucket")
    public record Bucket(@Schema(description = "The day, the Monday of the week, or the first day of the month.", example = "2025-06-02") String period,
            @Schema(description = "Claims first seen in the period.", example = "3") long newClaims,
            @Schema(description = "Appearances of any of the speaker's claims in the period.", example = "5") long appearances) {
    }
}
