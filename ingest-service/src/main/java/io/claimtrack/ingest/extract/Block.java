package io.claimtrack.ingest.extract;

/** A structural unit of the text: one line or paragraph, classified by {@link StructureStage}. */
public record Block(Kind kind, int start, int end, int level) {

    public enum Kind {
        /** Short line without closing punctuation: a title, a list headline. */
        HEADLINE,
        /** Ordinary prose paragraph. */
        PARAGRAPH,
        /** List item; {@code level} 1 for a top bullet, 2 for a sub-bullet. */
        BULLET,
        /** Page furniture, template markers, tag lines: never a statement. */
        NOISE
    }

    public boolean isNoise() {
        return kind == Kind.NOISE;
    }
}
