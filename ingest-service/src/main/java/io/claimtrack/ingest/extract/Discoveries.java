package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A discovery told as an event of the story: "The scheme came to light when a new clerk noticed that the firm shared
 * an address with the treasurer", "Staff learned of the leak only when a guard noticed that the floor was wet". Someone
 * brought in with "a" inside a time clause only marks when the fact became known; the narrator states the fact. A
 * discovery by someone the story follows ("When the mayor learned that ...") is left, as PolNeAR marks it.
 */
final class Discoveries {

    /** Verbs of finding out. */
    private static final Set<String> VERBS = WordForms.verbForms("notice", "discover", "realize", "realise", "spot",
            "learn/learned");
    /** Conjunctions that open a time clause. */
    private static final Set<String> TIME_CLAUSES = WordSet.of("when", "until", "after", "before", "once");

    private Discoveries() {
    }

    /** Whether the cue word at {@code i} is a discovery by someone indefinite in a time clause. */
    static boolean narrated(List<Token> t, int i, Sentence s) {
        if (!VERBS.contains(t.get(i).lower())) {
            return false;
        }
        if (toldTime(t, i, s)) {
            return true;
        }
        for (int k = i - 1; k > Math.max(s.firstToken(), i - Windows.DETERMINED_PHRASE_TOKENS); k--) {
            if (!t.get(k).isWord()) {
                return false;
            }
            if (FunctionWords.INDEFINITE_ARTICLES.contains(t.get(k).lower())) {
                return TIME_CLAUSES.contains(t.get(k - 1).lower());
            }
        }
        return false;
    }

    /**
     * "said he had sold 300 units before he realized the price was wrong": a pronoun's discovery in a time clause
     * after a verb of saying is part of what was said, no statement of its own.
     */
    private static boolean toldTime(List<Token> t, int i, Sentence s) {
        if (i - 2 <= s.firstToken() || !FunctionWords.SPEAKING_PRONOUNS.contains(t.get(i - 1).lower()) || !TIME_CLAUSES.contains(t.get(i - 2).lower())) {
            return false;
        }
        for (int k = i - 3; k >= s.firstToken(); k--) {
            if (FunctionWords.SAY_TELL.contains(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
