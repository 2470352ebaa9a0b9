package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "Witnesses from the islands described the effect of the cancellations on daily life": what was described is named
 * as a topic, as "briefed the council on the closures", no words given. "described the effect of the cuts as
 * devastating" gives a verdict and stays.
 */
final class DescribedTopic {

    /** Topics a description covers without saying anything of them: "the effect of", "the impact of". */
    private static final Set<String> TOPICS = WordSet.of("effect", "effects", "impact", "impacts");

    private DescribedTopic() {
    }

    /** Whether the object right after "described" (at {@code next}) is "the effect of ..." with no "as" within a phrase. */
    static boolean at(List<Token> t, int next, Sentence s) {
        if (next + 2 >= s.endToken() || !FunctionWords.ARTICLES_OR_POSSESSIVES.contains(t.get(next).lower())
                || !TOPICS.contains(t.get(next + 1).lower()) || !t.get(next + 2).is("of") && !t.get(next + 2).is("on")) {
            return false;
        }
        for (int k = next + 3; k < Math.min(s.endToken(), next + Windows.PHRASE_TOKENS); k++) {
            if (t.get(k).is("as") || t.get(k).is("that") || t.get(k).type() == Token.Type.QUOTE) {
                return false;
            }
        }
        return true;
    }
}
