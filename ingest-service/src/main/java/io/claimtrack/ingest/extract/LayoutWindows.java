package io.claimtrack.ingest.extract;

/**
 * Sizes of a document's structure and page furniture: datelines, headlines, lists, hard-wrapped lines, markers and
 * share bars. Split from {@link Windows}.
 */
final class LayoutWindows {

    private LayoutWindows() {
    }

    // ---- document structure

    /** How many paragraphs from the top a dateline may open. */
    static final int DATELINE_PARAGRAPHS = 3;
    /** How far into its paragraph, in characters, a dateline is looked for. */
    static final int DATELINE_CHARS = 120;
    /** Most words of a line without closing punctuation that is a headline or subhead rather than prose. */
    static final int HEADLINE_WORDS = 30;
    /** The lines at a document's top that are its title and deck, where a quotation closed after a word still ends a headline. */
    static final int TITLE_LINES = 2;
    /** Longest line, in characters, taken for an entry of a list ("Best Actor – Drama"). */
    static final int LIST_ENTRY_CHARS = 120;
    /** Longest block, in characters, read as a header or tag line that may open the related region. */
    static final int RELATED_LINE_CHARS = 200;
    /** Longest header of a box of other articles, in characters ("Related stories"). */
    static final int RELATED_HEADER_CHARS = 60;
    /** Widest line, in characters, of a page hard-wrapped at a fixed width; a page with a longer line is not. */
    static final int WRAP_COLUMNS = 100;
    /** Narrowest width of a hard-wrapped page: prose is wrapped at 60 to 80 columns. */
    static final int WRAP_MIN_COLUMNS = 50;
    /** A line at least this percentage of the page's width is full: the wrap broke it, not its paragraph's end. */
    static final int WRAP_FULL_PERCENT = 80;
    /** Fewest full lines, and their least percentage of the lines over half the width, of a hard-wrapped page. */
    static final int WRAP_LINES = 5;
    static final int WRAP_SHARE_PERCENT = 60;

    // ---- page furniture (line sizes)

    /** Most words of a line opened by a furniture marker ("Subscribe to our newsletter"); a longer one is prose. */
    static final int MARKER_LINE_WORDS = 8;
    /** Longest label, in characters, before the colon of a link label ("READ MORE:"). */
    static final int LINK_LABEL_CHARS = 12;
    /** Longest heading line, in characters, that names a release's issuer and kind ("Harbour Police - News Release"). */
    static final int RELEASE_HEADING_CHARS = 110;
    /** Longest heading line, in characters, that names a summary's two parties ("Lund Hospital and Nurses United, Local 4"). */
    static final int PARTIES_LINE_CHARS = 160;
    /** Most words of a tag line of glued names and topics. */
    static final int TAG_LINE_WORDS = 12;
    /** Longest subhead in quotation marks that title case makes furniture. */
    static final int TITLE_QUOTE_WORDS = 8;
    /** A pull quote is a short line; a longer quotation on a line of its own is speech. */
    static final int PULL_QUOTE_WORDS = 20;
    /** Most words of a share bar's line: "Share on Facebook  Share on X  Email  Print  32 Comments". */
    static final int SHARE_BAR_WORDS = 12;
    /** Fewest buttons of a share bar not opened by "Share": "Facebook  Twitter  Email". */
    static final int SHARE_BUTTONS_ALONE = 3;
    /** Longest quotation in single marks alone on its line taken for a section subhead ({@link SubheadQuote}). */
    static final int SUBHEAD_QUOTE_WORDS = 8;
}
