package io.claimtrack.ingest.extract;

/** A sentence inside one block; tokens {@code [firstToken, endToken)} of the document. */
public record Sentence(int block, int start, int end, int firstToken, int endToken) {
}
