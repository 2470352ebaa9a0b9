package io.claimtrack.ingest.extract;

/** Character classes the stages share. */
final class Chars {

    private Chars() {
    }

    /** Whitespace including the no-break and other Unicode spaces that scraped pages are full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** The first offset from {@code i} before {@code end} that is no space. */
    static int skipSpace(String text, int i, int end) {
        while (i < end && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** {@code end} moved back over the spaces before it, no further than {@code start}. */
    static int trimEnd(String text, int start, int end) {
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The first offset of {@code c} in {@code text[from, to)}, or -1: a search that stops where its answer is of no use. */
    static int indexOf(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /** An em dash, an en dash or a hyphen opening a line that signs what stands above it ("— Ada Lind, Director"). */
    static boolean isSignatureDash(char c) {
        return c == '\u2014' || c == '\u2013' || c == '-';
    }

    /** The offset of the line break ending the line that starts at {@code start}, or the text's end. */
    static int lineEnd(String text, int start) {
        int end = text.indexOf('\n', start);
        return end < 0 ? text.length() : end;
    }
}
