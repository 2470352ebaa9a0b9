package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A wish for a state of a thing, as the narrator tells it: "The town wants it gone", "Residents want courts moved".
 * No words are given (as a deck's "Minister wants bids by May"). "wants the council to try shorter hours" is left a
 * position: PolNeAR marks "X wants Y to Z" as one, while sets Z and BN leave it none. Part of {@link SceneActs}.
 */
final class WishedOutcome {

    /** States wished for that do not end in "-ed": "wants it gone". */
    private static final Set<String> STATES = WordSet.of("gone", "done", "shut");

    private WishedOutcome() {
    }

    /** Whether the words from {@code next}, after "wants", are a short object and the state wished for it, closing a clause. */
    static boolean at(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !t.get(next).isWord() || t.get(next).is("to")) {
            return false;
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
}
