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
    /** Words after "to" that open a noun phrase (the one promised), not a verb phrase. */
    private static final Set<String> LISTENER_OPENERS = Lexicon.words(List.of(Lexicon.ARTICLES,
            Lexicon.POSSESSIVES, Lexicon.DEMONSTRATIVES), "him", "them", "me", "us", "you", "all", "every", "each",
            "some", "many", "both", "god");

    private Commissives() {
    }

    /** Whether the cue is a verb of commitment and token {@code from} opens the infinitive of what was promised. */
    static boolean infinitive(List<Token> tokens, Cue cue, int from, int end) {
        if (cue.endToken() - cue.firstToken() != 1 || !FORMS.contains(tokens.get(cue.firstToken()).lower())
                || from + 1 >= end || !tokens.get(from).is("to")) {
            return false;
        }
        int verb = ClauseShapes.skipAdverbsRight(tokens, from + 1, end);
        Token t = tokens.get(verb);
        String w = t.lower();
        // A bare verb is lower case and has no plural -s: "to ban", "to discuss"; not "to voters", "to Congress".
        return t.isWord() && !t.isCapitalized() && !LISTENER_OPENERS.contains(w)
                && !WordForms.pluralShape(w);
    }
}
