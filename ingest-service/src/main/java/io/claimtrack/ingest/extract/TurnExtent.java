package io.claimtrack.ingest.extract;

import java.util.BitSet;

/**
 * Which block a transcript or interview turn ends at: its label's paragraph, or on over the unlabelled paragraphs
 * after it when they are still its speaker's. {@link SpeakerColonStage} and {@link DashedInterviewStage} ask it
 * before {@link Turns#add} takes the turn's text.
 */
final class TurnExtent {

    private TurnExtent() {
    }

    /**
     * A turn goes on over the unlabelled paragraphs after it when another turn soon follows them: "PENCE: ..." and two
     * more paragraphs of his answer before "WALLACE: ...". A subhead or stage note ("(CROSSTALK.)") ends it; so does
     * the transcript's end, after which the text is the writer's again, and so does a long gap before the next
     * label, which is the writer's narration between two quoted exchanges, unless the speaker's own voice fills it
     * (see {@link #speech}).
     */
    static int lastBlock(AnnotatedDocument doc, BitSet labelled, int block, Mention speaker) {
        int next = labelled.nextSetBit(block + 1);
        // A label over a line of a few words is a subhead ("Kasich: Now or never."), the text under it the writer's;
        // a turn that opens with a courtesy ("Putin: Good afternoon, colleagues.") goes on under it.
        Block b = doc.block(block);
        if (PageFurniture.wordCount(doc.text, b.start(), b.end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS
                && !Courtesies.only(doc, doc.text.indexOf(':', b.start()) + 1, b.end())) {
            return block;
        }
        if (next < 0 || next - block > Windows.TURN_CONTINUATION_BLOCKS) {
            return speech(doc, block, next < 0 ? doc.blocks.size() : next, speaker);
        }
        int last = block;
        while (last + 1 < next && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH) {
            last++;
        }
        return last;
    }

    /**
     * "President Ada Holm: Good evening, friends! ¶ Every year we ... ¶ I congratulate you ... ¶ (The President then
     * presented the awards.)": a speech or a long answer runs to the next label, a heading, a stage note in brackets
     * or the end of the text when every paragraph up to there is in its speaker's voice ("I", "we", no quotation
     * marks, not the speaker's surname, which the writer's lines about them use); else it is its label's paragraph.
     */
    private static int speech(AnnotatedDocument doc, int block, int next, Mention speaker) {
        String surname = Name.lastWord(Name.words(speaker.text()));
        int last = block;
        while (last + 1 < next && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH && !stageNote(doc, doc.block(last + 1))) {
            Block b = doc.block(++last);
            if (doc.isRelated(last)
                    || PageFurniture.wordCount(doc.text, b.start(), b.end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS
                    || !ownVoice(doc, b, surname)) {
                return block;
            }
        }
        return last;
    }

    /** "(The President then presented the awards.)": the writer's note between two turns. */
    private static boolean stageNote(AnnotatedDocument doc, Block b) {
        String text = doc.text(b.start(), b.end()).strip();
        return text.startsWith("(") && text.endsWith(")");
    }

    /** Whether the paragraph speaks as "I" or "we" ("our", "my") with no quotation and no mention of the speaker's surname. */
    private static boolean ownVoice(AnnotatedDocument doc, Block b, String surname) {
        boolean own = false;
        for (int t = doc.tokenAtOrAfter(b.start()); t < doc.tokens.size() && doc.tokens.get(t).start() < b.end(); t++) {
            Token token = doc.tokens.get(t);
            if (token.type() == Token.Type.QUOTE || token.lower().equals(surname)) {
                return false;
            }
            own |= FunctionWords.FIRST_PERSON_WORDS.contains(token.lower());
        }
        return own;
    }

    /**
     * As {@link #lastBlock}, for an answer of the one questioned: the last answer goes on over the paragraphs that end
     * the document ("Answer: We have taken note ... ¶ The facts are as follows. ... ¶ We are ready to ..."), a
     * press release's comment answered at length; not over a sign-off of a few words ("Thank you, that is all for
     * today."), nor over the writer's lines about the one answered ("Holm, 47, is the city's first ..."), nor over
     * paragraphs with no "I" or "we" in them.
     */
    static int lastAnswerBlock(AnnotatedDocument doc, BitSet labelled, int block, Mention speaker) {
        int last = lastBlock(doc, labelled, block, speaker);
        int end = doc.blocks.size();
        if (last != block || labelled.nextSetBit(block + 1) >= 0 || end - block - 1 > Windows.TURN_CONTINUATION_BLOCKS) {
            return last;
        }
        String surname = Name.lastWord(Name.words(speaker.text()));
        boolean ownVoice = false;
        for (int b = block + 1; b < end; b++) {
            Block next = doc.block(b);
            if (next.kind() != Block.Kind.PARAGRAPH || doc.isRelated(b)
                    || PageFurniture.wordCount(doc.text, next.start(), next.end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS) {
                return block;
            }
            for (int t = doc.tokenAtOrAfter(next.start()); t < doc.tokens.size() && doc.tokens.get(t).start() < next.end(); t++) {
                String word = doc.tokens.get(t).lower();
                if (word.equals(surname)) {
                    return block;
                }
                ownVoice |= FunctionWords.FIRST_PERSON_WORDS.contains(word);
            }
        }
        return ownVoice ? end - 1 : block;
    }
}
