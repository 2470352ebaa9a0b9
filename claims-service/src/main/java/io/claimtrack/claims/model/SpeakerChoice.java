package io.claimtrack.claims.model;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An existing speaker by id, or a speaker by name (found by name or alias, else created)")
public record SpeakerChoice(String id, @Size(max = 200) String name,
        @Pattern(regexp = "person|organization|document|anonymous|group", message = "must be one of person|organization|document|anonymous|group")
        String kind) {
}
