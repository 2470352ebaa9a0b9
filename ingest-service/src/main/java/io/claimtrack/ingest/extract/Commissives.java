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
    /**
     * Verbs whose infinitive is always their subject's own, never a passive's ("sworn to secrecy" is one): a
     * commitment, or a plea for what the pleaders want done.
     */
    private static final Set<String> OWN_INFINITIVE = WordForms.verbForms("promise", "pledge", "vow", "threaten", "plead");

    private Commissives() {
    }

    /** Whether the lower-case word is a verb of commitment: "vows", "threatened". */
    static boolean is(String lower) {
        return FORMS.contains(lower);
    }

    /**
     * "Parents pleaded to keep the routes", "Union vows to strike" in a headline or deck: the verb at {@code i} with
     * its infinitive at {@code next} is active, where headlinese drops the "was" of "Mayor urged to resign".
     */
    static boolean ownInfinitive(List<Token> tokens, int i, int next, int end) {
        return OWN_INFINITIVE.contains(tokens.get(i).lower()) && ClauseShapes.opensInfinitive(tokens, next, end);
    }

    /** Whether the cue is a verb of commitment and token {@code from} opens the infinitive of what was promised. */
    static boolean infinitive(List<Token> tokens, Cue cue, int from, int end) {
        return cue.endToken() - cue.firstToken() == 1 && FORMS.contains(tokens.get(cue.firstToken()).lower())
                && ClauseShapes.opensInfinitive(tokens, from, end);
    }
}
