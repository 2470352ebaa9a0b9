package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/** What may stand between a name opening its sentence and its verb: a parenthesis, an age, an apposition. */
final class SubjectAsides {

    /** Prepositions that open a circumstance or an affiliation ("of the Tarn Trust") between a subject and its verb. */
    private static final Set<String> CIRCUMSTANCE = WordSet.of("in", "at", "after", "with", "despite", "like", "unlike", "since", "of");
    private static final Set<String> PERSON_POSSESSIVES = WordSet.of("his", "her", "their");

    private SubjectAsides() {
    }

    /**
     * The token after an aside that opens at {@code k} right after a name, or {@code k}: a parenthesis ("Former Rep.
     * Lars Ekberg (R-Ore.) was ..."), an age, or an apposition opened by an article and closed by a comma before a
     * verb ("Sten Varga, a former dock organizer, had backed ..."), or a circumstance ("Ona Lind, in her first season,
     * said") or an affiliation ("Ada Holm, of the Tarn Valley Trust, led"), the verb being what tells a subject.
     */
    static int after(List<Token> tokens, int k) {
        int close = end(tokens, k);
        // "Ann Vik, a nurse, and Tom Lund were there": a conjunct, not a subject with its verb.
        return close < 0 || close + 1 >= tokens.size() || FunctionWords.COORDINATORS.contains(tokens.get(close + 1).lower()) ? k : close + 1;
    }

    /**
     * An apposition's article, or what opens a circumstance set off by commas: "Ona Lind, in her first season behind
     * the bench, said", "Tom Vik, called up from the minors in March, beat"; a person's possessive opens an apposition
     * or a scene of the subject's own ("Tom Vik, his voice breaking, apologized"), as a noun and a preposition before
     * it do.
     */
    private static boolean opensAside(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return FunctionWords.ARTICLES.contains(t.lower()) || CIRCUMSTANCE.contains(t.lower())
                || PhraseShapes.participle(t) || PERSON_POSSESSIVES.contains(t.lower()) || ownScene(tokens, i);
    }

    /**
     * A scene of the subject's own opened by a bare noun and a preposition before the possessive: "Tom Vik, flour on
     * his sleeves, waved", "Ada Holm, cap in her hand, walked"; not "according to his lawyer", a source.
     */
    private static boolean ownScene(List<Token> tokens, int i) {
        return i + 2 < tokens.size() && tokens.get(i).isLowerWord() && !tokens.get(i).is("according")
                && CueStage.PREPOSITIONS.contains(tokens.get(i + 1).lower()) && PERSON_POSSESSIVES.contains(tokens.get(i + 2).lower());
    }

    /** The comma or parenthesis closing the aside that opens at {@code k}; -1 if none opens there. */
    private static int end(List<Token> tokens, int k) {
        if (k + 2 >= tokens.size()) {
            return -1;
        }
        boolean parenthesis = tokens.get(k).is("(");
        if (tokens.get(k).is(",") && tokens.get(k + 1).type() == Token.Type.NUMBER) {
            // "Emil Varga, 79, works on a pocket watch": an age.
            return tokens.get(k + 2).is(",") ? k + 2 : -1;
        }
        if (!parenthesis && !(tokens.get(k).is(",") && opensAside(tokens, k + 1))) {
            return -1;
        }
        for (int i = k + 2; i < tokens.size() && i - k <= Windows.ASIDE_TOKENS; i++) {
            Token t = tokens.get(i);
            if (parenthesis ? t.is(")") : t.is(",")) {
                return i;
            }
            if (t.is("(") || t.is(";") || !parenthesis && !t.isWord() && t.type() != Token.Type.NUMBER && !t.is("-")
                    && !SubjectPhrase.possessiveMark(tokens, i)) {
                return -1;
            }
        }
        return -1;
    }
}
