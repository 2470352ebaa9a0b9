package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Does Hanor welcome this offer?", "Did the minister reject the plan?": a sentence opened by an auxiliary and closed
 * by a question mark asks whether its subject said something, so the cue right after that subject reports nothing
 * said. A cue in a clause of its own inside the question ("Have you heard that she is saying ...?") is left alone.
 */
final class InvertedQuestion {

    /** Words that open another clause between the auxiliary and the cue, whose verb is then not the question's. */
    private static final Set<String> CLAUSE_OPENERS = WordSet.of("that", "who", "which", "whether", "if", "when",
            "because", "and", "or", "but");

    private InvertedQuestion() {
    }

    /** Whether the cue at token {@code i} is the verb of a question its sentence puts: an auxiliary, a subject, the cue. */
    static boolean asks(List<Token> t, int i, Sentence s) {
        int first = s.firstToken();
        for (int k = i - 1; k > first; k--) {
            Token w = t.get(k);
            if (w.is(":")) {
                // "Question: Does the Ministry expect ...?": a transcript's label opens the turn, not the question.
                first = k + 1;
                break;
            }
            if (k < i - Windows.INVERTED_SUBJECT_TOKENS - 1 && w.type() != Token.Type.QUOTE) {
                // Whatever opens the sentence is too far from the cue to be its auxiliary; reading on to the sentence's
                // start made a sentence of a million words quadratic.
                return false;
            }
        }
        while (first < i && t.get(first).type() == Token.Type.QUOTE) {
            first++;
        }
        int last = s.endToken() - 1;
        while (last > i && t.get(last).type() == Token.Type.QUOTE) {
            last--;
        }
        if (i - first < 2 || i - first > Windows.INVERTED_SUBJECT_TOKENS + 1 || !FunctionWords.FINITE_AUXILIARIES.contains(t.get(first).lower())
                || !t.get(last).is("?")) {
            return false;
        }
        for (int k = first + 1; k < i; k++) {
            Token w = t.get(k);
            if (CLAUSE_OPENERS.contains(w.lower()) || w.type() == Token.Type.QUOTE || w.is(":") || w.is(";")) {
                return false;
            }
        }
        return true;
    }
}
