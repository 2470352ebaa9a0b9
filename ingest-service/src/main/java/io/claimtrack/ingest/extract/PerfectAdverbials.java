package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Adverbials a perfect auxiliary takes before its participle that are no "-ly" adverb: "has since said", "has
 * nevertheless called", "has twice complained", "has in the past described", "have in particular noted".
 * Only right after "has", "have", "had" or a contracted one ("she’s since said") are they part of the verb
 * group; "since Monday" elsewhere is a time.
 */
final class PerfectAdverbials {

    static final Set<String> WORDS = WordSet.of("since", "nevertheless", "nonetheless", "twice", "both", "all",
            "each", "too", "ever");
    /** Phrases, last word first, so the scan can match leftwards from the participle. */
    private static final List<List<String>> PHRASES = List.of(List.of("past", "the", "in"), List.of("particular", "in"),
            List.of("times", "at"), List.of("occasion", "on"), List.of("years", "for"), List.of("months", "for"),
            List.of("decades", "for"), List.of("least", "at"));

    private PerfectAdverbials() {
    }

    /**
     * When token {@code p} ends such an adverbial right after a perfect auxiliary, the auxiliary's index;
     * {@code p} otherwise.
     */
    static int auxiliaryBefore(List<Token> tokens, int p, int first) {
        if (p - 1 < first) {
            return p;
        }
        if (tokens.get(p).in(WordClass.PERFECT_ADVERB) && perfect(tokens.get(p - 1))) {
            return p - 1;
        }
        for (List<String> phrase : PHRASES) {
            int k = p;
            int i = 0;
            while (i < phrase.size() && k >= first && tokens.get(k).is(phrase.get(i))) {
                i++;
                k--;
            }
            if (i == phrase.size() && k >= first && perfect(tokens.get(k))) {
                return k;
            }
        }
        return p;
    }

    /** Whether the participle at {@code verb} is a perfect's: "have complained", "has since warned", "they’ve argued". */
    static boolean perfectAt(List<Token> tokens, int verb, int first) {
        return verb - 1 >= first && perfect(tokens.get(auxiliaryBefore(tokens, verb - 1, first)));
    }

    /** "has", "had", or a pronoun with its contracted auxiliary ("she’s", "they’ve"). */
    private static boolean perfect(Token t) {
        return FunctionWords.HAVE_FORMS.contains(t.lower()) || PhraseShapes.contractedPronoun(t) > 0;
    }
}
