package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "if the depreciation of the currency threatened the inflation outlook", "the imports threatened its security", "a
 * pending ballot initiative threatened to raise the wage": a thing that threatens puts something at risk, no one
 * commits to an act; a person, body or group ("the union threatened to strike", "Iran will threaten") still does.
 * Asked by {@link CueSense} for "threaten".
 */
final class ThreateningThing {

    /** How far back from the verb the subject's determiner may stand: "the slide of the krone", "new tariffs on grain". */
    private static final int PHRASE_TOKENS = 6;
    /** Prepositions inside the subject's phrase. */
    private static final Set<String> INNER_PREPOSITIONS = WordSet.union(List.of(FunctionWords.TOPIC_PREPOSITIONS), "in");

    private ThreateningThing() {
    }

    /**
     * Whether the verb at token {@code i} has for subject a common noun phrase opened by a determiner ("the", "a", a
     * possessive) of lower-case words, none of which names one who could speak.
     */
    static boolean subject(Lexicon lexicon, List<Token> t, int i, Sentence s) {
        int k = ClauseShapes.skipAdverbsLeft(t, i - 1, s.firstToken());
        for (int j = k; j >= Math.max(s.firstToken(), k - PHRASE_TOKENS); j--) {
            Token tok = t.get(j);
            String w = tok.lower();
            if (j < k && FunctionWords.DETERMINERS.contains(w)) {
                return true;
            }
            if (!tok.isWord() || tok.isCapitalized() && j > s.firstToken() || speaks(lexicon, tok)
                    || FunctionWords.NP_BREAKERS.contains(w) && !(j < k && INNER_PREPOSITIONS.contains(w))) {
                return false;
            }
        }
        return false;
    }

    private static boolean speaks(Lexicon lexicon, Token noun) {
        String w = lexicon.headKey(noun.lower());
        return lexicon.isSpeakerNoun(noun) || lexicon.isPersonNoun(w) || lexicon.isPersonNoun(WordForms.singular(w));
    }
}
