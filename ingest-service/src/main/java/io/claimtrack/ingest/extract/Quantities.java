package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.Set;

/**
 * A share of people as the speaker, as polls report them: "47 percent said", "About three in 10 said",
 * "42% say", "half of Republicans say", "a majority of voters said". No capitalised word or role names them,
 * so the noun-phrase scan alone does not take them for speakers.
 */
final class Quantities {

    /** "half", "a third", "two-thirds": the parts a figure names, which "about" may hedge. */
    private static final Set<String> FRACTIONS = WordSet.of("half", "third", "thirds", "quarter", "quarters", "fourths",
            "fifth", "fifths");
    private static final Set<String> SHARES = WordSet.union(List.of(FRACTIONS), "majority", "majorities", "plurality",
            "minority", "most", "share", "proportion", "percentage");
    private static final Set<String> NUMBER_WORDS = WordSet.union(List.of(FunctionWords.NUMBER_WORDS), "one");
    /** "about", "more than", "fewer than": words that hedge the figure. */
    static final Set<String> HEDGES = WordSet.of("about", "nearly", "almost", "roughly", "around", "approximately", "some",
            "just", "only", "over", "under", "than", "more", "fewer", "less", "a", "the", "another", "fully", "barely", "least",
            "at", "as", "many");
    /** "at least", "at most": bounds on a figure. */
    private static final Set<String> AT_BOUNDS = WordSet.of("least", "most");
    /** "of them", "of us": the group a share is taken from may be a pronoun. */
    private static final Set<String> GROUP_OBJECTS = WordSet.of("them", "us", "those");
    /** Longest head after the figure: "of Democratic primary voters in Ohio" is cut before "in". */
    private static final int HEAD_TOKENS = 5;
    /** Where a share's people are or were asked, after its head: "half of voters in each state", "across the four states". */
    private static final Set<String> TAIL_PREPOSITIONS = WordSet.of("in", "across");

    private Quantities() {
    }

    /**
     * Start of the share phrase ending at token {@code last}, or -1 when the phrase names no share of people. A
     * place or poll after the head belongs to the phrase: "Sixty percent of voters in the state", "Some 20 percent
     * of people in a recent CNN/ORC poll".
     */
    static int shareStart(List<Token> tokens, int last, int first) {
        int core = coreStart(tokens, last, first);
        for (int k = last; core < 0 && k > first + 1 && last - k < Windows.SHARE_TAIL_TOKENS; k--) {
            Token t = tokens.get(k);
            if (TAIL_PREPOSITIONS.contains(t.lower())) {
                return k < last ? coreStart(tokens, k - 1, first) : -1;
            }
            if (!(t.isWord() || t.type() == Token.Type.NUMBER || t.is("/")) || FunctionWords.NP_BREAKERS.contains(t.lower())) {
                return -1;
            }
        }
        return core;
    }

    /**
     * The share phrase ending at token {@code last} as a speaker, when one starts at or after {@code first}: "with
     * 22 percent saying", "compared with 23 percent who said"; null when none does. A share word must take its
     * group with "of" ("the share of pilots"), so "the most telling" and "Minority Leader Harry Reid" are none.
     */
    static Mention endingAt(AttributionContext ctx, int last, int first) {
        List<Token> tokens = ctx.tokens;
        int share = last >= first ? shareStart(tokens, last, first) : -1;
        if (share < 0) {
            return null;
        }
        for (int k = share; k <= last; k++) {
            if (isShare(tokens.get(k)) && (k == last || !tokens.get(k + 1).is("of"))) {
                return null;
            }
        }
        int at = tokens.get(share).start();
        int to = tokens.get(last).end();
        return new Mention(at, to, ctx.doc.text(at, to), "", "", SpeakerKind.GROUP);
    }

    /** Start of the share phrase whose head ends at token {@code last}, or -1. */
    private static int coreStart(List<Token> tokens, int last, int first) {
        int core = last;
        int k = last;
        // The head after the figure: "10 Democratic registered voters", "percent of Democrats".
        while (k > first && last - k < HEAD_TOKENS && !isFigureEnd(tokens, k, first)) {
            Token t = tokens.get(k);
            if (!t.isWord() || FunctionWords.NP_BREAKERS.contains(t.lower()) && !t.is("of") && !GROUP_OBJECTS.contains(t.lower())) {
                return -1;
            }
            k--;
        }
        if (!isFigureEnd(tokens, k, first)) {
            return -1;
        }
        core = figureStart(tokens, k, first);
        if (core < 0) {
            return -1;
        }
        while (core > first && HEDGES.contains(tokens.get(core - 1).lower())) {
            core--;
        }
        return core;
    }

