package io.claimtrack.claims.model;

import jakarta.validation.constraints.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Who made a statement, as the extractor saw it")
public record SpeakerMention(
        @Schema(example = "Yury Ushakov") String name,
        @Schema(example = "Kremlin aide") String mention,
        @Schema(example = "Kremlin aide") String role,
        @Pattern(regexp = "person|organization|document|anonymous|group", message = "must be one of person|organization|document|anonymous|group")
        @Schema(enumeration = {"person", "organization", "document", "anonymous", "group"}) String kind) {
}
