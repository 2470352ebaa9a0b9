package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "Flights were cancelled on Friday, the airline and the pilots' union said.": two speakers joined by "and" after the
 * content's comma, the first a short noun phrase opened by a determiner or a capitalised word, with no verb or cue in
 * it; the scan for the second speaker stops at "and", so the pair is read back from there. Part of
 * {@link SpeakerBeforeCue}.
 */
final class TrailingPair {

    private TrailingPair() {
    }

    /**
     * The token where the first of the pair opens, when the speaker phrase at {@code npStart} follows "and" and the
     * phrase before it opens right after a comma; -1 otherwise.
     */
    static int start(AttributionContext ctx, int npStart, int first, Lexicon lexicon) {
        List<Token> tokens = ctx.tokens;
        if (npStart - 3 <= first || !tokens.get(npStart - 1).is("and")) {
            return -1;
        }
        for (int k = npStart - 2; k > first && npStart - 1 - k <= Windows.DETERMINED_PHRASE_TOKENS; k--) {
            Token t = tokens.get(k);
            boolean word = t.isWord() || SubjectPhrase.possessiveMark(tokens, k);
            if (!word || ctx.cueAt[k] != null || SentenceSubjects.finiteVerb(lexicon, t)) {
                return -1;
            }
            if (tokens.get(k - 1).is(",")) {
                return t.in(WordClass.DETERMINER) || t.isCapitalized() ? k : -1;
            }
        }
        return -1;
    }
}
