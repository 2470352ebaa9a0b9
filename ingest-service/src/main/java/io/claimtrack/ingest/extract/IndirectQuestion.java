package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Asked if she believed the plan would work, Ruiz said ...": a verb of saying or thinking inside a question
 * put to someone is what was asked, not what anyone asserted; the answer after the comma is the statement.
 */
final class IndirectQuestion {

    private static final Set<String> ASK = WordSet.of("ask", "asks", "asked", "asking");
    private static final Set<String> OPENERS = WordSet.of("if", "whether");

    private IndirectQuestion() {
    }

    /** True when the cue at token {@code i} follows "asked (someone) if/whether" and a short subject. */
    static boolean asked(List<Token> t, int i, Sentence s) {
        int k = i - 1;
        int from = Math.max(s.firstToken(), i - Windows.QUESTION_SUBJECT_TOKENS - 1);
        while (k >= from && t.get(k).isWord() && !OPENERS.contains(t.get(k).lower())) {
            k--;
        }
        if (k < from || k == i - 1 || !OPENERS.contains(t.get(k).lower())) {
            return false;
        }
        // "asked if", "asked Mayor Holm whether", "asked by reporters if".
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - 1 - Windows.ASKED_OBJECT_TOKENS); j--) {
            Token w = t.get(j);
            if (ASK.contains(w.lower())) {
                return true;
            }
            if (!w.isWord() && !CueSense.abbreviationPeriod(t, j, s.firstToken())) {
                return false;
            }
        }
        return false;
    }
}
