package io.claimtrack.ingest.extract;

import java.util.List;

/**
 * "The reference laboratory has confirmed the outbreak strain as Vibrio cholerae O1": a thing confirmed as what its
 * name says it is, a finding that identifies it, no words of the confirmer's (round 59, the fifty-eighth conventions'
 * laboratory). "confirmed that the strain was Vibrio" and "confirmed the plan as necessary" stay statements.
 */
final class IdentifiedAs {

    private IdentifiedAs() {
    }

    /**
     * Whether the object right after "confirmed" (at {@code next}) is a determiner, a few lower-case words and "as" before
     * a capitalised name, within {@link Windows#DECLARED_OBJECT_TOKENS}.
     */
    static boolean at(List<Token> t, int next, Sentence s) {
        if (next >= s.endToken() || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower())) {
            return false;
        }
        int end = Math.min(s.endToken() - 1, next + Windows.DECLARED_OBJECT_TOKENS + 1);
        for (int k = next + 1; k < end && t.get(k).isLowerWord(); k++) {
            if (t.get(k).is("as")) {
                return k > next + 1 && t.get(k + 1).isWord() && t.get(k + 1).isCapitalized();
            }
        }
        return false;
    }
}
