package io.claimtrack.claims.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "New values for a speaker; a field left out keeps its value. Lists replace the speaker's list.")
public record SpeakerEdit(@Size(min = 1, max = 200) String name,
        @Pattern(regexp = "person|organization|document|anonymous|group", message = "must be one of person|organization|document|anonymous|group")
        String kind,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Size(max = 50) List<@NotNull @Valid Role> roles) {

    @Schema(description = "A role and the date it held (ISO date); the latest dated one is the speaker's current role")
    public record Role(@NotBlank @Size(max = 200) String role,
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date (YYYY-MM-DD)") String seen) {
    }
}
