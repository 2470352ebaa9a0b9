package io.claimtrack.ingest.extract;

/** Character classes the stages share. */
final class Chars {

    private Chars() {
    }

    /** Whitespace including the no-break and other Unicode spaces that scraped pages are full of. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
