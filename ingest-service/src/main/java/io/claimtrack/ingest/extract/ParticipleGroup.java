package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "those surveyed", "those polled", "those interviewed": "those" with a past participle names the people a
 * poll or a reporter asked, a group that speaks ("By wide margins, those surveyed say ..."); so does "those" with
 * an age or a bound ("Those over 60 say"). The phrase opens its clause; in the middle of one ("more than those
 * polled") it is no subject.
 */
final class ParticipleGroup {

    private static final Set<String> BOUNDS = WordSet.of("over", "under", "above", "below");

    private ParticipleGroup() {
    }

    /** The group ending at token {@code last}, or null. */
    static Mention endingAt(AttributionContext ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        int those = bounded(tokens, last, first) ? last - 2 : last - 1;
        if (those < first || !tokens.get(those).is("those")) {
            return null;
        }
        Token tail = tokens.get(last);
        if (those == last - 1 && (!tail.isWord() || tail.isCapitalized() || !tail.lower().endsWith("ed"))
                || !ClauseShapes.opensClause(ctx, those, first)) {
            return null;
        }
        int from = tokens.get(those).start();
        int to = tail.end();
        return new Mention(from, to, ctx.doc.text(from, to), "", "", SpeakerKind.GROUP);
    }

    /** "over 60", "under 30": a bound and its figure end at token {@code last}. */
    private static boolean bounded(List<Token> tokens, int last, int first) {
        return last - 2 >= first && tokens.get(last).type() == Token.Type.NUMBER && BOUNDS.contains(tokens.get(last - 1).lower());
    }
}
