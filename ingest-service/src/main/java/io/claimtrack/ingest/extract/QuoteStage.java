package io.claimtrack.ingest.extract;

/**
 * Top-level quotations: curly, straight, guillemet and single marks. A quotation left open at the end
 * of a paragraph continues when the next paragraph opens with a quotation mark (news convention).
 */
public final class QuoteStage implements Stage {

    /** Each opening mark, and at the same place in {@link #CLOSERS} the mark that closes it. */
    private static final String OPENERS = "“\"«„”‘'‹";
    private static final String CLOSERS = "”\"»“”’'›";

    @Override
    public void process(AnnotatedDocument doc) {
        int openAt = -1;
        char closer = 0;
        // Two apostrophes stand for a double quotation mark in some wire copy: ''like this,''.
        boolean doubled = false;
        // A quotation in the other double-mark style nested inside this one ("A “B” C"): its closer is not ours.
        boolean inner = false;
        // Where the last quotation closed: a mark glued there opens the next ("cut off.""We are").
        int closedAt = -1;
        for (Block block : doc.blocks) {
            if (block.isNoise()) {
                continue;
            }
            String t = doc.text;
            int i = block.start();
            inner = false;
            Closers closers = new Closers(t, block.start(), block.end());
            if (openAt >= 0 && !(i < block.end() && isOpening(t, i, block.start()) && !(closer == '"' && t.charAt(i) == '“'))) {
                // The open quotation did not continue into this paragraph: drop it. A straight mark left open before a
                // paragraph that opens with a curly one was a stray in curly copy, not the quotation's opener.
                openAt = -1;
            } else if (openAt >= 0) {
                i++;
            }
            for (; i < block.end(); i++) {
                // Only a quotation mark opens or closes one. This loop runs once per document, interpreted in a long
                // text's first read: the characters between marks are passed over in a call, not a turn each.
                i = nextMark(t, i, block.end());
                if (i == block.end()) {
                    break;
                }
                char c = t.charAt(i);
                if (openAt < 0) {
                    if (isDoubledApostrophe(t, i, block.end())) {
                        openAt = i;
                        closer = '\'';
                        doubled = true;
                        i++;
                    } else if (isOpening(t, i, block.start()) || i == closedAt && opensGlued(t, i)) {
                        char expected = closerFor(c);
                        if (expected != 0 && (expected != '’' || closers.after(i, '’'))
                                && (expected != '\'' || closers.after(i, '\''))
                                && (c != '”' || closers.after(i, '”'))) {
                            openAt = i;
                            closer = expected;
                            doubled = false;
                            inner = false;
                        }
                    }
                } else if (doubled && isDoubledApostrophe(t, i, block.end())) {
                    doc.quotes.add(new Quote(openAt, i + 2));
                    openAt = -1;
                    i++;
                    closedAt = i + 1;
                } else if (!doubled && !inner && c == innerOpener(closer) && isOpening(t, i, block.start())) {
                    inner = true;
                } else if (inner && c == innerCloser(closer)) {
                    inner = false;
                } else if (!doubled && closes(t, i, closer) && (isClosing(t, i, block.end()) || closesGlued(t, i))) {
                    if (!Nicknames.inside(t, openAt, i + 1)) {
                        doc.quotes.add(new Quote(openAt, i + 1));
                    }
                    openAt = -1;
                    closedAt = i + 1;
                }
            }
        }
    }

    /** The offset of the first quotation mark at or after {@code i} and before {@code end}; {@code end} if none. */
    private static int nextMark(String t, int i, int end) {
        while (i < end) {
            char c = t.charAt(i);
            if (c < 0x80 ? c == '"' || c == '\'' : SentenceStage.QUOTE_MARKS.indexOf(c) >= 0) {
                return i;
            }
            i++;
        }
        return end;
    }

    /**
     * Scraped and re-keyed copy mixes the two double-mark styles within one quotation ("A,” or “A,"):
     * either double mark closes a double-mark quotation when it ends a word.
     */
    private static boolean closes(String t, int i, char closer) {
        char c = t.charAt(i);
        if (c == closer) {
            return true;
        }
        char before = t.charAt(i - 1);
        // '“It's unusual,“ said Noble': an opening mark typed for the closing one, where only a closer can stand.
        return (c == innerCloser(closer) || closer == '”' && c == '“' && "([—–-/".indexOf(before) < 0)
                && !Chars.isSpace(before);
    }

    /** The other double-mark style's opener, for a quotation that closes with {@code closer}; 0 if none. */
    private static char innerOpener(char closer) {
        return closer == '”' ? '"' : closer == '"' ? '“' : 0;
    }

    private static char innerCloser(char closer) {
        return closer == '”' ? '"' : closer == '"' ? '”' : 0;
    }