    /**
     * "about two-thirds, 67 percent, say", "roughly half, or 51 percent, said": a share whose figure follows it in an
     * apposition closed by the comma at token {@code comma}; the token before the apposition, or {@code comma}.
     */
    static int beforeApposedFigure(List<Token> tokens, int comma, int first) {
        int open = comma - 1;
        while (open > first && comma - open <= HEAD_TOKENS && !tokens.get(open).is(",")) {
            open--;
        }
        if (!tokens.get(comma).is(",") || open <= first || !tokens.get(open).is(",")) {
            return comma;
        }
        int figure = tokens.get(open + 1).is("or") ? open + 2 : open + 1;
        return figure < comma && !isShare(tokens.get(comma - 1)) && coreStart(tokens, comma - 1, figure) == figure ? open - 1 : comma;
    }

    /** "percent", "%", the second number of "three in 10", or a share word. */
    private static boolean isFigureEnd(List<Token> tokens, int k, int first) {
        Token t = tokens.get(k);
        if (t.is("percent") || t.is("%") || isShare(t)) {
            return k > first || isShare(t);
        }
        return isNumber(t) && k - 2 >= first && (tokens.get(k - 1).is("in") && isNumber(tokens.get(k - 2))
                || outOf(tokens, k - 1, first));
    }

    /** "four out of 10": {@code k} is the "of". */
    private static boolean outOf(List<Token> tokens, int k, int first) {
        return k - 2 >= first && tokens.get(k).is("of") && tokens.get(k - 1).is("out") && isNumber(tokens.get(k - 2));
    }

    /** "half", "a majority", and hyphenated fractions: "two-thirds", "three-fourths". */
    private static boolean isShare(Token t) {
        return counted(t, SHARES);
    }

    /** "half", "third", and hyphenated fractions: "two-thirds", "one-third"; not "most" or "a majority". */
    private static boolean isFraction(Token t) {
        return counted(t, FRACTIONS);
    }

    /** A word of {@code parts}, alone or after a number word and a hyphen ("two-thirds"). */
    private static boolean counted(Token t, Set<String> parts) {
        String w = t.lower();
        int hyphen = w.indexOf('-');
        return parts.contains(w) || hyphen > 0 && NUMBER_WORDS.contains(w.substring(0, hyphen))
                && parts.contains(w.substring(hyphen + 1));
    }

    private static int figureStart(List<Token> tokens, int k, int first) {
        Token t = tokens.get(k);
        if (isShare(t)) {
            return k;
        }
        if (t.is("percent") || t.is("%")) {
            return k > first && isNumber(tokens.get(k - 1)) ? k - 1 : -1;
        }
        return outOf(tokens, k - 1, first) ? k - 3 : k - 2;
    }

    /**
     * "At least four pilots", "at most 10 officers", "About 40 crew members": where the figure starts after a hedge
     * that the noun-phrase scan reads as a preposition, in a phrase from {@code k} to {@code last}; -1 when none.
     */
    /** "at least 46 people", "at most two": a bound on a figure at token {@code k}, not a place or time phrase. */
    static boolean atBound(List<Token> tokens, int k) {
        return k + 1 < tokens.size() && tokens.get(k).is("at") && AT_BOUNDS.contains(tokens.get(k + 1).lower());
    }

    static int afterHedge(List<Token> tokens, int k, int last) {
        int figure = tokens.get(k).is("about") ? k + 1
                : k + 1 < last && atBound(tokens, k) ? k + 2 : -1;
        return figure > 0 && figure < last && (isNumber(tokens.get(figure))
                || tokens.get(figure).is("a") && tokens.get(figure + 1).is("dozen") && figure + 1 < last) ? figure : -1;
    }

    /**
     * "about 40", "about a dozen", "about half", "about a third", "about two-thirds": token {@code k} hedges a figure;
     * "about most" does not ("the thing he talks about most is ...").
     */
    static boolean hedgedFigure(List<Token> tokens, int k, int end) {
        int next = k + 1 < end && tokens.get(k + 1).is("a") ? k + 2 : k + 1;
        return afterHedge(tokens, k, end) > 0 || next < end && isFraction(tokens.get(next));
    }

    static boolean isNumber(Token t) {
        String w = t.lower();
        int hyphen = w.indexOf('-');
        return t.type() == Token.Type.NUMBER || NUMBER_WORDS.contains(w) || FunctionWords.TENS.contains(w)
                || hyphen > 0 && FunctionWords.TENS.contains(w.substring(0, hyphen)) && NUMBER_WORDS.contains(w.substring(hyphen + 1));
    }
}
