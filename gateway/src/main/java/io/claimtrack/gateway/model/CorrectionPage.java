package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CorrectionPage", description = "A page of corrections, oldest first; pass next as cursor for the following page.")
public record CorrectionPage(List<Correction> items, @Schema(nullable = true) String next) {
}
