package io.claimtrack.ingest.extract;

import java.util.BitSet;

/**
 * An interview set as dashed lines, the agencies' form: "- Mr. Ambassador, how would you describe ...?" and under it
 * "- I would call them calm. ...": each answer, with the unlabelled paragraphs that go on with it, is a statement of
 * the person interviewed; the questions are put to them and say nothing.
 */
public final class DashedInterviewStage implements Stage {

    private static final String DASHES = "-–—";

    @Override
    public void process(AnnotatedDocument doc) {
        BitSet dashed = new BitSet();
        BitSet answers = new BitSet();
        int firstQuestion = -1;
        int previous = -1;
        for (int b = 0; b < doc.blocks.size(); b++) {
            Block block = doc.block(b);
            if (block.isNoise() || block.kind() != Block.Kind.BULLET || !dashOpened(doc.text, block.start())) {
                continue;
            }
            dashed.set(b);
            // An answer is the dashed line right under a question's, nothing else between but the question's own.
            if (previous >= 0 && question(doc, previous) && !question(doc, b) && b == previous + 1) {
                answers.set(b);
                firstQuestion = firstQuestion < 0 ? previous : firstQuestion;
            }
            previous = b;
        }
        // One question and a dashed line under it is a list; an interview goes back and forth.
        if (answers.cardinality() < 2) {
            return;
        }
        Mention interviewee = Interviewee.ofTitle(doc, doc.sentences.get(0).block());
        if (interviewee == null) {
            interviewee = Interviewee.before(doc, doc.block(firstQuestion).start());
        }
        if (interviewee == null) {
            return;
        }
        AttributionContext ctx = AttributionContext.of(doc);
        for (int b = answers.nextSetBit(0); b >= 0; b = answers.nextSetBit(b + 1)) {
            Turns.add(ctx, interviewee, doc.tokenAtOrAfter(doc.block(b).start()), b, TurnExtent.lastBlock(doc, dashed, b, interviewee), 0.8);
        }
        ctx.sortByContent();
    }

    /** A dash and a space open the line the block starts on. */
    private static boolean dashOpened(String text, int start) {
        int k = start - 1;
        while (k >= 0 && Chars.isSpace(text.charAt(k)) && text.charAt(k) != '\n') {
            k--;
        }
        if (k < 0 || DASHES.indexOf(text.charAt(k)) < 0) {
            return false;
        }
        k--;
        while (k >= 0 && text.charAt(k) != '\n' && Chars.isSpace(text.charAt(k))) {
            k--;
        }
        return k < 0 || text.charAt(k) == '\n';
    }

    private static boolean question(AnnotatedDocument doc, int b) {
        return doc.text.charAt(doc.block(b).end() - 1) == '?';
    }
}
