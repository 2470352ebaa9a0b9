package io.claimtrack.gateway.model;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentPage", description = "A page of documents; pass next as cursor for the following page.")
public record DocumentPage(List<Document> items, @Schema(nullable = true) String next) {
}
