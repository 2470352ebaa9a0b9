package io.claimtrack.ingest.extract;

import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which block a transcript or interview turn ends at: its label's paragraph, or on over the unlabelled paragraphs
 * after it when they are still its speaker's. {@link SpeakerColonStage} and {@link DashedInterviewStage} ask it
 * before {@link Turns#add} takes the turn's text.
 */
final class TurnExtent {

    /** What opens an announced item of a briefing's opening turn: "First, the border.", "Finally, the floods.". */
    private static final Set<String> ITEMS = WordSet.of("first", "firstly", "second", "secondly", "third",
            "thirdly", "fourth", "fifth", "finally", "lastly");

    /** The longest closing paragraph that hands the floor on: "That is all from me for today. Over to you.". */
    private static final int HAND_OVER_WORDS = 12;

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
        // a turn that opens with a courtesy ("Putin: Good afternoon, colleagues.") goes on under it, and so does one over
        // the items it announces ("Good afternoon. Three items today." over "First, the border. ...").
        Block b = doc.block(block);
        if (PageFurniture.wordCount(doc.text, b.start(), b.end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS
                && !Courtesies.only(doc, Chars.indexOf(doc.text, ':', b.start(), b.end()) + 1, b.end())
                && !(block + 1 < doc.blocks.size() && item(doc, doc.block(block + 1)))) {
            return block;
        }
        if (next < 0 || next - block > Windows.TURN_CONTINUATION_BLOCKS) {
            return speech(doc, block, next < 0 ? doc.blocks.size() : next, speaker);
        }
        int last = block;
        while (last + 1 < next && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH && !closingHandOver(doc, doc.block(last + 1))) {
            last++;
        }
        return last > block && last + 1 == next && Turns.endsAsking(doc, doc.block(last)) && answersAgain(doc, next, speaker)
                ? last - 1 : last;
    }

    /**
     * "CHIEF: I won't get into that. ¶ Your union said that A. Did that slow you? ¶ CHIEF: ...": an unlabelled paragraph
     * that ends asking, right before the same speaker's next label, is a question put to them between two answers, its
     * premise the questioner's; whether the label of {@code block} names {@code speaker}'s surname.
     */
    private static boolean answersAgain(AnnotatedDocument doc, int block, Mention speaker) {
        Block b = doc.block(block);
        // Within the block: a dashed interview's labels have no colon, and the next one may be far on.
        int colon = Chars.indexOf(doc.text, ':', b.start(), b.end());
        String surname = Name.lastWord(Name.words(speaker.text()));
        return colon > 0 && !surname.isEmpty()
                && doc.text(b.start(), colon).toLowerCase(Locale.ROOT).contains(surname);
    }

    /**
     * "President Ada Holm: Good evening, friends! ¶ Every year we ... ¶ I congratulate you ... ¶ (The President then
     * presented the awards.)": a speech or a long answer runs to the next label, a heading, a stage note in brackets
     * or the end of the text when every paragraph up to there is in its speaker's voice ("I", "we", no quotation
     * marks, not the speaker's surname, which the writer's lines about them use) or an item the speaker announced
     * ("Third, the floods. ..."); else it is its label's paragraph. A short closing that hands the floor on ("That is
     * all from me. Questions, please.") ends it before itself.
     */
    private static int speech(AnnotatedDocument doc, int block, int next, Mention speaker) {
        String surname = Name.lastWord(Name.words(speaker.text()));
        int last = block;
        while (last + 1 < next && doc.block(last + 1).kind() == Block.Kind.PARAGRAPH && !stageNote(doc, doc.block(last + 1))) {
            Block b = doc.block(++last);
            if (closingHandOver(doc, b)) {
                return last - 1;
            }
            if (doc.isRelated(last)
                    || PageFurniture.wordCount(doc.text, b.start(), b.end(), Windows.TURN_SPEECH_WORDS) < Windows.TURN_SPEECH_WORDS
                    || !ownVoice(doc, b, surname) && !item(doc, b)) {
                return block;
            }
        }
        return last;
    }

    /** "First, the border. Since May ...": a paragraph opening an announced item, its ordinal and a comma first. */
    private static boolean item(AnnotatedDocument doc, Block b) {
        int k = doc.tokenAtOrAfter(b.start());
        return k + 1 < doc.tokens.size() && doc.tokens.get(k + 1).is(",") && ITEMS.contains(doc.tokens.get(k).lower())
                && doc.tokens.get(k).isCapitalized();
    }

    /** "That is all from me. Questions, please.": a short paragraph whose last sentence hands the floor on. */
    private static boolean closingHandOver(AnnotatedDocument doc, Block b) {
        Sentence s = doc.sentenceAt(Chars.trimEnd(doc.text, b.start(), b.end()) - 1);
        return s != null && s.start() >= b.start()
                && PageFurniture.wordCount(doc.text, b.start(), b.end(), HAND_OVER_WORDS) < HAND_OVER_WORDS
                && HandOvers.only(doc, s.firstToken(), s.endToken());
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
