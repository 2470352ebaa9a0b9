package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A wish for a state of a thing, as the narrator tells it: "The town wants it gone", "Residents want courts moved";
 * and a person's wish that others act, "She wants the council to try shorter hours first", the pronoun opening the
 * sentence (the sixtieth round's ruling: a wish, no report of speech). A body's "wants the operator to hire 40 more
 * deckhands" stays its demand, a position, as PolNeAR marks it. No words are given (as a deck's "Minister wants bids by May"). Part of {@link SceneActs}.
 */
final class WishedOutcome {

    /** States wished for that do not end in "-ed": "wants it gone". */
    private static final Set<String> STATES = WordSet.of("gone", "done", "shut");
    /** Bare quantifiers that stand for some of a group of people: "Some", "Others", "Many". */
    private static final Set<String> SOME = WordSet.of("some", "others", "many", "most", "few");

    private WishedOutcome() {
    }

    /**
     * "Some want more than a farewell.", "Others want the pool kept": a wish of a part of a group the narrator does not
     * name, its bare quantifier the whole subject opening the sentence, as "Not all analysts believe it" ({@link
     * NegativeSubject}) is no one's: the narrator's turn to the voices that follow.
     */
    static boolean ofSome(List<Token> t, int i, Sentence s) {
        return i == s.firstToken() + 1 && SOME.contains(t.get(s.firstToken()).lower());
    }

    /**
     * Whether the words from {@code next}, after "wants" at {@code i}, are a short object and the state wished for it,
     * closing a clause, or a person's wish that the object act.
     */
    static boolean at(List<Token> t, int i, int next, Sentence s) {
        if (next >= s.endToken() || !t.get(next).isWord() || t.get(next).is("to")) {
            return false;
        }
        // The person opens the narrator's sentence: "suggests that he wants the port to take" is another's reading of him.
        if (i - 1 == s.firstToken() && FunctionWords.PERSON_PRONOUNS.contains(t.get(i - 1).lower()) && othersTo(t, next, s)) {
            return true;
        }
        int end = Math.min(s.endToken(), next + Windows.NOUN_PHRASE_WORDS + 2);
        for (int k = next + 1; k < end; k++) {
            Token w = t.get(k);
            if (w.isLowerWord() && (w.lower().endsWith("ed") || STATES.contains(w.lower()))) {
                return k + 1 == s.endToken() || !t.get(k + 1).isWord();
            }
            if (!w.isWord()) {
                return false;
            }
        }
        return false;
    }

    /** "wants the council to try ...", "wants him to stay": a short object, then "to" and a verb. */
    private static boolean othersTo(List<Token> t, int next, Sentence s) {
        int end = Math.min(s.endToken() - 1, next + Windows.NOUN_PHRASE_WORDS + 1);
        for (int k = next + 1; k < end; k++) {
            if (t.get(k).is("to")) {
                return t.get(k + 1).isLowerWord();
            }
            if (!t.get(k).isWord()) {
                return false;
            }
        }
        return false;
    }
}
