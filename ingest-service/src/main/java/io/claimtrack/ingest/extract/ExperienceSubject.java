package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "He said facing his brother in the final felt “odd, then great.”", "Winning the cup felt “unreal”": a gerund clause
 * as the subject of "felt" makes the verb "seemed", an experience described inside whatever sentence holds it, no one
 * feeling a view; its last noun ("the final") is no speaker. "Holm felt “cheated”" and "The long morning felt
 * “endless”" (a noun ending in "-ing" after its modifiers) are left. Asked by {@link CueSense}.
 */
final class ExperienceSubject {

    /** The shortest gerund: "doing"; "sing" and "king" are no gerunds. */
    private static final int SHORTEST_GERUND = 5;

    private ExperienceSubject() {
    }

    /**
     * Whether a gerund with its object opens the clause whose verb is token {@code i}: right after the sentence's start,
     * "that" or a verb of saying, with only words up to the verb (at most {@link Windows#CLAUSE_SUBJECT_TOKENS}).
     */
    static boolean before(List<Token> t, int i, Sentence s) {
        for (int k = i - 2; k >= Math.max(s.firstToken(), i - Windows.CLAUSE_SUBJECT_TOKENS); k--) {
            Token tok = t.get(k + 1);
            if (!tok.isWord()) {
                return false;
            }
            if (gerundOpening(t, k, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean gerundOpening(List<Token> t, int k, Sentence s) {
        Token tok = t.get(k);
        String w = tok.lower();
        if (!tok.isWord() || !w.endsWith("ing") || w.length() < SHORTEST_GERUND || t.get(k + 1).isCapitalized()) {
            // "Fleming Holm felt": a name, not a gerund and its object.
            return false;
        }
        return k == s.firstToken() || !tok.isCapitalized()
                && (t.get(k - 1).is("that") || FunctionWords.SAY_TELL.contains(t.get(k - 1).lower()));
    }
}
