package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.regex.Pattern;

/**
 * A briefing's announcements before its questions, set under topic headings ("1. On the visit of the Minister to
 * Vell" / "We regard Vell as a reliable partner ..."): each paragraph under a heading is the statement of the one the
 * briefing's title names, who answers its questions, as a labelled turn would be. Not a paragraph under the title
 * alone, nor one a labelled turn above it already runs over, nor a press release's narration above a comment.
 */
final class BriefingSections {

    /** A briefing's title, not a press release's over a comment ("Comment by the Official Representative ..."). */
    private static final Pattern BRIEFING = Pattern.compile("(?i)\\bbriefing\\b");
    /** A place and date under the title ("Telvar, September 30, 2026"): no topic's heading. */
    private static final Pattern PLACE_DATE = Pattern.compile("\\p{Lu}[^,]*,.*\\d{4}\\s*");

    private BriefingSections() {
    }

    /** Adds the paragraphs between the title and the first question's block that stand under a heading of their own. */
    static void add(AttributionContext ctx, Mention spokesperson, int title, int firstQuestion, BitSet labelled) {
        AnnotatedDocument doc = ctx.doc;
        if (!BRIEFING.matcher(doc.text(doc.block(title).start(), doc.block(title).end())).find()) {
            return;
        }
        boolean underHeading = false;
        for (int b = title + 1; b < firstQuestion; b++) {
            Block block = doc.block(b);
            if (block.kind() == Block.Kind.HEADLINE) {
                underHeading = !PLACE_DATE.matcher(doc.text(block.start(), block.end())).matches();
            } else if (labelled.get(b)) {
                underHeading = false;
            } else if (underHeading && block.kind() == Block.Kind.PARAGRAPH && !Character.isLowerCase(doc.text.charAt(block.start()))
                    && doc.text.charAt(block.end() - 1) != ':') {
                // A line that goes on in lower case ends a hard-wrapped sentence read as a heading above it; one that
                // closes with a colon leads in to the points below ("The spokesman, Colonel X, told journalists:").
                Turns.add(ctx, spokesperson, doc.tokenAtOrAfter(block.start()), b, b, 0.7);
            }
        }
    }
}
