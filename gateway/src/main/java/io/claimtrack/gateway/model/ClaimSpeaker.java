package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimSpeaker", description = "The resolved speaker of a claim.")
public record ClaimSpeaker(@Schema(example = "sp_5f68287c63833a55c32686a7") String id, @Schema(example = "Yury Ushakov") String name,
        @Schema(enumeration = {"person", "organization", "document", "anonymous", "group"}, example = "person") String kind,
        @Schema(example = "Kremlin aide") String role) {
}
