package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "what local papers call the “harbour affair”", "what the industry calls “shrink”", "what the press has dubbed the
 * Ferry Wars", "a mill that locals call “the Castle”": a name the press, a trade or a place's people give a thing is a
 * term in use, no one's statement. "what he calls “a
 * scandal”" and "what critics call a land grab" are left: a person's or a side's own words.
 */
final class CoinedTerms {

    /** The press and a trade, whose names for things are terms of art. */
    private static final Set<String> COINERS = WordSet.of("papers", "newspapers", "press", "media", "tabloids", "headlines",
            "industry", "trade");
    /** Who give a place or a building its nickname: "that locals call “the Anvil”", "which people in Dunford call". */
    private static final Set<String> LOCALS = WordSet.of("people", "locals", "residents", "townspeople", "townsfolk",
            "villagers", "neighbors", "neighbours", "regulars");
    /** Verbs of naming a thing. */
    private static final List<String> NAMING = List.of("call", "dub");

    private CoinedTerms() {
    }

    /**
     * Whether the verb at token {@code i} names a thing in a "what" clause whose subject is the press or a trade, or
     * gives a place's nickname in a relative clause whose subject is its locals.
     */
    static boolean at(List<Token> t, int i, Sentence s) {
        if (!WordForms.startsWithAny(t.get(i).lower(), NAMING)) {
            return false;
        }
        if (localNickname(t, i, s)) {
            return true;
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

    /**
     * "a 1930s water tower that locals call “the Thimble”", "the bridge, which people in Orwick dub “the Harp,”": a
     * nickname in use, quoted right after the verb, in a relative clause whose subject is the place's people ("in X" may
     * follow them); "a plan that critics call “reckless”" is left, a side's own words.
     */
    private static boolean localNickname(List<Token> t, int i, Sentence s) {
        if (i + 1 >= s.endToken() || t.get(i + 1).type() != Token.Type.QUOTE) {
            return false;
        }
        boolean locals = false;
        for (int j = i - 1; j >= Math.max(s.firstToken(), i - Windows.DETERMINED_PHRASE_TOKENS); j--) {
            Token tok = t.get(j);
            if (tok.is("that") || tok.is("which")) {
                return locals;
            }
            if (!tok.isWord()) {
                return false;
            }
            locals |= LOCALS.contains(tok.lower());
        }
        return false;
    }
}
