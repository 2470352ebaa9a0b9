package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "those surveyed", "those polled", "those interviewed": "those" with a past participle names the people a
 * poll or a reporter asked, a group that speaks ("By wide margins, those surveyed say ..."). The phrase opens
 * its clause; in the middle of one ("more than those polled") it is no subject.
 */
final class ParticipleGroup {

    private ParticipleGroup() {
    }

    /** The group ending at token {@code last}, or null. */
    static Mention endingAt(AttributionContext ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        if (last - 1 < first || !tokens.get(last - 1).is("those")) {
            return null;
        }
        Token participle = tokens.get(last);
        if (!participle.isWord() || participle.isCapitalized() || !participle.lower().endsWith("ed")
                || !ClauseShapes.opensClause(ctx, last - 1, first)) {
            return null;
        }
        int from = tokens.get(last - 1).start();
        int to = participle.end();
        return new Mention(from, to, ctx.doc.text(from, to), "", "", SpeakerKind.GROUP);
    }
}
