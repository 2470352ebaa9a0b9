package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * Words quoted at the end of a sentence's opening participle clause or prepositional phrase ('Calling the plan “a
 * disaster,” Falk urged the board to ...', 'In an interview with “Harbour Live,” Holm pointed to ...') are no
 * quotation before its speaker: the subject after them is the sentence's, and its cue says what follows it. With
 * nothing but an adverbial after the cue ('Calling the plan “a disaster,” Falk said.') the clause stays what was said.
 */
final class QuotedOpening {

    private QuotedOpening() {
    }

    /** Whether {@code cue}, after the subject that follows quotation {@code q}, has words of its own and the quotation closes an opening. */
    static boolean cueGoesOn(AttributionContext ctx, Quote q, Sentence s, Cue cue, Lexicon lexicon) {
        List<Token> tokens = ctx.tokens;
        int first = s.firstToken();
        int opening = ctx.tokenAtOrAfter(q.start());
        return opening > first && !ReportedContent.trailing(tokens, cue.endToken(), ctx.content.endToken(s))
                && (OpeningAdverbials.subjectStart(tokens, first, s.endToken()) > opening || phrase(tokens, first, opening, lexicon)
                        || clauseWithCue(ctx, first, opening));
    }

    /**
     * 'Although Holm admitted that the pier had been “shut for weeks,” he claimed ...': the quotation ends a fronted
     * clause whose own verb of saying reports it; the main clause's cue has words of its own.
     */
    private static boolean clauseWithCue(AttributionContext ctx, int first, int opening) {
        for (int k = first + 1; k < opening && k - first <= Windows.ADVERBIAL_CLAUSE_TOKENS; k++) {
            Cue cue = ctx.cueAt[k];
            if (cue != null && cue.kind() == Lexicon.CueKind.VERB && FrontedClause.holds(ctx, first, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * 'In an interview with “Harbour Live,” Holm ...', 'To a question on the “sale of the quay,” Holm ...': a phrase
     * of circumstance opened by a preposition, with no verb or subject of a clause, runs from the sentence's start to
     * the quotation at {@code opening}, which goes on from its words ("After the vote, “Q,” Holm said" and "For
     * example: “Q,” he told ..." quote a clause after the phrase).
     */
    private static boolean phrase(List<Token> tokens, int first, int opening, Lexicon lexicon) {
        if (!CueStage.PREPOSITIONS.contains(tokens.get(first).lower()) || !tokens.get(opening - 1).isWord()) {
            return false;
        }
        for (int k = first + 1; k < opening; k++) {
            Token t = tokens.get(k);
            String w = t.lower();
            if (t.type() == Token.Type.QUOTE || ClauseSubject.FINITE.contains(w)
                    || FunctionWords.SUBJECT_PRONOUNS.contains(w)
                    || lexicon.isIrregularPast(w) || !t.isCapitalized() && w.endsWith("ed")) {
                return false;
            }
        }
        return true;
    }
}
