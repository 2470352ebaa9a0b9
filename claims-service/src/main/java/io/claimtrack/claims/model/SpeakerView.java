package io.claimtrack.claims.model;

import java.util.List;

public record SpeakerView(String id, String name, String kind, List<String> aliases, List<RoleSeen> roles,
        long claimCount, List<MergeView> merges) {

    public record RoleSeen(String role, String seen) {
    }

    public record MergeView(String speakerId, String name, String reason) {
    }
}
