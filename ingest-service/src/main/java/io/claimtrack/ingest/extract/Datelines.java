package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.regex.Pattern;

/** Datelines and dates inside a sentence: where a sentence starts after its dateline, and a date's own commas. */
final class Datelines {

    /** A clock time: "9:58 p.m.", "14:05 GMT", "09.30". */
    static final Pattern CLOCK_TIME = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?(?:\\s[A-Z]{2,4})?");
    /** The longest hour after a header's date, its comma or "at" included: ", 10:30 a.m. EST". */
    private static final int HOUR_TOKENS = 8;

    private Datelines() {
    }

    /**
     * The index in the sentence's {@code tokens} where its subject may start: past a newspaper dateline and past
     * the document's dateline when the sentence holds it ("NORVALE CITY, April 14 (Meridian) - Crestline ...").
     */
    static int subjectStart(AnnotatedDocument doc, Sentence s, List<Token> tokens) {
        int from = afterDateline(tokens, 0, tokens.size());
        Dateline d = doc.dateline;
        while (d != null && d.start() >= s.start() && from < tokens.size() && tokens.get(from).start() < d.end()) {
            from++;
        }
        return from;
    }

    /**
     * "WASHINGTON — Sen. Ruth Gale ...", "MYRTLE BEACH, S.C. - Sen. Ruth Gale", "SALEM, Ore. -- Gale ...": where the
     * sentence starts after a newspaper dateline. A place of a few capitals may have its state after a comma and a
     * hyphen for the dash; a longer run of capitals is a headline ("POLLS NOT WRONG, JUST TOO EARLY - Ada Berg").
     */
    static int afterDateline(List<Token> tokens, int first, int limit) {
        int k = first;
        while (k < limit && tokens.get(k).isWord() && tokens.get(k).isAllCaps()) {
            k++;
        }
        int date = k == first ? afterDate(tokens, first, limit) : -1;
        int wire = date > 0 ? afterWire(tokens, date, limit) : afterWire(tokens, k, limit);
        if (wire > Math.max(k, date)) {
            // "WASHINGTON (AP) —", and "Dec 2 (NordFax) -" when "VELGOROD." before it ended a sentence of its own.
            return wire;
        }
        if (k == first) {
            return afterTitleCasePlace(tokens, first, limit);
        }
        if (k + 1 >= limit) {
            return first;
        }
        if (FunctionWords.LONG_DASHES.contains(tokens.get(k).text())) {
            return k + 1;
        }
        if (k - first > Windows.DATELINE_PLACE_TOKENS) {
            return first;
        }
        int dated = tokens.get(k).is(",") ? afterDate(tokens, k + 1, limit) : -1;
        if (dated > 0 && dated < limit && Asides.isDash(tokens.get(dated))) {
            // A news release's "EASTON, Jan. 27, 2026 —".
            k = dated;
        } else if (tokens.get(k).is(",")) {
            int state = k + 1;
            while (state < limit && state - k <= Windows.DATELINE_STATE_TOKENS && (tokens.get(state).is(".")
                    || tokens.get(state).isWord() && tokens.get(state).isCapitalized() && !tokens.get(state).isAllCaps()
                    || tokens.get(state).isWord() && (tokens.get(state).text().length() <= 2 || tokens.get(state).text().indexOf('.') > 0))) {
                state++;
            }
            k = state > k + 1 ? state : k;
        }
        int dash = k;
        while (k < limit && Asides.isDash(tokens.get(k))) {
            k++;
        }
        return k > dash && k < limit ? k : first;
    }

    /**
     * A release's "Brackwater, Jan. 28, 2043 —": a place in title case is a dateline only with a full date (its year)
     * and a dash after it; "Ada Holm, March 3 —" or a place without its date starts the sentence.
     */
    private static int afterTitleCasePlace(List<Token> tokens, int first, int limit) {
        int k = first;
        while (k < limit && k - first < Windows.DATELINE_PLACE_TOKENS && tokens.get(k).isWord() && tokens.get(k).isCapitalized()) {
            k++;
        }
        if (k == first || k >= limit || !tokens.get(k).is(",")) {
            return first;
        }
        int dated = afterDate(tokens, k + 1, limit);
        if (dated < 0 || !isYear(tokens.get(dated - 1)) || !tokens.get(dated - 2).is(",")) {
            return first;
        }
        int dash = dated;
        while (dated < limit && Asides.isDash(tokens.get(dated))) {
            dated++;
        }
        return dated > dash && dated < limit ? dated : first;
    }

