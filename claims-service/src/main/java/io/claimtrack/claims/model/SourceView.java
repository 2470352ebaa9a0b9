package io.claimtrack.claims.model;

public record SourceView(String source, long documents, long claims) {
}
