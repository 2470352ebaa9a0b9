package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a labelled turn's label ends ("Name Surname:", "Question (Kelm Radio):", a dated teaser's "16.03.2027 Ola
 * Brenner:"): read by {@link SpeakerColonStage} for the turns and by the stages that find a question turn's own subject
 * past its label.
 */
final class TurnLabels {

    /** A related teaser's date before its headline: "17.03.2027 ", "17/03/2027 ", "2027-03-17 ". */
    private static final Pattern TEASER_DATE = Pattern.compile("(?:\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2})\\s+");

    private TurnLabels() {
    }

    /**
     * Where a label may start: past an opening quotation mark, and in a box of related stories past a teaser's date
     * ("17.03.2027 Ola Brenner: the province will keep fares unchanged").
     */
    static int labelStart(AttributionContext ctx, Sentence s) {
        int i = s.firstToken();
        if (ctx.tokens.get(i).type() == Token.Type.QUOTE) {
            return i + 1;
        }
        Matcher date = ctx.doc.isRelated(s.block()) ? TEASER_DATE.matcher(ctx.doc.text).region(s.start(), s.end()) : null;
        return date != null && date.lookingAt() ? ctx.doc.tokenAtOrAfter(date.end()) : i;
    }

    /**
     * "Question: Minister Halden was quoted in the Star as saying that ...", "Question (Kelm Radio): ...": a question
     * turn's label, with the questioner's outlet, is no subject; the sentence's own starts after its colon.
     */
    static int afterQuestionLabel(AttributionContext ctx, Sentence s) {
        int first = s.firstToken();
        if (!ctx.doc.questionTurns.get(s.block()) || ctx.doc.block(s.block()).start() != s.start()) {
            return first;
        }
        int colon = labelEnd(ctx, s);
        return colon > first ? colon + 1 : first;
    }

    /**
     * Index of the colon after a label of capitalised words opening the sentence, or -1. A dated teaser's label may be
     * in lower case and run longer: "16.03.2027 Provincial health department: ...", "Duma speaker Ola Brenner: ...".
     */
    static int labelEnd(AttributionContext ctx, Sentence s) {
        int i = labelStart(ctx, s);
        boolean dated = i > s.firstToken() && ctx.tokens.get(s.firstToken()).type() != Token.Type.QUOTE;
        int longest = dated ? Windows.LABEL_SPEAKER_TOKENS : Windows.COLON_LABEL_TOKENS;
        int colon = i;
        while (colon < s.endToken() && colon - i < longest && (ctx.tokens.get(colon).isCapitalized()
                || abbreviationPoint(ctx, colon, i) || dated && ctx.tokens.get(colon).isWord())) {
            colon++;
        }
        colon = colon > i ? BracketedName.closing(ctx, colon, s.endToken()) : colon;
        return colon == i || colon >= s.endToken() - 2 || !ctx.tokens.get(colon).is(":") ? -1 : colon;
    }

    /**
     * The point of "Dr. Holm", "Sen. Holm", a transcript's "INSP. HOLM" inside a label: glued to a short capitalised
     * word or a known abbreviation, a name after it.
     */
    private static boolean abbreviationPoint(AttributionContext ctx, int k, int first) {
        Token t = ctx.tokens.get(k);
        if (!t.is(".") || k == first || k + 1 >= ctx.tokens.size()) {
            return false;
        }
        Token before = ctx.tokens.get(k - 1);
        return before.end() == t.start() && before.isCapitalized()
                && (before.text().length() <= 3 || SentenceStage.isAbbreviationWord(before))
                && ctx.tokens.get(k + 1).isCapitalized();
    }
}
