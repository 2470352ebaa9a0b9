package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimPage", description = "A page of claims; pass next as cursor for the following page.")
public record ClaimPage(List<Claim> items, @Schema(nullable = true) String next) {
}
