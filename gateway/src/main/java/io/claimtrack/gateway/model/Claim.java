package io.claimtrack.gateway.model;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claim", description = "What a speaker claimed, with every appearance of it.")
public record Claim(
        @Schema(example = "cl_2b8d7fc87de74772570846ec") String id,
        @Schema(description = "Insertion sequence: the order claims were created in; the id of the claim's stream event.",
                example = "42", nullable = true) Long seq,
        ClaimSpeaker speaker,
        @Schema(description = "What was said, as the claim's first appearance said it: a statement's content, or its parts joined "
                + "by a space when a speaker and cue interrupted it (so the same words printed with and without the "
                + "interruption are one claim).", example = "Putin told Trump that talks with Ukraine in Turkey were useful")
        String text,
        @Schema(enumeration = {"direct", "indirect", "mixed"}, example = "indirect") String type,
        @Schema(example = "2025-06-04T09:12:44Z") Instant firstSeen,
        @Schema(example = "2025-06-04T09:12:44Z") Instant lastSeen,
        @Schema(example = "1") int appearanceCount,
        List<Appearance> appearances) {
}
