package io.claimtrack.claims.domain;

/**
 * A piece of what was said, {@code [start, end)} in the document's text, when a speaker and cue interrupt it ("The data,
 * she said, arrived on Monday": "The data" and "arrived on Monday").
 */
public class Part {
    public int start;
    public int end;

    public Part() {
    }

    public Part(int start, int end) {
        this.start = start;
        this.end = end;
    }
}
