package io.claimtrack.ingest.extract;

import java.util.regex.Pattern;

/**
 * A comment or press statement page with no question: "Comment by the Information and Press Department of the Ministry
 * of X on ..." / "We regret ..." / "We call on ..." / "Related materials", "Press statement by Minister of Health X on
 * ...": its body, up to the next heading, is one statement of the one its title names, as the answer of a comment over a
 * media question is, less a closing "I thank you."; a section under a "Right of reply" heading is a second one. Not a
 * joint statement (its sides speak sentence by sentence) nor a "Statement of the Ministry" that names its maker in each
 * sentence.
 */
final class AuthoredPage {

    private static final Pattern TITLE = Pattern.compile("(?:Press )?(?:[Cc]omment|[Ss]tatement) by ");
    /** "Right of reply", "Statement in exercise of the right of reply": a heading over the author's second statement. */
    private static final Pattern REPLY = Pattern.compile("(?i)\\bright of reply\\b");

    private AuthoredPage() {
    }

    /** Adds the body under the title as its author's statement, when the title says whose it is. */
    static void add(AttributionContext ctx) {
        AnnotatedDocument doc = ctx.doc;
        int title = doc.titleBlock;
        if (title < 0 || !TITLE.matcher(doc.text).region(doc.block(title).start(), doc.block(title).end()).lookingAt()) {
            return;
        }
        Name author = new WriterVoice(doc).author(Lexicon.get());
        for (int first = doc.firstParagraph(title + 1); author != null && first < doc.blocks.size(); ) {
            int last = first;
            while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH) {
                last++;
            }
            int next = last + 1;
            // "... I thank you.": the speech's closing courtesy is no part of it.
            while (last > first && Turns.courtesyOnly(doc, doc.block(last).start(), doc.block(last).end())) {
                last--;
            }
            Turns.add(ctx, Interviewee.mention(author), doc.tokenAtOrAfter(doc.block(first).start()), first, last, 0.7);
            first = next < doc.blocks.size() && REPLY.matcher(doc.text).region(doc.block(next).start(), doc.block(next).end()).find()
                    ? doc.firstParagraph(next + 1) : doc.blocks.size();
        }
    }
}
