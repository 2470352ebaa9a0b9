package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** Whether "asked" puts a question to someone, read from the words after it ({@link CueSense}). */
final class QuestionPut {

    /** Whom a relative clause may follow: "asked anyone who", "asked those who". */
    private static final Set<String> INDEFINITES = WordSet.of("anyone", "anybody", "everyone", "everybody", "someone",
            "somebody", "those", "all");

    private QuestionPut() {
    }

    /**
     * "asked whether ...", "asked Mayor Holm why ...", "asked reporters about the toll", "asked his question.": a
     * question put to someone, its object a few words at most. "asked the board to cut fares" and "asked, “Why ...?”" are left as they are, and
     * so is "asked anyone who had been aboard to stay home", whose "who" opens a relative clause on the one asked.
     */
    static boolean follows(List<Token> t, int next, Sentence s) {
        if (next + 2 < s.endToken() && FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower())
                && EmptyTurns.QUESTION_NOUNS.contains(WordForms.singular(t.get(next + 1).lower())) && t.get(next + 2).closesSentence()) {
            // "The member has asked his question.": the question put, its words not given.
            return true;
        }
        for (int k = next; k < Math.min(s.endToken(), next + Windows.ASKED_OBJECT_TOKENS + 1); k++) {
            Token tok = t.get(k);
            if (FunctionWords.QUESTION_WORDS.contains(tok.lower()) && !(k > next && INDEFINITES.contains(t.get(k - 1).lower())) || tok.is("about")) {
                return true;
            }
            if (tok.is(",") && k > next) {
                // "asked the Minister, further to the union's warning that ..., what support": past the premise.
                return PremisedQuestion.end(t, k + 1, s) > 0;
            }
            if (!tok.isWord() && !CueSense.abbreviationPeriod(t, k, next) || tok.is("to") || tok.is("that")) {
                return false;
            }
        }
        return false;
    }
}
