package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * "a London-based firm", "the Portsmouth, Delmar-based company": a capitalised word made an adjective by its hyphened
 * participle, and the places listed before it, say where someone is, naming no one.
 */
final class PlaceAdjectives {

    /** The participles after a hyphen that make an adjective of a capitalised word: "German-born", "Oslo-based". */
    private static final Set<String> ATTRIBUTIVE_ENDINGS = WordSet.of("born", "based", "led", "owned", "backed", "run",
            "funded", "made", "speaking", "style", "bred", "raised", "trained", "educated");

    private PlaceAdjectives() {
    }

    /** "German-born", "Oslo-based". */
    static boolean attributive(Token t) {
        int hyphen = t.lower().lastIndexOf('-');
        return hyphen > 0 && t.isCapitalized() && ATTRIBUTIVE_ENDINGS.contains(t.lower().substring(hyphen + 1));
    }

    /**
     * Where a description opens whose place adjective at token {@code at} follows a list of places after an article:
     * "the Portsmouth, Delmar-based company" opens at "the", though its comma ends a phrase; else {@code at}.
     */
    static int listStart(List<Token> tokens, int at, int first) {
        if (!attributive(tokens.get(at))) {
            return at;
        }
        int k = at - 1;
        while (k - 1 >= first && tokens.get(k).is(",") && tokens.get(k - 1).isCapitalized()) {
            k -= 2;
            while (k > first && tokens.get(k).isCapitalized() && !tokens.get(k).is("the")) {
                k--;
            }
            if (tokens.get(k).is("the")) {
                return k;
            }
        }
        return at;
    }

    /**
     * For each token of a phrase, whether it is a place adjective or one of the places listed before it; read from the
     * phrase's end once, since asking token by token rescans a long run of capitalised words for each of them.
     */
    static boolean[] placeWords(List<Token> span) {
        boolean[] place = new boolean[span.size() + 1];
        for (int j = span.size() - 1; j >= 0; j--) {
            Token t = span.get(j);
            place[j] = attributive(t) || (t.isCapitalized() || t.is(",")) && !t.is("the") && place[j + 1];
        }
        return place;
    }
}
