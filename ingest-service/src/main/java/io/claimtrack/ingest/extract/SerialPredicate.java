package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * A verb of saying after a comma in a series of one subject's predicates that "and" closes: in "Holt urged the council
 * to act, proposed that pilots be hired and pushed to fund a lighthouse" and "Berg praised the crews, called the report
 * “third-rate” and said the quay was safe" the verb after the comma is the subject's next one, as a verb after "and"
 * is, and what it reports ends where the series' last verb begins. The series is one of things said: the subject's
 * first verb is a cue ("Nora stood at the microphone, asked for the definition and spelled" is a row of acts), and "a
 * trawler, called the Swan, sank" has none before the comma.
 */
final class SerialPredicate {

    private SerialPredicate() {
    }

    /** The comma right before the cue (past adverbs) that joins it to a series of predicates, or -1. */
    static int comma(AttributionContext ctx, Cue cue, Sentence s, Lexicon lexicon) {
        int p = ClauseShapes.skipAdverbsLeft(ctx.tokens, cue.firstToken() - 1, s.firstToken());
        return closing(ctx.tokens, cue, s, lexicon) < 0 || !saidFirst(ctx, s, p, lexicon) ? -1 : p;
    }

    /** Whether the first verb before the comma at {@code p} is a cue, within a predicate's reach of the sentence's start. */
    private static boolean saidFirst(AttributionContext ctx, Sentence s, int p, Lexicon lexicon) {
        int stop = Math.min(p, s.firstToken() + Windows.COORDINATED_PARTICIPLE_TOKENS);
        for (int k = s.firstToken() + 1; k < stop; k++) {
            Token t = ctx.tokens.get(k);
            if (ctx.cueAt[k] != null) {
                return ctx.cueAt[k].kind() == Lexicon.CueKind.VERB;
            }
            if (t.isLowerWord() && (PhraseShapes.pastShape(t.lower(), lexicon) || ClauseSubject.FINITE.contains(t.lower()))) {
                return false;
            }
        }
        return false;
    }

    /** Where what the cue after a series' comma reports ends: before the "and" (and its comma) of the series' last verb. */
    static int contentEnd(List<Token> tokens, Cue cue, Sentence s, Lexicon lexicon, int end) {
        int and = closing(tokens, cue, s, lexicon);
        return and < 0 ? end : Math.min(end, tokens.get(and - 1).is(",") ? and - 1 : and);
    }

    /** The "and" before the last verb of the series the cue's comma opens, a verb of the cue's form; -1 if none. */
    private static int closing(List<Token> tokens, Cue cue, Sentence s, Lexicon lexicon) {
        int first = s.firstToken();
        int p = ClauseShapes.skipAdverbsLeft(tokens, cue.firstToken() - 1, first);
        Token verb = tokens.get(cue.firstToken());
        if (cue.kind() != Lexicon.CueKind.VERB || p <= first + 1 || !tokens.get(p).is(",") || !verb.isLowerWord()
                || cue.endToken() >= s.endToken() || tokens.get(cue.endToken()).is("by")) {
            return -1;
        }
        boolean past = PhraseShapes.pastShape(verb.lower(), lexicon);
        if (!past && !WordForms.endsInSingleS(verb.lower())) {
            return -1;
        }
        int stop = Math.min(s.endToken(), cue.endToken() + Windows.COORDINATED_PARTICIPLE_TOKENS);
        for (int k = cue.endToken() + 1; k + 1 < stop; k++) {
            Token t = tokens.get(k);
            if (t.is(";") || t.is(":")) {
                return -1;
            }
            if (t.is("and")) {
                Token next = tokens.get(ClauseShapes.skipAdverbsRight(tokens, k + 1, stop));
                if (next.isLowerWord() && (past ? PhraseShapes.pastShape(next.lower(), lexicon) : WordForms.endsInSingleS(next.lower()))) {
                    return k;
                }
            }
        }
        return -1;
    }
}