    /**
     * The index after a wire's name in brackets and the dash after it, "(Reuters) -" or "(AP) —", starting at
     * {@code k}; {@code k} when there is none.
     */
    private static int afterWire(List<Token> tokens, int k, int limit) {
        int j = k;
        if (j >= limit || !tokens.get(j).is("(")) {
            return k;
        }
        j++;
        while (j < limit && j - k <= Windows.DATELINE_PLACE_TOKENS && tokens.get(j).isWord() && tokens.get(j).isCapitalized()) {
            j++;
        }
        if (j == k + 1 || j >= limit || !tokens.get(j).is(")")) {
            return k;
        }
        int dash = ++j;
        while (j < limit && Asides.isDash(tokens.get(j))) {
            j++;
        }
        return j > dash && j < limit ? j : k;
    }

    /** Whether a sentence is only a place and its date: "PORT AMSEL, March 3." over a readout's first sentence. */
    static boolean placeAndDateOnly(List<Token> tokens, Sentence s) {
        int first = s.firstToken();
        int end = s.endToken();
        int k = first;
        while (k < end && tokens.get(k).isWord() && tokens.get(k).isAllCaps()) {
            k++;
        }
        if (k == first || k - first > Windows.DATELINE_PLACE_TOKENS || k >= end || !tokens.get(k).is(",")) {
            return false;
        }
        // "KALMVIK, 22 April 2031." as well as "PORT AMSEL, March 3."
        return dateOnly(tokens, k + 1, end) || tokens.get(end - 1).is(".") && dateOnly(tokens, k + 1, end - 1);
    }

    /** Whether tokens {@code [from, to)} are a date alone: "August 9, 2034", "9 August 2034". */
    static boolean dateOnly(List<Token> tokens, int from, int to) {
        if (afterDate(tokens, from, to) == to) {
            return true;
        }
        int year = from + 2;
        return year < to && tokens.get(from).type() == Token.Type.NUMBER && tokens.get(from).text().length() <= 2
                && StructureStage.parseMonth(tokens.get(from + 1).lower()) != null && year + 1 == to && isYear(tokens.get(year));
    }

    /**
     * "14 September 2039, 09:30", "June 3, 2035 at 10:00 a.m.": a header's date with the hour it was released, tokens
     * {@code [from, to)}.
     */
    static boolean dateAtHour(AnnotatedDocument doc, int from, int to) {
        for (int k = to - 2; k > from && k >= to - HOUR_TOKENS; k--) {
            Token t = doc.tokens.get(k);
            if ((t.is(",") || t.is("at")) && dateOnly(doc.tokens, from, k)
                    && CLOCK_TIME.matcher(doc.text(doc.tokens.get(k + 1).start(), doc.tokens.get(to - 1).end())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The index after a date "Jan. 27, 2026" or "March 3" starting at {@code k}, or -1. */
    private static int afterDate(List<Token> tokens, int k, int limit) {
        if (k >= limit || StructureStage.parseMonth(tokens.get(k).lower()) == null) {
            return -1;
        }
        int j = k + 1 < limit && tokens.get(k + 1).is(".") ? k + 2 : k + 1;
        if (j >= limit || tokens.get(j).type() != Token.Type.NUMBER) {
            return -1;
        }
        return j + 2 < limit && tokens.get(j + 1).is(",") && tokens.get(j + 2).type() == Token.Type.NUMBER ? j + 3 : j + 1;
    }

    /**
     * "since Jan. 1, 2015, shows": the comma at {@code k} is the one inside a date written "Month Day, Year", which
     * belongs to the date and ends no phrase.
     */
    static boolean dateComma(List<Token> tokens, int k, int first) {
        if (k - 2 < first || k + 1 >= tokens.size() || !tokens.get(k).is(",") || !isYear(tokens.get(k + 1))
                || tokens.get(k - 1).type() != Token.Type.NUMBER || tokens.get(k - 1).text().length() > 2) {
            return false;
        }
        int month = tokens.get(k - 2).is(".") ? k - 3 : k - 2;
        return month >= first && StructureStage.parseMonth(tokens.get(month).lower()) != null;
    }

    /** The comma at {@code k} closes a date written "Month Day, Year,": "since Jan. 1, 2015, shows". */
    static boolean closesDate(List<Token> tokens, int k, int first) {
        return k - 2 >= first && tokens.get(k).is(",") && dateComma(tokens, k - 2, first);
    }

    private static boolean isYear(Token t) {
        return t.type() == Token.Type.NUMBER && t.text().length() == 4 && (t.text().startsWith("19") || t.text().startsWith("20"));
    }
}
