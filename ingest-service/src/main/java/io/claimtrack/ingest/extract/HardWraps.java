package io.claimtrack.ingest.extract;

/**
 * A page hard-wrapped at a fixed width ("... told state investigators that he paid more than\n$180,000 in ..."):
 * most of its lines end near one column, and a line break inside a sentence is no paragraph's end. Decided by the
 * page's own shape: a page whose paragraphs are lines of their own has lines far longer than any wrap width, and
 * a short line (a headline, a bullet, a transcript turn, a caption) never runs on.
 */
final class HardWraps {

    private static final String LIST_MARKS = "•·▪◦●○■□‣⁃*–—-";
    private static final String CLOSING_MARKS = "\"”’'»)";

    private final String text;
    /** The page's wrap width in characters, 0 when it is not hard-wrapped. */
    private final int width;

    HardWraps(String text) {
        this.text = text;
        this.width = wrapWidth(text);
    }

    /**
     * Whether the line starting at {@code lineStart} and ending at the line break {@code lineEnd} runs on into
     * the next: it ends near the page's width without a sentence's end, and the next line goes on with the
     * clause (a lower-case word or a number, after a comma, or it ends the sentence). A list of teasers or turns,
     * full lines that open with a capital and end without a stop, stays a list.
     */
    boolean runsOn(int lineStart, int lineEnd) {
        if (width == 0 || lineEnd >= text.length()) {
            return false;
        }
        int s = Chars.skipSpace(text, lineStart, lineEnd);
        int e = Chars.trimEnd(text, s, lineEnd);
        int nextEnd = Chars.lineEnd(text, lineEnd + 1);
        int ns = Chars.skipSpace(text, lineEnd + 1, nextEnd);
        int ne = Chars.trimEnd(text, ns, nextEnd);
        if (!full(e - s) || ns == ne || endsWith(s, e, ".!?…:") || listItem(ns, ne)) {
            return false;
        }
        return startsMidClause(ns, ne) || ",;".indexOf(text.charAt(e - 1)) >= 0 || endsWith(ns, ne, ".!?…");
    }

    private boolean full(int length) {
        return length * 100 >= width * LayoutWindows.WRAP_FULL_PERCENT;
    }

    /**
     * The longest line's length when most long lines end near it and it is as wide as a wrap width; else 0. A page of
     * short lines only (a list under its lead-in, a column of turns) is no wrapped prose.
     */
    private static int wrapWidth(String text) {
        int widest = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = Chars.lineEnd(text, start);
            widest = Math.max(widest, trimmedLength(text, start, end));
            if (widest > LayoutWindows.WRAP_COLUMNS) {
                return 0;
            }
            start = end + 1;
        }
        int full = 0;
        int longLines = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = Chars.lineEnd(text, start);
            int length = trimmedLength(text, start, end);
            if (length * 2 > widest) {
                longLines++;
                full += length * 100 >= widest * LayoutWindows.WRAP_FULL_PERCENT ? 1 : 0;
            }
            start = end + 1;
        }
        return widest >= LayoutWindows.WRAP_MIN_COLUMNS && full >= LayoutWindows.WRAP_LINES && full * 100 >= longLines * LayoutWindows.WRAP_SHARE_PERCENT
                ? widest : 0;
    }

    private static int trimmedLength(String text, int start, int end) {
        int s = Chars.skipSpace(text, start, end);
        return Chars.trimEnd(text, s, end) - s;
    }

    /** Whether the line ends with one of {@code stops} before any closing marks: "... the east side."". */
    private boolean endsWith(int start, int end, String stops) {
        int k = end - 1;
        while (k > start && CLOSING_MARKS.indexOf(text.charAt(k)) >= 0) {
            k--;
        }
        return stops.indexOf(text.charAt(k)) >= 0;
    }

    /** A bullet, a dash item or a numbered item ("1. ", "2) ") opens a line of its own. */
    private boolean listItem(int start, int end) {
        if (end - start > 1 && LIST_MARKS.indexOf(text.charAt(start)) >= 0 && Chars.isSpace(text.charAt(start + 1))) {
            return true;
        }
        int k = start;
        while (k < end && k - start < 3 && Character.isDigit(text.charAt(k))) {
            k++;
        }
        return k > start && k + 1 < end && (text.charAt(k) == '.' || text.charAt(k) == ')') && Chars.isSpace(text.charAt(k + 1));
    }

    /** A lower-case word or a number, after any opening marks or a currency sign: "$180,000 in", ""consulting fees"". */
    private boolean startsMidClause(int start, int end) {
        int k = start;
        while (k < end && "\"“‘'($€£".indexOf(text.charAt(k)) >= 0) {
            k++;
        }
        return k < end && (Character.isLowerCase(text.charAt(k)) || Character.isDigit(text.charAt(k)));
    }
}
