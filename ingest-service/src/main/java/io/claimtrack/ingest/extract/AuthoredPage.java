package io.claimtrack.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A comment or press statement page with no question: "Comment by the Information and Press Department of the Ministry
 * of X on ..." / "We regret ..." / "We call on ..." / "Related materials", "Press statement by Minister of Health X on
 * ...": its body, up to the next heading, is one statement of the one its title names, as the answer of a comment over a
 * media question is, less a closing "I thank you."; a section under a "Right of reply" heading is a second one. Not a
 * joint statement (its sides speak sentence by sentence) nor a "Statement of the Ministry" that names its maker in each
 * sentence. A heading inside the page that gives a person's speech ("Remarks by Minister X after the signing of ...")
 * is that person's one statement in the same way (past a venue-and-date line and a salutation line under the heading),
 * as are the quoted paragraphs under a lead-in "Remarks by the Chair of X, NAME, at ...:", and so is a letter under a
 * heading naming its writer ({@link HeadedLetter}).
 */
final class AuthoredPage {

    private static final Pattern TITLE = Pattern.compile("(?:Press )?(?:[Cc]omment|[Ss]tatement) by ");
    /** "Right of reply", "Statement in exercise of the right of reply": a heading over the author's second statement. */
    private static final Pattern REPLY = Pattern.compile("(?i)\\bright of reply\\b");
    /**
     * "Remarks by Minister X after the signing ...", "Address by ... at ...", "Opening statement by Governor X at the press
     * conference": a heading over one person's speech.
     */
    private static final Pattern SPEECH = Pattern.compile("(?:Remarks|Speech|Address|(?:Opening|Closing) (?:statement|remarks)) by ");

    private AuthoredPage() {
    }

    /** Adds the body under the title as its author's statement, when the title says whose it is; then the speeches. */
    static void add(AttributionContext ctx) {
        AnnotatedDocument doc = ctx.doc;
        int title = doc.titleBlock;
        speeches(ctx, false);
        HeadedLetter.add(ctx);
        if (title < 0 || !TITLE.matcher(doc.text).region(doc.block(title).start(), doc.block(title).end()).lookingAt()) {
            return;
        }
        Name author = new WriterVoice(doc).author(Lexicon.get());
        for (int first = doc.firstParagraph(title + 1); author != null && first < doc.blocks.size(); ) {
            int next = body(ctx, author, first, false);
            first = next < doc.blocks.size() && REPLY.matcher(doc.text).region(doc.block(next).start(), doc.block(next).end()).find()
                    ? doc.firstParagraph(next + 1) : doc.blocks.size();
        }
    }

    /**
     * Each heading under the title that gives a named person's speech over the paragraphs under it, or a speech by an
     * office whose one holder the text named before ({@link OfficeSpeeches}). On a page of questions ({@code asked}), a
     * governor's "Opening statement by ..." before them: the speech ends before the first labelled turn.
     */
    static void speeches(AttributionContext ctx, boolean asked) {
        AnnotatedDocument doc = ctx.doc;
        OfficeSpeeches offices = new OfficeSpeeches(doc);
        for (int b = doc.titleBlock + 1; b + 1 < doc.blocks.size(); b++) {
            Block heading = doc.block(b);
            Matcher speech = SPEECH.matcher(doc.text).region(heading.start(), heading.end());
            if (heading.kind() == Block.Kind.PARAGRAPH && doc.text.charAt(heading.end() - 1) == ':' && speech.lookingAt()) {
                // "Remarks by the Chair of the Board, NAME, at the press conference:" over the quoted paragraphs.
                Name author = apposed(doc, heading, speech.end());
                int last = b;
                while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH
                        && QuoteLines.isOpening(doc.text.charAt(doc.block(last + 1).start()))) {
                    last++;
                }
                if (author != null && last > b) {
                    Turns.add(ctx, Interviewee.mention(author), doc.tokenAtOrAfter(doc.block(b + 1).start()), b + 1, last, 0.7);
                    b = last;
                }
                continue;
            }
            if (heading.kind() != Block.Kind.HEADLINE || doc.block(b + 1).kind() != Block.Kind.PARAGRAPH && !dated(doc, b + 1)) {
                continue;
            }
            if (!speech.lookingAt()) {
                Name holder = offices.speaker(heading);
                if (holder != null) {
                    int last = offices.lastBlock(ctx, b + 1);
                    Turns.add(ctx, Interviewee.mention(holder), doc.tokenAtOrAfter(doc.block(b + 1).start()), b + 1, last, 0.7);
                    b = last;
                }
                continue;
            }
            Name author = WriterVoice.lineAuthor(doc, heading, Lexicon.get());
            int first = dated(doc, b + 1) ? b + 2 : b + 1;
            if (author != null && author.kind() == SpeakerKind.PERSON && first < doc.blocks.size()
                    && doc.block(first).kind() == Block.Kind.PARAGRAPH) {
                b = body(ctx, author, salutation(doc, first) ? first + 1 : first, asked) - 1;
            }
        }
    }

    /** "Harbour Council Chamber, Lunneby, 3 March 2041": a venue-and-date line under a speech's heading, no part of it. */
    private static boolean dated(AnnotatedDocument doc, int b) {
        Block line = doc.block(b);
        return line.kind() == Block.Kind.HEADLINE && doc.text.substring(line.start(), line.end()).chars().anyMatch(Character::isDigit);
    }

    /** "Members of the Harbour Council, friends,": a salutation line opening a speech, a paragraph after it. */
    private static boolean salutation(AnnotatedDocument doc, int b) {
        return doc.text.charAt(doc.block(b).end() - 1) == ',' && b + 1 < doc.blocks.size()
                && doc.block(b + 1).kind() == Block.Kind.PARAGRAPH;
    }

    /** The person set in apposition to a title in a speech's lead-in: "Remarks by the Chair of the Board, NAME, at ...:". */
    private static Name apposed(AnnotatedDocument doc, Block heading, int from) {
        for (int n = Sorted.firstAtLeast(doc.names, Name::offset, from); n < doc.names.size() && doc.names.get(n).offset() < heading.end(); n++) {
            Name name = doc.names.get(n);
            int end = name.offset() + name.text().length();
            if (name.kind() == SpeakerKind.PERSON && name.words().size() >= 2 && doc.text.startsWith(", ", name.offset() - 2)
                    && end < heading.end() && doc.text.charAt(end) == ',') {
                return name;
            }
        }
        return null;
    }

    /**
     * The paragraphs from block {@code first} on as one statement of {@code author}, on a page of questions only up to
     * a labelled turn; the block after them.
     */
    private static int body(AttributionContext ctx, Name author, int first, boolean asked) {
        AnnotatedDocument doc = ctx.doc;
        int last = first;
        while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH
                && !(asked && TurnLabels.labelEnd(ctx, doc.sentenceAt(doc.block(last + 1).start())) > 0)) {
            last++;
        }
        int next = last + 1;
        // "... I thank you.": the speech's closing courtesy is no part of it.
        while (last > first && Courtesies.only(doc, doc.block(last).start(), doc.block(last).end())) {
            last--;
        }
        Turns.add(ctx, Interviewee.mention(author), doc.tokenAtOrAfter(doc.block(first).start()), first, last, 0.7);
        return next;
    }
}
