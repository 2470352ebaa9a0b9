package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Verbs of commitment ("promised", "pledges", "vowed", "threatened", "swore") take what was promised as an
 * infinitive: "Holm vowed to veto the bill" commits her to an act in her own words, so "to veto the bill" is
 * what she said. "Holm pledged to voters", "vowed to the crowd" name whom it was said to, and say nothing yet.
 */
final class Commissives {

    private static final Set<String> FORMS = WordForms.verbForms("promise", "pledge", "vow", "threaten",
            "swear/swore/sworn");

    private Commissives() {
    }

    /** Whether the lower-case word is a verb of commitment: "vows", "threatened". */
    static boolean is(String lower) {
        return FORMS.contains(lower);
    }

    /** Whether the cue is a verb of commitment and token {@code from} opens the infinitive of what was promised. */
    static boolean infinitive(List<Token> tokens, Cue cue, int from, int end) {
        return cue.endToken() - cue.firstToken() == 1 && FORMS.contains(tokens.get(cue.firstToken()).lower())
                && ClauseShapes.opensInfinitive(tokens, from, end);
    }
}
