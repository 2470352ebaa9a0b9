package io.claimtrack.gateway.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpeakerChoice", description = "An existing speaker by id, or a speaker by name: found by name or alias, else created.")
public record SpeakerChoice(@Schema(example = "sp_5f68287c63833a55c32686a7") String id,
        @Size(max = 200) @Schema(example = "Dmitry Peskov") String name,
        @Pattern(regexp = "person|organization|document|anonymous|group", message = "must be one of person|organization|document|anonymous|group")
        @Schema(enumeration = {"person", "organization", "document", "anonymous", "group"}, example = "person") String kind) {
}
