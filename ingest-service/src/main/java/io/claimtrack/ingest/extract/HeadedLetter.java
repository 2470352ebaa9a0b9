package io.claimtrack.ingest.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A letter printed under a heading that names its writer: "Letter from Ada Lind to the Mayor" / "Dear Mayor," / the
 * paragraphs / "Yours sincerely," and the signature; "Reply from the Mayor" over the answer. Each letter, from the
 * paragraph after its salutation to the one before its sign-off, is one statement of the one the heading names. A
 * letter the narration announces ("The full text of the Governor's message follows.") and its signature names ("To the
 * Members of the Senate:" ... "Sincerely,\nAda Lind\nGovernor") is one statement of its signer, and so is one printed
 * whole with no salutation or sign-off ("Its reply follows in full." / the paragraphs / "Ada Lind\nChief Executive").
 */
final class HeadedLetter {

    /** "Letter from X to Y", "Reply from X", "Response from X": the writer's words end before " to ". */
    private static final Pattern HEADING = Pattern.compile("(?:Letter|Reply|Response)\\s+from\\s+(.+?)(?:\\s+to\\s+.+)?");
    private static final Pattern SALUTATION = Pattern.compile("Dear\\s+[^\\n]{1,60},");
    /** "Statement from X": a release printed whole under the name of the body it speaks for. */
    private static final Pattern STATEMENT_HEADING = Pattern.compile("Statement\\s+from\\s+(.+)");
    /**
     * "The full text of the message follows.", "The letter reads:", "Its reply follows in full.", "... is reproduced
     * below.", "... reads as follows:": a paragraph that announces the text below it.
     */
    private static final Pattern ANNOUNCED = Pattern.compile("(?s).*\\b(?:follows|reads|in full|below)[.:]");
    /** The last words {@link #ANNOUNCED} may end with, checked before the pattern. */
    private static final List<String> ANNOUNCING_ENDS = List.of("follows", "reads", "in full", "below");
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
        for (int b = 0; b + 2 < doc.blocks.size(); b++) {
            b = Math.max(b, statementFrom(ctx, b));
        }
        for (int b = 1; b + 2 < doc.blocks.size(); b++) {
            if (announces(doc, b - 1)) {
                b = Math.max(b, signed(ctx, matches(doc, ADDRESS, b) ? b + 1 : b));
            }
        }
    }

    /**
     * "Statement from Tarn Ltd." over paragraphs signed by an officer ("— Ada Lind, Chief Executive, Tarn Ltd."): the
     * paragraphs are one statement of the body the heading names, as the officer signs for it. A heading with no
     * signature under its paragraphs may title a reporter's account of the statement: nothing. Returns the last block
     * read.
     */
    private static int statementFrom(AttributionContext ctx, int b) {
        AnnotatedDocument doc = ctx.doc;
        Block heading = doc.block(b);
        Matcher m = STATEMENT_HEADING.matcher(doc.text).region(heading.start(), heading.end());
        if (heading.kind() != Block.Kind.HEADLINE || !m.matches()) {
            return b;
        }
        int last = b;
        while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH) {
            last++;
        }
        Mention body = ctx.mentions.build(doc.tokenAtOrAfter(m.start(1)), doc.tokenAtOrAfter(m.end(1)));
        if (body != null && last > b && last + 1 < doc.blocks.size() && dashedSignature(doc, last + 1)) {
            Turns.add(ctx, body, doc.tokenAtOrAfter(doc.block(b + 1).start()), b + 1, last, 0.7);
        }
        return last;
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
        Name signer = signOff(doc, last + 1);
        if (signer == null) {
            signer = nameLine(doc, last + 1);
        }
        if (signer != null) {
            Mention writer = ctx.mentions.build(doc.tokenAtOrAfter(signer.offset()),
                    doc.tokenAtOrAfter(signer.offset() + signer.text().length()));
            if (writer != null) {
                Turns.add(ctx, writer, doc.tokenAtOrAfter(doc.block(first).start()), first, last, 0.7);
            }
        }
        return last;
    }

    /** The first person named on the sign-off's lines at block {@code b} ("Sincerely,") or right under them; else null. */
    private static Name signOff(AnnotatedDocument doc, int b) {
        Block block = doc.block(b);
        Matcher closing = SIGN_OFF.matcher(doc.text).region(block.start(), block.end());
        if (!closing.lookingAt()) {
            return null;
        }
        int limit = b + 1 < doc.blocks.size() ? doc.block(b + 1).end() : block.end();
        int n = Sorted.firstAtLeast(doc.names, Name::offset, closing.end());
        return n < doc.names.size() && doc.names.get(n).offset() < limit && doc.names.get(n).kind() == SpeakerKind.PERSON
                ? doc.names.get(n) : null;
    }

    /**
     * A signature with no sign-off: block {@code b} opens with a person's name alone on its line, a line (the title)
     * under it, in the same block ("Managing Director, Tarn Ltd." closes a paragraph) or the next.
     */
    private static Name nameLine(AnnotatedDocument doc, int b) {
        Block block = doc.block(b);
        int n = Sorted.firstAtLeast(doc.names, Name::offset, block.start());
        Name name = n < doc.names.size() ? doc.names.get(n) : null;
        if (name == null || name.offset() != block.start() || name.kind() != SpeakerKind.PERSON) {
            return null;
        }
        int end = name.offset() + name.text().length();
        boolean titled = end == block.end() ? b + 1 < doc.blocks.size() && titleLine(doc, doc.block(b + 1))
                : doc.text.charAt(end) == '\n';
        return titled ? name : null;
    }

    /** "Managing Director, Tarn Ltd.": a headline, or a line of one sentence (no prose runs on after a period). */
    private static boolean titleLine(AnnotatedDocument doc, Block line) {
        String text = doc.text.substring(line.start(), line.end());
        return line.kind() == Block.Kind.HEADLINE || line.kind() == Block.Kind.PARAGRAPH && text.indexOf('\n') < 0 && !text.contains(". ");
    }

    /**
     * Whether block {@code b} announces a text ({@link #ANNOUNCED}); the pattern only for a block ending with one of
     * {@link #ANNOUNCING_ENDS}, as it backtracks over each whole paragraph of every page.
     */
    private static boolean announces(AnnotatedDocument doc, int b) {
        Block block = doc.block(b);
        int end = block.end();
        if (end - block.start() < 2 || ".:".indexOf(doc.text.charAt(end - 1)) < 0) {
            return false;
        }
        for (String last : ANNOUNCING_ENDS) {
            if (end - block.start() > last.length() && doc.text.startsWith(last, end - 1 - last.length())) {
                return matches(doc, ANNOUNCED, b);
            }
        }
        return false;
    }

    /**
     * Whether block {@code b} is a signature: a lone dashed line (no list item after it) that opens with a person's
     * name ("— Ada Lind, Chief Executive, Tarn Ltd.").
     */
    private static boolean dashedSignature(AnnotatedDocument doc, int b) {
        Block line = doc.block(b);
        int dash = Chars.trimEnd(doc.text, doc.block(b - 1).end(), line.start()) - 1;
        if (line.kind() != Block.Kind.BULLET || dash < doc.block(b - 1).end() || !Chars.isSignatureDash(doc.text.charAt(dash))
                || b + 1 < doc.blocks.size() && doc.block(b + 1).kind() == Block.Kind.BULLET) {
            return false;
        }
        int n = Sorted.firstAtLeast(doc.names, Name::offset, line.start());
        return n < doc.names.size() && doc.names.get(n).offset() == line.start() && doc.names.get(n).kind() == SpeakerKind.PERSON;
    }

    private static boolean matches(AnnotatedDocument doc, Pattern p, int b) {
        return p.matcher(doc.text).region(doc.block(b).start(), doc.block(b).end()).matches();
    }
}
