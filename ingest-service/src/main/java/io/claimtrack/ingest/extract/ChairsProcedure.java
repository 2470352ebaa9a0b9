package io.claimtrack.ingest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * "The Chair opened the hearing and explained that Council would hear from the applicant but would not decide the
 * bylaw at the hearing", "She reminded those present that Council would consider third reading at its regular meeting
 * on June 2": a chair telling the room what the sitting (or the next one) will do runs it, no statement (the fifty-eighth
 * conventions' "explained that Council would hear ..."); so does a house's Speaker ("The Speaker announced that the
 * debate on the Estimates would begin on 4 May"). "The mayor said council would vote on the levy on Tuesday" (no chair)
 * stays a statement; so does the chair's "explained that the levy would fall".
 */
final class ChairsProcedure {

    /** A chair's own mention, or the one a pronoun of the next sentence stands for. */
    private static final Set<String> CHAIRS = WordSet.of("the chair", "the chairman", "the chairwoman", "the chairperson",
            "the presiding officer");
    /** What a sitting does: "would hear from", "will consider third reading", "would not debate or decide". */
    private static final Set<String> SITTING_VERBS = WordSet.of("hear", "consider", "debate", "decide", "vote", "meet",
            "resume", "reconvene", "receive", "begin", "adjourn");
    private static final Set<String> MODALS = WordSet.of("would", "will", "shall");
    /** Words of the sitting body or its business before the modal: "Council", "the full Board", "the debate on the Budget". */
    private static final int BODY_WORDS = 7;

    private ChairsProcedure() {
    }

    /** Whether {@code a} is a chair's account of the sitting's business. */
    static boolean reported(AttributionContext ctx, Attribution a) {
        if (a.mention == null || !chair(ctx, a.mention)) {
            return false;
        }
        int from = ctx.tokenAtOrAfter(a.contentStart);
        int to = ctx.tokenAtOrAfter(a.contentEnd);
        if (from >= to || !ctx.tokens.get(from).isCapitalized() && !ctx.tokens.get(from).is("the")) {
            return false;
        }
        for (int k = from + 1; k + 1 < Math.min(to, from + BODY_WORDS + 1); k++) {
            if (MODALS.contains(ctx.tokens.get(k).lower())) {
                int verb = ctx.tokens.get(k + 1).is("not") ? k + 2 : k + 1;
                return verb < to && SITTING_VERBS.contains(ctx.tokens.get(verb).lower());
            }
            if (!ctx.tokens.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "The Chair", "The Speaker" of a house (capitalised), or "She" opening a sentence right after one "The Chair" opens. */
    private static boolean chair(AttributionContext ctx, Mention m) {
        if (CHAIRS.contains(m.text().toLowerCase(Locale.ROOT)) || m.text().equalsIgnoreCase("the speaker") && m.text().endsWith("Speaker")) {
            return true;
        }
        int k = ctx.tokenAtOrAfter(m.start());
        Sentence s = ctx.sentenceOfToken(k);
        int before = s.firstToken() - 1;
        if (!m.isPronoun() || k != s.firstToken() || before < 0) {
            return false;
        }
        Sentence previous = ctx.sentenceOfToken(before);
        int first = previous.firstToken();
        return first + 1 < previous.endToken() && CHAIRS.contains((ctx.tokens.get(first).lower() + " " + ctx.tokens.get(first + 1).lower()));
    }
}
