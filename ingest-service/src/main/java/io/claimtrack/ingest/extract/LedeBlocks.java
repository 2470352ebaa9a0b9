package io.claimtrack.ingest.extract;

/**
 * The lede of each story of a document: the first blocks of the story that hold statements, headlines aside. Read by
 * {@link NamedLater} and {@link LedeTitleHolder}, whose descriptions at the top of a story are named further down.
 */
final class LedeBlocks {

    /** The opening statement blocks of a story that make its lede: the first paragraph and the one after it. */
    private static final int LEDE_BLOCKS = 2;

    private final AnnotatedDocument doc;
    private final int[] unitOf;
    /** Per block, how many blocks of its story holding a statement come before it; read when the first description asks. */
    private int[] statementBlocksBefore;

    LedeBlocks(AnnotatedDocument doc, int[] unitOf) {
        this.doc = doc;
        this.unitOf = unitOf;
    }

    /** Whether the statement stands in the first blocks of its story that hold statements. */
    boolean holds(Attribution a) {
        if (statementBlocksBefore == null) {
            statementBlocksBefore = new int[doc.blocks.size()];
            int unit = -1;
            int count = 0;
            int last = -1;
            for (Attribution b : doc.attributions) {
                if (unitOf[b.block] != unit) {
                    unit = unitOf[b.block];
                    count = 0;
                    last = -1;
                }
                if (b.block != last && doc.block(b.block).kind() != Block.Kind.HEADLINE) {
                    statementBlocksBefore[b.block] = count++;
                    last = b.block;
                }
            }
        }
        return doc.block(a.block).kind() != Block.Kind.HEADLINE && statementBlocksBefore[a.block] < LEDE_BLOCKS;
    }
}
