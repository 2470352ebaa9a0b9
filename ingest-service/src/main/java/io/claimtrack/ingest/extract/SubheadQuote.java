package io.claimtrack.ingest.extract;

/**
 * A short quotation in single marks alone on its line, in a text whose speech is in double marks: a section subhead
 * quoting the section in headline style ("'A change warrior.'", "– ‘Who cares?’ –."), page furniture whose words the
 * section attributes itself; no statement of the speaker before it. Where speech is in single marks (British style)
 * such a line is speech and stays.
 */
final class SubheadQuote {

    private static final String LINE_EDGES = " \u00a0.–—-";

    private final String text;
    /** Whether the text puts speech in double marks: looked up once per document, not once per quotation. */
    private final boolean doubleMarks;

    private SubheadQuote(String text) {
        this.text = text;
        this.doubleMarks = text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.contains("''");
    }

    static SubheadQuote of(AnnotatedDocument doc) {
        return new SubheadQuote(doc.text);
    }

    boolean is(Quote q) {
        char open = text.charAt(q.start());
        boolean single = open == '‘' || open == '\'' && (q.start() + 1 >= text.length() || text.charAt(q.start() + 1) != '\'');
        if (!single || !doubleMarks || !aloneOnLine(q)) {
            return false;
        }
        return text.substring(q.start(), q.end()).strip().split("\\s+").length <= LayoutWindows.SUBHEAD_QUOTE_WORDS;
    }

    /**
     * Only edge characters between the quotation and its line's ends, read outward from the quotation so that a
     * long line is not read again for each of its quotations.
     */
    private boolean aloneOnLine(Quote q) {
        int before = q.start() - 1;
        while (before >= 0 && LINE_EDGES.indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        int after = q.end();
        while (after < text.length() && LINE_EDGES.indexOf(text.charAt(after)) >= 0) {
            after++;
        }
        return (before < 0 || text.charAt(before) == '\n') && (after == text.length() || text.charAt(after) == '\n');
    }
}
