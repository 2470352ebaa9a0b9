package io.claimtrack.ingest.extract;

import java.util.List;

/** What may stand between a name opening its sentence and its verb: a parenthesis, an age, an apposition. */
final class SubjectAsides {

    private SubjectAsides() {
    }

    /**
     * The token after an aside that opens at {@code k} right after a name, or {@code k}: a parenthesis ("Former Rep.
     * Lars Ekberg (R-Ore.) was ..."), an age, or an apposition opened by an article and closed by a comma before a
     * verb ("Sten Varga, a former dock organizer, had backed ..."), the verb being what tells a subject.
     */
    static int after(List<Token> tokens, int k) {
        int close = end(tokens, k);
        // "Ann Vik, a nurse, and Tom Lund were there": a conjunct, not a subject with its verb.
        return close < 0 || close + 1 >= tokens.size() || Lexicon.COORDINATORS.contains(tokens.get(close + 1).lower()) ? k : close + 1;
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
        if (!parenthesis && !(tokens.get(k).is(",") && Lexicon.ARTICLES.contains(tokens.get(k + 1).lower()))) {
            return -1;
        }
        for (int i = k + 2; i < tokens.size() && i - k <= Windows.ASIDE_TOKENS; i++) {
            Token t = tokens.get(i);
            if (parenthesis ? t.is(")") : t.is(",")) {
                return i;
            }
            if (t.is("(") || t.is(";") || !parenthesis && !t.isWord() && t.type() != Token.Type.NUMBER && !t.is("-")) {
                return -1;
            }
        }
        return -1;
    }
}
