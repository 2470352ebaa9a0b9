package io.claimtrack.ingest.extract;

import java.util.regex.Pattern;

/**
 * A line that is one quotation and no statement: a pull quote set as a subhead, a section subhead in quotation marks
 * and title case; part of {@link PageFurniture}.
 */
final class QuoteLines {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");

    private QuoteLines() {
    }

    /**
     * A line that is one quotation without closing punctuation inside its marks: a pull quote set as a subhead inside
     * the text, a headline at its top.
     */
    static boolean isQuoteOnlyLine(String line) {
        return isQuoteOnlySubhead(line, PageFurniture.wordCount(line, LayoutWindows.PULL_QUOTE_WORDS + 1));
    }

    /** A pull quote set as a subhead: one quotation without closing punctuation inside its marks. */
    static boolean isQuoteOnlySubhead(String line, int words) {
        if (words > LayoutWindows.PULL_QUOTE_WORDS || line.length() < 4 || !isOpening(line.charAt(0)) || !isClosing(line.charAt(line.length() - 1))) {
            return false;
        }
        String inner = line.substring(1, line.length() - 1);
        for (int i = 0; i < inner.length(); i++) {
            if (isOpening(inner.charAt(i)) || isClosing(inner.charAt(i))) {
                return false;
            }
        }
        return !PageFurniture.lastCharIn(inner.strip(), ".!?,…");
    }

    /**
     * A section subhead set in quotation marks, each longer word capitalised: "‘Coal Isn’t the Villain.’",
     * "'All Bets Are Off.'". A quotation on a line of its own in a sentence's case ("‘We are not done.’") is
     * speech and stays.
     */
    static boolean isTitleCaseQuoteLine(String line, int words) {
        if (words > LayoutWindows.TITLE_QUOTE_WORDS || line.length() < 4 || !(isOpening(line.charAt(0)) || line.charAt(0) == '\'')
                || !(isClosing(line.charAt(line.length() - 1)) || line.charAt(line.length() - 1) == '\'')) {
            return false;
        }
        String inner = line.substring(1, line.length() - 1).strip();
        if (inner.length() < 2 || hasSentencePunctuation(inner.substring(0, inner.length() - 1))) {
            // "‘No. Never.’", "‘Yes, Sir’": two sentences or a comma make it speech.
            return false;
        }
        int capitalised = 0;
        for (String w : SPACES.split(inner)) {
            String word = EDGE_PUNCTUATION.matcher(w).replaceAll("");
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if ((isOpening(c) || isClosing(c) || c == '\'')
                        && !(i > 0 && i + 1 < word.length() && Character.isLetter(word.charAt(i + 1)))) {
                    return false;
                }
            }
            boolean upper = !word.isEmpty() && Character.isUpperCase(word.charAt(0));
            if (word.length() > 3 && !upper) {
                return false;
            }
            capitalised += upper ? 1 : 0;
        }
        return capitalised >= 2;
    }

    private static boolean hasSentencePunctuation(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (".!?,;:".indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** An opening quotation mark (a straight one too). */
    static boolean isOpening(char c) {
        return c == '“' || c == '"' || c == '«' || c == '‘';
    }

    private static boolean isClosing(char c) {
        return c == '”' || c == '"' || c == '»' || c == '’';
    }
}