    private static boolean isDoubledApostrophe(String t, int i, int end) {
        return i + 1 < end && t.charAt(i) == '\'' && t.charAt(i + 1) == '\'';
    }

    /**
     * A lookup, not a switch: a switch over marks from '"' to '‹' compiled to a table of 8,000 entries, past the size
     * the JIT compiles, so it ran interpreted at every opening mark.
     */
    private static char closerFor(char c) {
        int i = OPENERS.indexOf(c);
        return i < 0 ? 0 : CLOSERS.charAt(i);
    }

    private static boolean isOpening(String t, int i, int blockStart) {
        char c = t.charAt(i);
        if (c < 0x80 && c != '"' && c != '\'') {
            // Asked of every character outside a quotation: the only marks in ASCII are these two.
            return false;
        }
        if (c == '”' && paragraphStart(t, i, blockStart)) {
            return wrongMarkOpens(t, i);
        }
        if ("“\"«„‘'‹".indexOf(c) < 0 || i + 1 >= t.length()) {
            return false;
        }
        // 'Ryan said,“Look, ...': a curly opening mark run onto the cue's comma or colon still opens, before a word.
        boolean before = i == blockStart || Chars.isSpace(t.charAt(i - 1)) || "([—–-/".indexOf(t.charAt(i - 1)) >= 0
                || c == '“' && ",:".indexOf(t.charAt(i - 1)) >= 0;
        return before && !Chars.isSpace(t.charAt(i + 1));
    }

    /** Whether only invisible format marks (a pasted left-to-right mark) stand before offset {@code i} in its paragraph. */
    private static boolean paragraphStart(String t, int i, int blockStart) {
        for (int k = blockStart; k < i; k++) {
            if (Character.getType(t.charAt(k)) != Character.FORMAT) {
                return false;
            }
        }
        return true;
    }

    /**
     * '”Fear. I am afraid,” ― Ana' and '” … what I learned is that ...,” he said': re-keyed copy opens a paragraph's
     * quotation with the closing mark, often before an ellipsis. Nothing is open at a paragraph's start for it to
     * close, so it opens, when a word or an ellipsis follows.
     */
    private static boolean wrongMarkOpens(String t, int i) {
        if (i + 2 < t.length() && t.charAt(i + 1) == ' ') {
            return t.startsWith("…", i + 2) || t.startsWith("...", i + 2);
        }
        return i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
    }

    /** A double mark glued to a word right where a quotation closed opens the next: "... cut off.""We are ...". */
    private static boolean opensGlued(String t, int i) {
        return (t.charAt(i) == '"' || t.charAt(i) == '“') && i + 1 < t.length() && Character.isLetterOrDigit(t.charAt(i + 1));
    }

    /**
     * "... procurement rules."Opposition lawmaker": a double mark after a stop or comma closes its quotation also
     * when the next sentence is glued to it.
     */
    private static boolean closesGlued(String t, int i) {
        return (t.charAt(i) == '"' || t.charAt(i) == '”') && ".!?,".indexOf(t.charAt(i - 1)) >= 0 && i + 1 < t.length()
                && Character.isUpperCase(t.charAt(i + 1));
    }

    private static boolean isClosing(String t, int i, int blockEnd) {
        if (i + 1 >= blockEnd) {
            return true;
        }
        char next = t.charAt(i + 1);
        // An apostrophe inside a word ("Kiev’s") is no closing mark.
        return !Character.isLetterOrDigit(next);
    }

    /**
     * Whether a block has a closing mark after an opening one, answered from the last place each mark closes:
     * a scan ahead per opening mark made a paragraph of unclosed single quotes quadratic.
     */
    private static final class Closers {

        private static final int NOT_FOUND_YET = -2;
        private static final String MARKS = "’'”";

        private final String t;
        private final int start;
        private final int end;
        /** The last offset where ’, ' and ” close, -1 for none; NOT_FOUND_YET until first asked. */
        private final int[] last = {NOT_FOUND_YET, NOT_FOUND_YET, NOT_FOUND_YET};

        Closers(String t, int start, int end) {
            this.t = t;
            this.start = start;
            this.end = end;
        }

        /** Whether {@code closer} closes somewhere after offset {@code i}: after a non-space, before no letter or digit. */
        boolean after(int i, char closer) {
            int k = MARKS.indexOf(closer);
            if (last[k] == NOT_FOUND_YET) {
                last[k] = -1;
                for (int j = end - 1; j > start; j--) {
                    if (t.charAt(j) == closer && isClosing(t, j, end) && !Chars.isSpace(t.charAt(j - 1))) {
                        last[k] = j;
                        break;
                    }
                }
            }
            return last[k] > i;
        }
    }
}
