package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "Hon. Ada Lind (Saltmarsh East): Mr. Speaker, the minister talks about a new vessel. When will islanders see it?": in
 * a member's question turn, an office's words given only as a topic (a short noun phrase after the cue) restate what
 * the one asked said to set up the question; no statement of the office. "The minister said the vessel would come in
 * June" gives a clause, and "promised to clear the backlog" an infinitive: premises, which stay. Asked by
 * {@link CueStatement}.
 */
final class RestatedTopic {

    private RestatedTopic() {
    }

    /** Whether the cue's statement, spoken by {@code m}, with content from the cue to {@code end}, is such a topic. */
    static boolean inQuestion(AttributionContext ctx, Cue cue, Sentence s, Mention m, int end) {
        List<Token> t = ctx.tokens;
        if (m.hasName() || m.isPronoun() || end - cue.endToken() > Windows.DETERMINED_PHRASE_TOKENS || end <= cue.endToken()
                || t.get(s.endToken() - 1).is("?")
                || !Lexicon.get().roles.contains(Name.lastWord(Name.words(m.text())))) {
            return false;
        }
        for (int k = cue.endToken(); k < end; k++) {
            // "The Premier promised in 2034 to clear the backlog": an infinitive is a commitment, a premise.
            if (t.get(k).is("that") || t.get(k).is("to") || FunctionWords.FINITE_AUXILIARIES.contains(t.get(k).lower())
                    || t.get(k).is(",")) {
                return false;
            }
        }
        Sentence opening = ctx.doc.sentenceAt(ctx.doc.block(s.block()).start());
        return opening != null && AddressedPremiseStage.memberAsks(ctx, opening);
    }
}
