package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Speaker", description = "A person or organisation who makes claims, with aliases, roles and the merges that formed it.")
public record Speaker(@Schema(example = "sp_5f68287c63833a55c32686a7") String id, @Schema(example = "Yury Ushakov") String name,
        @Schema(enumeration = {"person", "organization", "document", "anonymous", "group"}, example = "person") String kind,
        List<String> aliases,
        @Schema(description = "Current role: the one of the latest dated appearance.", nullable = true, example = "Kremlin aide") String role,
        List<RoleSeen> roles, @Schema(example = "12") long claimCount, List<Merge> merges) {

    @Schema(name = "SpeakerRole", description = "A role the speaker was given, and when it was last seen.")
    public record RoleSeen(@Schema(example = "Kremlin aide") String role, @Schema(example = "2025-06-04") String seen) {
    }

    @Schema(name = "SpeakerMerge", description = "A speaker folded into this one, and why.")
    public record Merge(String speakerId, String name, String reason,
            @Schema(description = "Why the merge was undone (for example a second person with that surname); null while it holds.", nullable = true)
            String undone) {
    }
}
