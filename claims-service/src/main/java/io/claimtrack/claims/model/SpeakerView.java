package io.claimtrack.claims.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SpeakerView(String id, String name, String kind, List<String> aliases,
        @Schema(description = "Current role: the one of the latest dated mention", nullable = true) String role,
        List<RoleSeen> roles,
        @Schema(description = "Claims of this speaker and of the speakers merged into it") long claimCount,
        List<MergeView> merges) {

    public record RoleSeen(String role, String seen) {
    }

    public record MergeView(String speakerId, String name, String reason,
            @Schema(description = "Why the merge was undone; null while it holds", nullable = true) String undone) {
    }
}
