package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers' comments under a page's comment section ("Comments (112)", "142 Comments", "Sort by: Newest"), one
 * "handle: text" line each: a reader's words are no statement of the story's, whatever the handle looks like
 * ("J. Winterbourne:" reads as a name).
 */
final class ReaderComments {

    private static final Pattern HEADER = Pattern.compile("(?i)\\s*(?:\\d[\\d,]*\\s+comments?|comments?\\s*\\(\\d[\\d,]*\\))\\s*");
    private static final Pattern SORT_LINE = Pattern.compile("(?i)\\s*sort(?:ed)? by\\b");
    /** A comment line: a handle of a word or two ("MillraceMom", "J. Winterbourne", "harbourrider") and a colon. */
    private static final Pattern COMMENT_LINE = Pattern.compile("\\s*\\S+(?: \\S+)?: ");
    /** Characters of a block read for its handle or header: a header is a short line. */
    private static final int LINE_START_CHARS = 40;

    private ReaderComments() {
    }

    /** The blocks that are comment lines under a comment section's header, in one pass over the blocks. */
    static BitSet blocks(AnnotatedDocument doc) {
        BitSet comments = new BitSet();
        boolean under = false;
        for (int b = 0; b < doc.blocks.size(); b++) {
            Block block = doc.block(b);
            int end = block.end();
            Matcher m = HEADER.matcher(doc.text).region(block.start(), end);
            if (end - block.start() <= LINE_START_CHARS && m.matches()) {
                under = true;
                continue;
            }
            int prefixEnd = Math.min(end, block.start() + LINE_START_CHARS);
            if (under && COMMENT_LINE.matcher(doc.text).region(block.start(), prefixEnd).lookingAt()) {
                comments.set(b);
            } else if (!(under && SORT_LINE.matcher(doc.text).region(block.start(), prefixEnd).lookingAt())) {
                under = false;
            }
        }
        return comments;
    }
}
