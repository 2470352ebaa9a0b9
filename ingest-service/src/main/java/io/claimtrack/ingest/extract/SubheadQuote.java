package io.claimtrack.ingest.extract;

/**
 * A short quotation in single marks alone on its line, in a text whose speech is in double marks: a section subhead
 * quoting the section in headline style ("'A change warrior.'", "– ‘Who cares?’ –."), page furniture whose words the
 * section attributes itself; no statement of the speaker before it. Where speech is in single marks (British style)
 * such a line is speech and stays.
 */
final class SubheadQuote {

    private static final String LINE_EDGES = " \u00a0.–—-";

    private SubheadQuote() {
    }

    static boolean is(AttributionContext ctx, Quote q) {
        String text = ctx.doc.text;
        char open = text.charAt(q.start());
        boolean single = open == '‘' || open == '\'' && (q.start() + 1 >= text.length() || text.charAt(q.start() + 1) != '\'');
        if (!single || !(text.indexOf('“') >= 0 || text.indexOf('"') >= 0 || text.contains("''"))) {
            return false;
        }
        int lineStart = text.lastIndexOf('\n', q.start()) + 1;
        int lineEnd = text.indexOf('\n', q.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        if (!edgesOnly(text, lineStart, q.start()) || !edgesOnly(text, q.end(), lineEnd)) {
            return false;
        }
        return text.substring(q.start(), q.end()).strip().split("\\s+").length <= Windows.SUBHEAD_QUOTE_WORDS;
    }

    private static boolean edgesOnly(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (LINE_EDGES.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
