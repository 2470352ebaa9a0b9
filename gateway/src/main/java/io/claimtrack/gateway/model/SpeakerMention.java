package io.claimtrack.gateway.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpeakerMention", description = "Who made a statement, as the extractor read it: canonical name, surface mention, role and kind.")
public record SpeakerMention(
        @Schema(example = "Yury Ushakov") String name,
        @Schema(example = "Kremlin aide") String mention,
        @Schema(example = "Kremlin aide") String role,
        @Schema(enumeration = {"person", "organization", "document", "anonymous", "group"}, example = "person") String kind) {
}
