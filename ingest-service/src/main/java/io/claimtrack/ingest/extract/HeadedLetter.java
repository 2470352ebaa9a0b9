package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter printed under a heading that names its writer: "Letter from Ada Lind to the Mayor" / "Dear Mayor," / the
 * paragraphs / "Yours sincerely," and the signature; "Reply from the Mayor" over the answer. Each letter, from the
 * paragraph after its salutation to the one before its sign-off, is one statement of the one the heading names.
 */
final class HeadedLetter {

    /** "Letter from X to Y", "Reply from X", "Response from X": the writer's words end before " to ". */
    private static final Pattern HEADING = Pattern.compile("(?:Letter|Reply|Response)\\s+from\\s+(.+?)(?:\\s+to\\s+.+)?");
    private static final Pattern SALUTATION = Pattern.compile("Dear\\s+[^\\n]{1,60},");
    /** "Yours sincerely,", "Yours ever,", "Sincerely,", "Kind regards,", "With best wishes,": the sign-off. */
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)(?:yours\\b|sincerely|(?:kind |best |warm )?regards|(?:with )?best wishes|respectfully)[^\\n]{0,20},");

    private HeadedLetter() {
    }

    /** Adds each letter under such a heading as its writer's statement. */
    static void add(AttributionContext ctx) {
        AnnotatedDocument doc = ctx.doc;
        for (int b = 0; b + 2 < doc.blocks.size(); b++) {
            Block heading = doc.block(b);
            Matcher m = HEADING.matcher(doc.text).region(heading.start(), heading.end());
            if (heading.kind() != Block.Kind.HEADLINE || !m.matches()
                    || !SALUTATION.matcher(doc.text).region(doc.block(b + 1).start(), doc.block(b + 1).end()).matches()) {
                continue;
            }
            Mention writer = ctx.mentions.build(doc.tokenAtOrAfter(m.start(1)), doc.tokenAtOrAfter(m.end(1)));
            int first = b + 2;
            int last = first - 1;
            while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH
                    && !SIGN_OFF.matcher(doc.text).region(doc.block(last + 1).start(), doc.block(last + 1).end()).lookingAt()) {
                last++;
            }
            if (writer != null && last >= first) {
                Turns.add(ctx, writer, doc.tokenAtOrAfter(doc.block(first).start()), first, last, 0.7);
                b = last;
            }
        }
    }
}
