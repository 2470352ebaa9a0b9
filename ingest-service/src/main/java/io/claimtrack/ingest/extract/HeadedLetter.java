package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter printed under a heading that names its writer: "Letter from Ada Lind to the Mayor" / "Dear Mayor," / the
 * paragraphs / "Yours sincerely," and the signature; "Reply from the Mayor" over the answer. Each letter, from the
 * paragraph after its salutation to the one before its sign-off, is one statement of the one the heading names. A
 * letter the narration announces ("The full text of the Governor's message follows.") and its signature names ("To the
 * Members of the Senate:" ... "Sincerely,\nAda Lind\nGovernor") is one statement of its signer.
 */
final class HeadedLetter {

    /** "Letter from X to Y", "Reply from X", "Response from X": the writer's words end before " to ". */
    private static final Pattern HEADING = Pattern.compile("(?:Letter|Reply|Response)\\s+from\\s+(.+?)(?:\\s+to\\s+.+)?");
    private static final Pattern SALUTATION = Pattern.compile("Dear\\s+[^\\n]{1,60},");
    /** "Yours sincerely,", "Yours ever,", "Sincerely,", "Kind regards,", "With best wishes,": the sign-off. */
    /** "The full text of the message follows.", "The letter reads:": a paragraph that announces the text below it. */
    private static final Pattern ANNOUNCED = Pattern.compile("(?s).*\\b(?:follows|reads)[.:]");
    /** A salutation alone on its line: "Dear Senators,", "To the Honourable Members of the Senate:". */
    private static final Pattern ADDRESS = Pattern.compile("Dear\\s+[^\\n]{1,60},|To\\s+[^\\n]{1,80}:");
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
        for (int b = 1; b + 2 < doc.blocks.size(); b++) {
            if (announces(doc, b - 1) && matches(doc, ADDRESS, b)) {
                b = signed(ctx, b + 1);
            }
        }
    }

    /**
     * The letter from block {@code first} to the one before its sign-off, as the statement of the person its signature
     * names; returns the last block read.
     */
    private static int signed(AttributionContext ctx, int first) {
        AnnotatedDocument doc = ctx.doc;
        int last = first - 1;
        while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH
                && !SIGN_OFF.matcher(doc.text).region(doc.block(last + 1).start(), doc.block(last + 1).end()).lookingAt()) {
            last++;
        }
        if (last < first || last + 1 >= doc.blocks.size()) {
            return last;
        }
        // The signature: the first person named on the sign-off's lines or right under them.
        Block signOff = doc.block(last + 1);
        Matcher closing = SIGN_OFF.matcher(doc.text).region(signOff.start(), signOff.end());
        closing.lookingAt();
        int limit = last + 2 < doc.blocks.size() ? doc.block(last + 2).end() : signOff.end();
        List<Name> names = doc.names;
        int n = Sorted.firstAtLeast(names, Name::offset, closing.end());
        if (n < names.size() && names.get(n).offset() < limit && names.get(n).kind() == SpeakerKind.PERSON) {
            Name signer = names.get(n);
            Mention writer = ctx.mentions.build(doc.tokenAtOrAfter(signer.offset()),
                    doc.tokenAtOrAfter(signer.offset() + signer.text().length()));
            if (writer != null) {
                Turns.add(ctx, writer, doc.tokenAtOrAfter(doc.block(first).start()), first, last, 0.7);
            }
        }
        return last;
    }

    /**
     * Whether block {@code b} announces a text ({@link #ANNOUNCED}); the pattern only for a block ending "follows." or
     * "reads:", as it backtracks over each whole paragraph of every page.
     */
    private static boolean announces(AnnotatedDocument doc, int b) {
        Block block = doc.block(b);
        int end = block.end();
        boolean ending = end - block.start() > "reads".length() && ".:".indexOf(doc.text.charAt(end - 1)) >= 0
                && (doc.text.startsWith("reads", end - 1 - "reads".length())
                        || end - block.start() > "follows".length() && doc.text.startsWith("follows", end - 1 - "follows".length()));
        return ending && matches(doc, ANNOUNCED, b);
    }

    private static boolean matches(AnnotatedDocument doc, Pattern p, int b) {
        return p.matcher(doc.text).region(doc.block(b).start(), doc.block(b).end()).matches();
    }
}
