package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * Verbs in a title or its deck, above the story's first paragraph, where headlinese gives them senses of their own:
 * a deck's bullets "* Operators want lower prices, more time to pay" and "* Minister wants bids by May" tell a wish
 * or an intent, no words (the settled convention); "* Central bank holds rates, governor sees no cut before 2031" gives a forecast, as
 * "IMF sees growth slowing" does, a view without the "as" prose needs ("sees the vote as a test"). In the story
 * itself both are left to their ordinary reading.
 */
final class DeckVerbs {

    /** Verbs of wish or intent: "wants", "plans". */
    private static final Set<String> WISHES = WordForms.verbForms("want", "plan/planned");
    /** Verbs of forecast: "sees", "saw". */
    private static final Set<String> FORECASTS = WordForms.verbForms("see/saw/seen");

    private DeckVerbs() {
    }

    /**
     * Whether the cue word at {@code i} is a wish or an intent in a deck's bullet, a verb before its object, which may
     * open with a figure ("* Union wants 9% raise"). A title's "Hollis wants one more race" is left: the story's
     * descriptions of him are read against it.
     */
    static boolean wish(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        return WISHES.contains(t.get(i).lower()) && doc.block(s.block()).kind() == Block.Kind.BULLET
                && i + 1 < s.endToken() && (t.get(i + 1).isWord() || t.get(i + 1).type() == Token.Type.NUMBER) && deck(doc, s);
    }

    /** Whether the cue word at {@code i} is a forecast in a title or deck line: "governor sees no cut". */
    static boolean forecast(AnnotatedDocument doc, int i, Sentence s) {
        List<Token> t = doc.tokens;
        return FORECASTS.contains(t.get(i).lower()) && i + 1 < s.endToken() && t.get(i + 1).isWord() && deck(doc, s);
    }

    /** A heading or bullet among the document's first blocks with no paragraph before it. */
    private static boolean deck(AnnotatedDocument doc, Sentence s) {
        int b = s.block();
        Block.Kind kind = doc.block(b).kind();
        if (b >= ResolutionWindows.TOP_BLOCKS || kind != Block.Kind.HEADLINE && kind != Block.Kind.BULLET) {
            return false;
        }
        for (int k = 0; k < b; k++) {
            if (doc.block(k).kind() == Block.Kind.PARAGRAPH) {
                return false;
            }
        }
        return true;
    }
}
