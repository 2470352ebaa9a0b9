package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SpeakerPage", description = "A page of speakers; pass next as cursor for the following page.")
public record SpeakerPage(List<Speaker> items, @Schema(nullable = true) String next) {
}
