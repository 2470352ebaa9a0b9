package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A newspaper's Q&A set as plain paragraphs: a question paragraph, the answer under it, with no "Q:" or name label,
 * the person interviewed named once in the introduction ("Dr. Ana Berg, chief of ..., spoke with reporter Per Lund.
 * This interview has been edited for length and clarity."). Each answer, with the paragraphs that go on with it, is a
 * statement of that person; the questions say nothing. Only a page that says it is an edited interview counts: an
 * explainer's "What happens next?" over the writer's own paragraphs is no interview.
 */
public final class PlainInterviewStage implements Stage {

    /** The disclaimer that opens a Q&A: "This interview has been edited for length and clarity", "... condensed". */
    private static final Pattern EDITED = Pattern.compile(
            "\\b(?:interview|conversation|exchange) (?:has|have) been (?:lightly )?(?:edited|condensed)\\b");
    /** "X spoke with reporter Y", "X talked to the Courier": X is the one interviewed. */
    private static final Pattern SPOKE_WITH = Pattern.compile("\\b(?:spoke|talked|sat down) (?:with|to)\\b");
    /** An interview goes back and forth: fewer answers than this are an article's questions. */
    private static final int FEWEST_ANSWERS = 3;
    /** How far into the page its introduction may run. */
    private static final int INTRODUCTION_CHARS = 2_000;

    @Override
    public void process(AnnotatedDocument doc) {
        int firstQuestion = -1;
        int answers = 0;
        for (int b = 1; b < doc.blocks.size(); b++) {
            if (isAnswer(doc, b)) {
                firstQuestion = firstQuestion < 0 ? b - 1 : firstQuestion;
                answers++;
            }
        }
        if (answers < FEWEST_ANSWERS) {
            return;
        }
        int introEnd = doc.block(firstQuestion).start();
        String intro = doc.text.substring(Math.max(0, introEnd - INTRODUCTION_CHARS), introEnd).toLowerCase(Locale.ROOT);
        if (!EDITED.matcher(intro).find()) {
            return;
        }
        Mention interviewee = spokeWith(doc, introEnd);
        if (interviewee == null) {
            interviewee = Interviewee.before(doc, introEnd);
        }
        if (interviewee == null) {
            return;
        }
        // A labelled answer ("A: ...", "Answer: ...") is its label's turn already.
        BitSet attributed = new BitSet();
        for (Attribution a : doc.attributions) {
            attributed.set(a.block);
        }
        AttributionContext ctx = AttributionContext.of(doc);
        for (int b = firstQuestion + 1; b < doc.blocks.size(); b++) {
            if (isAnswer(doc, b) && !attributed.get(b)) {
                int last = lastBlock(doc, b);
                Turns.add(ctx, interviewee, doc.tokenAtOrAfter(doc.block(b).start()), b, last, 0.8);
                b = last;
            }
        }
        ctx.sortByContent();
    }

    /** A prose block right under a question block, itself no question. */
    private static boolean isAnswer(AnnotatedDocument doc, int b) {
        Block block = doc.block(b);
        return block.kind() == Block.Kind.PARAGRAPH && !question(doc, b) && question(doc, b - 1);
    }

    private static boolean question(AnnotatedDocument doc, int b) {
        Block block = doc.block(b);
        return !block.isNoise() && block.kind() != Block.Kind.BULLET && doc.text.charAt(block.end() - 1) == '?';
    }

    /**
     * An answer goes on over the prose paragraphs after it when another question follows them; a furniture line, a
     * heading or a pull quote (a paragraph that is one quotation, repeating the answer's words) ends it, and after the
     * last answer the text is the writer's again.
     */
    private static int lastBlock(AnnotatedDocument doc, int b) {
        int last = b;
        while (last + 1 < doc.blocks.size() && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH
                && !question(doc, last + 1) && !pullQuote(doc, doc.block(last + 1))) {
            last++;
        }
        return last + 1 < doc.blocks.size() && question(doc, last + 1) ? last : b;
    }

    private static boolean pullQuote(AnnotatedDocument doc, Block block) {
        Quote q = doc.quoteAt(block.start());
        return q != null && q.start() <= block.start() && q.end() >= block.end();
    }

    /** The person named before "spoke with" in the introduction's last sentence that has it. */
    private static Mention spokeWith(AnnotatedDocument doc, int introEnd) {
        int from = Math.max(0, introEnd - INTRODUCTION_CHARS);
        Mention found = null;
        int n = 0;
        for (Sentence s : doc.sentences) {
            if (s.start() >= introEnd) {
                break;
            }
            if (s.end() <= from) {
                continue;
            }
            while (n < doc.names.size() && doc.names.get(n).offset() < s.start()) {
                n++;
            }
            Matcher m = SPOKE_WITH.matcher(doc.text).region(Math.max(from, s.start()), Math.min(introEnd, s.end()));
            if (!m.find()) {
                continue;
            }
            for (int k = n; k < doc.names.size() && doc.names.get(k).offset() < m.start(); k++) {
                Name name = doc.names.get(k);
                if (name.kind() == SpeakerKind.PERSON && name.words().size() > 1) {
                    found = new Mention(name.offset(), name.offset() + name.text().length(), name.text(), name.role(),
                            name.text(), SpeakerKind.PERSON);
                    break;
                }
            }
        }
        return found;
    }
}
