package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "what local papers call the “harbour affair”", "what the industry calls “shrink”", "what the press has dubbed the
 * Ferry Wars": a name the press or a trade gives a thing is a term in use, no one's statement. "what he calls “a
 * scandal”" and "what critics call a land grab" are left: a person's or a side's own words.
 */
final class CoinedTerms {

    /** The press and a trade, whose names for things are terms of art. */
    private static final Set<String> COINERS = WordSet.of("papers", "newspapers", "press", "media", "tabloids", "headlines",
            "industry", "trade");
    /** Verbs of naming a thing. */
    private static final List<String> NAMING = List.of("call", "dub");

    private CoinedTerms() {
    }

    /** Whether the verb at token {@code i} names a thing in a "what" clause whose subject is the press or a trade. */
    static boolean at(List<Token> t, int i, Sentence s) {
        if (!WordForms.startsWithAny(t.get(i).lower(), NAMING)) {
            return false;
        }
        int k = i - 1;
        while (k > s.firstToken() && FunctionWords.HAVE_FORMS.contains(t.get(k).lower())) {
            k--;
        }
        if (k <= s.firstToken() || !COINERS.contains(t.get(k).lower())) {
            return false;
        }
        // The subject's modifiers back to "what": "what local papers", "what the Ostland press".
        for (int j = k - 1; j >= Math.max(s.firstToken(), k - Windows.DETERMINED_PHRASE_TOKENS); j--) {
            Token tok = t.get(j);
            if (tok.is("what")) {
                return true;
            }
            if (!tok.isWord()) {
                return false;
            }
        }
        return false;
    }
}
