package io.claimtrack.ingest.extract;

/** A speech or cognition cue found in prose: tokens {@code [firstToken, endToken)}. */
public record Cue(int sentence, int firstToken, int endToken, String text, Lexicon.CueKind kind) {
}
