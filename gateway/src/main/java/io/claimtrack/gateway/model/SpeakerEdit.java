package io.claimtrack.gateway.model;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpeakerEdit", description = "New values for a speaker; a field left out keeps its value; a list replaces the speaker's list. "
        + "The old name still finds the speaker.")
public record SpeakerEdit(@Size(min = 1, max = 200) @Schema(example = "Yury Ushakov") String name,
        @Pattern(regexp = "person|organization|document|anonymous|group", message = "must be one of person|organization|document|anonymous|group")
        @Schema(enumeration = {"person", "organization", "document", "anonymous", "group"}) String kind,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Size(max = 50) @Schema(description = "Roles with the date each held; the latest dated one is the current role.")
        List<@NotNull @Valid Role> roles) {

    @Schema(name = "SpeakerEditRole", description = "A role and the date it held.")
    public record Role(@NotBlank @Size(max = 200) @Schema(example = "Kremlin aide") String role,
            @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "must be an ISO date (YYYY-MM-DD)") @Schema(example = "2025-06-04") String seen) {
    }
}
