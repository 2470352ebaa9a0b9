package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "referred the tender to the anti-corruption office", "would refer any remaining dispute to arbitration": a matter
 * passed on to someone who deals with it, an act, as a counted "referred nine cases to" is ({@link CueSense}). A
 * spokesperson's "referred further queries to the campaign" sends the asking on, and PolNeAR marks it: left a cue.
 */
final class ReferredMatters {

    /** What is asked of a speaker, whose referral answers it: "referred questions to", "referred reporters to". */
    private static final Set<String> QUESTIONS = WordSet.of("queries", "query", "questions", "question", "inquiries",
            "enquiries", "inquiry", "enquiry", "requests", "request", "calls", "comment", "reporters", "journalists",
            "questioners", "callers");
    /** Quantifiers that open a matter's phrase besides the determiners: "any remaining dispute", "all such cases". */
    private static final Set<String> QUANTIFIERS = WordSet.of("any", "all", "each", "every");
    /** What may join a matter's phrase: "the findings on two firms", "the complaint against the mayor". */
    private static final Set<String> MATTER_LINKS = WordSet.union(List.of(FunctionWords.TOPIC_PREPOSITIONS), "against", "into");
    /** The longest object between the verb and its "to": "the Sellin pipeline tender", "the findings on two quarry firms". */
    private static final int OBJECT_TOKENS = 6;

    private ReferredMatters() {
    }

    /**
     * Whether a determiner at {@code next} opens an object of a few words, none a question asked, that runs to "to":
     * the matter and whom it is passed to.
     */
    static boolean passedOn(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !FunctionWords.DETERMINERS.contains(t.get(next).lower()) && !QUANTIFIERS.contains(t.get(next).lower())) {
            return false;
        }
        for (int k = next + 1; k < Math.min(s.endToken() - 1, next + 1 + OBJECT_TOKENS); k++) {
            Token tok = t.get(k);
            if (tok.is("to")) {
                return k > next + 1;
            }
            if (!tok.isWord() || QUESTIONS.contains(tok.lower())
                    || FunctionWords.NP_BREAKERS.contains(tok.lower()) && !MATTER_LINKS.contains(tok.lower())) {
                return false;
            }
        }
        return false;
    }
}
